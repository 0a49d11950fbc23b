import { randomUUID } from 'node:crypto';
import { dataCategoryCodes } from '../schema/data-categories';
import type { CareersDb } from '../subgraphs/careers/database';
import type { ConsentDb } from '../subgraphs/consent/database';
import { consentChangeOf } from '../subgraphs/consent/consent-feed';
import { publishFeedChanges } from '../subgraphs/consent/consent-feed-writes';
import type { EmployabilityDb } from '../subgraphs/employability/database';
import type { PeopleDb } from '../subgraphs/people/database';
import { matchingColumns } from '../subgraphs/people/matching-keys';
import type { SocialServicesDb } from '../subgraphs/social-services/database';
import { betterOffCalculationData } from '../subgraphs/welfare-rights/better-off-calculation.record';
import type { WelfareRightsDb } from '../subgraphs/welfare-rights/database';
import { calculateBetterOff, type BetterOffCircumstances } from '../subgraphs/welfare-rights/universal-credit-calculation';

const FRESH_START = '00000000-0000-4000-8000-0000000e0001';

/** Each subgraph's Prisma client, by subgraph name: a running hub's, or one opened on a data folder. */
export type SubgraphClients = (subgraph: string) => unknown;

export interface CaseloadOptions {
  /** Whether each person has consented to `agency` for every category (the default) or for none. */
  consented?: boolean;
}

const GIVEN_NAMES = ['Aisha', 'Ben', 'Chloe', 'Dariusz', 'Ebony', 'Faisal', 'Grace', 'Harry', 'Ines', 'Jamal', 'Kerry', 'Liam'];
const FAMILY_NAMES = ['Armstrong', 'Begum', 'Charlton', 'Dobson', 'Egan', 'Forster', 'Graham', 'Hussain', 'Irving', 'Jackson', 'Khan'];
const POSTCODES = ['NE1 1AA', 'NE4 5TF', 'NE6 2HL', 'NE8 3DX', 'NE15 7QR', 'NE29 0HS', 'DH1 3LE', 'SR2 8PP'];

/** An invented identity per index: names, birthdays (1960 to 2005) and postcodes spread like a real register's. */
export function inventedIdentity(n: number, agency: string) {
  const givenName = GIVEN_NAMES[n % GIVEN_NAMES.length];
  const familyName = `${FAMILY_NAMES[(n * 7) % FAMILY_NAMES.length]}-${agency}-${n}`;
  const postcode = POSTCODES[(n * 5) % POSTCODES.length];
  const dateOfBirth = new Date(Date.UTC(1960, 0, 1) + ((n * 7919) % 16_400) * 86_400_000).toISOString().slice(0, 10);
  return { givenName, familyName, postcode, dateOfBirth };
}

/**
 * Writes `size` invented people straight into every subgraph's database, each known to `agency`
 * (with consent to that agency for every category, unless `consented` is false), and holding at
 * least two rows in every per-person list, so that a caseload query exercises every loader and
 * rule of every subgraph.
 */
export async function generateCaseload(clients: SubgraphClients, agency: string, size: number, options: CaseloadOptions = {}): Promise<string[]> {
  const db = <T>(name: string) => clients(name) as T;
  const ids = Array.from({ length: size }, () => randomUUID());
  const linkedAt = new Date();
  const two = <T>(make: (personId: string, n: number) => T) => ids.flatMap((personId) => [make(personId, 1), make(personId, 2)]);

  await db<PeopleDb>('people').$transaction(
    ids.flatMap((id, n) => {
      const identity = inventedIdentity(n, agency);
      return [
      db<PeopleDb>('people').person.create({
        data: {
          id, ...identity, ...matchingColumns(identity),
        },
      }),
      db<PeopleDb>('people').agencyLink.create({ data: { id, personId: id, agency, madeHow: 'REGISTERED', linkedBy: 'generator', linkedAt } }),
      ];
    }),
  );
  const people = db<PeopleDb>('people');
  await people.storyVersion.createMany({
    data: two((personId, n) => ({
      personId, version: n, current: n === 2, ownAccount: `Account ${n}`, goals: '["Work"]', strengths: '["Kind"]',
      barriers: '[{"code":"TRANSPORT","note":null},{"code":"MENTAL_HEALTH","note":null}]', recordedBy: 'generator', recordedByAgency: agency,
    })),
  });
  const referrals = two((personId, n) => ({
    id: randomUUID(), personId, fromAgency: agency, referredBy: 'generator', toAgency: `partner-${n}`, reason: 'Generated referral',
    sharedCategories: '["identity"]', consentId: null, status: 'SENT',
  }));
  await people.referral.createMany({ data: referrals });
  await people.referralStatusChange.createMany({
    data: referrals.map((referral) => ({ referralId: referral.id, status: 'SENT', changedBy: 'generator', changedByAgency: agency })),
  });
  // The decider's copy of the links, as the people subgraph would have pushed them (link ids = person ids here).
  await db<ConsentDb>('consent').agencyLinkCopy.createMany({
    data: ids.map((personId) => ({ linkId: personId, personId, agency, madeHow: 'REGISTERED', linkedAt })),
  });
  const consents = await db<ConsentDb>('consent').$transaction(
    (options.consented === false ? [] : ids).map((personId) =>
      db<ConsentDb>('consent').consent.create({
        data: {
          personId, agency, purpose: 'Generated', givenAt: new Date(), evidence: 'VERBAL', recordedBy: 'generator', recordedByAgency: agency,
          categories: { create: dataCategoryCodes.map((category) => ({ category, personId, agency })) },
        },
      }),
    ),
  );
  // Written straight into the ledger, so published to the subgraphs' consent copies as the mutations would.
  await publishFeedChanges(db<ConsentDb>('consent'), [
    ...ids.map((personId) => ({ kind: 'link' as const, linkId: personId, personId, agency, open: true })),
    ...consents.map((row) => consentChangeOf(row, [...dataCategoryCodes])),
  ]);
  const careers = db<CareersDb>('careers');
  await careers.careersRecord.createMany({ data: ids.map((personId) => ({ personId, status: 'NEET', updatedBy: 'generator' })) });
  await careers.qualification.createMany({ data: two((personId, n) => ({ personId, title: `Qualification ${n}`, level: 'LEVEL_1', accredited: true, recordedBy: 'generator' })) });
  await careers.workHistoryEntry.createMany({ data: two((personId, n) => ({ personId, employer: `Employer ${n}`, jobTitle: 'Porter', startedOn: '2020-01-01', recordedBy: 'generator' })) });
  await careers.guidanceSession.createMany({ data: two((personId, n) => ({ personId, heldOn: '2026-01-0' + n, adviser: 'generator', summary: 'Talked' })) });
  await careers.course.createMany({ data: two((personId, n) => ({ personId, title: `Course ${n}`, provider: 'College', startedOn: '2026-01-01', status: 'ENROLLED', recordedBy: 'generator' })) });

  const employability = db<EmployabilityDb>('employability');
  await employability.employabilityRecord.createMany({ data: ids.map((personId) => ({ personId, keyworker: 'generator', updatedBy: 'generator' })) });
  await employability.programmeEnrolment.createMany({ data: two((personId) => ({ personId, programmeId: FRESH_START, keyworker: 'generator', keyworkerRole: 'NAVIGATOR', enrolledOn: '2026-01-01', status: 'ACTIVE', recordedBy: 'generator' })) });
  const goals = two((personId, n) => ({ id: randomUUID(), personId, title: `Goal ${n}`, owner: 'generator', status: 'IN_PROGRESS', recordedBy: 'generator' }));
  await employability.actionPlanGoal.createMany({ data: goals });
  await employability.actionPlanStep.createMany({ data: goals.flatMap((goal) => [1, 2].map((n) => ({ goalId: goal.id, personId: goal.personId, description: `Step ${n}`, owner: 'generator', status: 'NOT_STARTED', recordedBy: 'generator' }))) });
  await employability.employabilityActivity.createMany({ data: two((personId, n) => ({ personId, kind: 'JOB_CLUB', title: `Job club ${n}`, attendedOn: '2026-02-01', recordedBy: 'generator' })) });
  await employability.employabilityOutcome.createMany({ data: two((personId) => ({ personId, kind: 'CV_COMPLETED', achievedOn: '2026-02-01', recordedBy: 'generator' })) });
  await employability.employerPlacement.createMany({ data: two((personId, n) => ({ personId, employer: `Employer ${n}`, role: 'Trial', startedOn: '2026-03-01', recordedBy: 'generator' })) });
  await employability.barrierFunding.createMany({ data: two((personId) => ({ personId, purpose: 'TRAVEL', amountPence: 1250, awardedOn: '2026-03-01', description: 'Bus pass', awardedBy: 'generator' })) });

  const social = db<SocialServicesDb>('social-services');
  await social.socialCareRecord.createMany({ data: ids.map((personId) => ({ personId, lookedAfterStatus: 'CARE_LEAVER', updatedBy: 'generator' })) });
  await social.teamInvolvement.createMany({ data: two((personId) => ({ personId, team: 'LEAVING_CARE', worker: 'generator', startedOn: '2026-01-01', reason: 'Pathway plan', recordedBy: 'generator' })) });
  await social.safeguardingNote.createMany({ data: two((personId) => ({ personId, recordedOn: '2026-01-01', recordedBy: 'generator', concern: 'Missed visits', riskLevel: 'LOW' })) });

  const welfare = db<WelfareRightsDb>('welfare-rights');
  await welfare.welfareRecord.createMany({ data: ids.map((personId) => ({ personId, householdType: 'SINGLE', housingTenure: 'SOCIAL_RENT', updatedBy: 'generator' })) });
  await welfare.benefitAward.createMany({ data: two((personId) => ({ personId, benefit: 'UNIVERSAL_CREDIT', amountPence: 40014, period: 'MONTHLY', startedOn: '2026-01-01', recordedBy: 'generator' })) });
  await welfare.debt.createMany({ data: two((personId, n) => ({ personId, creditor: `Creditor ${n}`, debtType: 'ENERGY', amountPence: 10000, priority: 'PRIORITY', status: 'OPEN', recordedOn: '2026-01-01', recordedBy: 'generator' })) });
  await welfare.financialSupport.createMany({ data: two((personId) => ({ personId, kind: 'BENEFIT_CHECK', description: 'Check', givenOn: '2026-01-01', adviser: 'generator' })) });
  const inWork: BetterOffCircumstances = {
    claimantAge: 30, couple: false, partnerAge: null, partnerMonthlyNetEarningsPence: 0, children: 0, childrenBornBefore6April2017: 0,
    limitedCapability: 'NONE' as BetterOffCircumstances['limitedCapability'], monthlyHousingCostsPence: 50000, monthlyChildcareCostsPence: 0,
    hoursPerWeek: 16, hourlyWagePence: 1221, otherMonthlyIncomePence: 0,
  };
  await welfare.$transaction(
    two((personId) => welfare.betterOffCalculation.create({ data: betterOffCalculationData(personId, inWork, calculateBetterOff(inWork), 'generator') })),
  );
  return ids;
}

/** Links one more agency to a generated person, in the people subgraph and in the decider's copy, as a registration would. */
export async function linkAgency(clients: SubgraphClients, agency: string, personId: string): Promise<void> {
  const id = randomUUID();
  const linkedAt = new Date();
  await (clients('people') as PeopleDb).agencyLink.create({ data: { id, personId, agency, madeHow: 'REGISTERED', linkedBy: 'generator', linkedAt } });
  await (clients('consent') as ConsentDb).agencyLinkCopy.create({ data: { linkId: id, personId, agency, madeHow: 'REGISTERED', linkedAt } });
  await publishFeedChanges(clients('consent') as ConsentDb, [{ kind: 'link', linkId: id, personId, agency, open: true }]);
}
