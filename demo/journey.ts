import { demoStaff } from '../prisma/demo-people';
import { summariseAccessLog, type AccessLogLine } from './access-log-summary';
import { pounds } from './answer-format';
import { addDays, isoToday, monthAround, spoken } from './calendar';
import { ageOn, leeWalsh, type DemoPerson } from './demo-person';
import { frontEnd, OffScriptError, type TokenFor, type User } from './front-end';
import type { Printer } from './narration';

/** Fresh Start Employment, in the demo programme catalogue. */
export const FRESH_START_EMPLOYMENT = '00000000-0000-4000-8000-0000000e0001';

export interface JourneyOptions {
  /** The gateway's GraphQL URL: the journey talks to nothing else. */
  gatewayUrl: string;
  tokenFor: TokenFor;
  printer: Printer;
  person?: DemoPerson;
  /** The day the journey starts (YYYY-MM-DD); today unless given. */
  today?: string;
}

/** What a user would notice along the way, for the test (and for anyone reusing the journey). */
export interface JourneyMoments {
  personId: string;
  /** The referral as it arrived in the employment adviser's inbox, with the person and story she may see. */
  referralInInbox: any;
  /** Sections refused when the referral arrived: path and category. */
  refusedOnArrival: Array<{ path: string; category: string }>;
  betterOff: { totalMonthlyIncomeNowPence: number; totalMonthlyIncomeInWorkPence: number; monthlyGainPence: number };
  /** The story as the employment adviser sees it after the person narrowed their consent. */
  storyAfterWithdrawal: any;
  refusedAfterWithdrawal: Array<{ path: string; code: string; category: string }>;
  accessLog: AccessLogLine[];
}

function staffMember(name: keyof typeof demoStaff): User {
  const staff = demoStaff[name];
  return { who: `${staff.name} (${staff.job}; ${staff.agency})`, claims: { sub: staff.subject, role: staff.role, agency: staff.agency } };
}

function insist(condition: unknown, what: string): asserts condition {
  if (!condition) throw new OffScriptError(`The hub's answer does not match the demo's story: ${what}`);
}

const refusals = (errors: Array<{ path?: Array<string | number>; extensions?: Record<string, any> }>) =>
  errors.map((error) => ({ path: error.path?.join('.') ?? '', code: error.extensions?.code, category: error.extensions?.category }));

/**
 * One person's journey through the hub, seen from the agencies' front ends and their own: registered
 * in prison, referred with consent, supported into work, then changing their mind about what is shared
 * and seeing who looked. Every request goes over HTTP to the gateway; every answer is checked against
 * what the narration says, so the demo stops (OffScriptError) the day the hub behaves otherwise.
 */
export async function runJourney({ gatewayUrl, tokenFor, printer, person = leeWalsh, today = isoToday() }: JourneyOptions): Promise<JourneyMoments> {
  const ask = frontEnd(gatewayUrl, tokenFor, printer);
  const [olu, dana, gareth, helen] = [staffMember('olu'), staffMember('dana'), staffMember('gareth'), staffMember('helen')];
  const name = `${person.givenName} ${person.familyName}`;
  const { givenName } = person;

  printer.step(`Olu registers ${name} at HMP Northumberland, six weeks before release`);
  printer.say(`The hub matches before it creates: nobody has ${givenName}'s NI number, or his name, birthday and postcode.`);
  const registered = await ask(
    olu,
    /* GraphQL */ `
      mutation Register($input: RegisterPersonInput!) {
        registerPerson(input: $input) { outcome matched person { id givenName phone } }
      }`,
    { input: person },
    { refuses: ['phone'] },
  );
  insist(registered.data?.registerPerson.outcome === 'REGISTERED', 'the first registration should create a new person');
  const personId: string = registered.data.registerPerson.person.id;
  const lee: User = { who: `${name} (the person himself, signed in to his own account)`, claims: { sub: personId, role: 'client' } };
  printer.say(`REGISTERED, one new person, and the prison service is now linked to him: it works with him, so it sees who he`);
  printer.say(`is, as a caseload needs. Nothing more (his phone is null, CONSENT_REQUIRED) until he agrees: registering someone`);
  printer.say(`is not a licence to read their record. The link is in his own record and the DPO's, and it is what lets Olu`);
  printer.say(`record a consent with him at all.`);

  printer.step(`${givenName} agrees that the prison resettlement service may hold his details and his story`);
  printer.say(`He signs the form, including his criminal record and, on its own line, drugs and alcohol (special categories).`);
  await ask(
    olu,
    /* GraphQL */ `
      mutation Consent($input: GrantConsentInput!) {
        grantConsent(input: $input) { id agency categories active }
      }`,
    {
      input: {
        personId,
        agency: 'prison-resettlement',
        categories: ['identity', 'contact', 'story', 'criminal-justice', 'drugs-alcohol'],
        purpose: 'Resettlement planning before and after release',
        evidence: 'WRITTEN_FORM',
        evidenceNote: `Signed consent form, HMP Northumberland, ${spoken(today)}`,
      },
    },
  );

  printer.step(`Release day: the gate form says "Lea", with no NI number`);
  printer.say(`A near miss is not guessed: the hub lists who it might be and writes nothing until the person answers.`);
  const typo = { ...person, givenName: 'Lea', nationalInsuranceNumber: null };
  const REGISTER_OR_ASK = /* GraphQL */ `
    mutation Register($input: RegisterPersonInput!, $answer: PossibleMatchAnswerInput) {
      registerPerson(input: $input, answer: $answer) {
        outcome matchedOn person { id }
        possibleMatches { person { id givenName familyName } agreesOn differsOn firstRegistered }
      }
    }`;
  const asked = await ask(olu, REGISTER_OR_ASK, { input: typo });
  insist(
    asked.data?.registerPerson.outcome === 'POSSIBLE_MATCHES' &&
      asked.data.registerPerson.possibleMatches.some((match: any) => match.person.id === personId),
    `registering "Lea" should list ${name} as a possible match`,
  );
  const possible = asked.data.registerPerson.possibleMatches.find((match: any) => match.person.id === personId);
  printer.say(`"Is this you, ${possible.person.givenName} ${possible.person.familyName}, first registered ${possible.firstRegistered}?" He says yes:`);
  const confirmed = await ask(olu, REGISTER_OR_ASK, { input: typo, answer: { samePersonAs: personId } });
  insist(confirmed.data?.registerPerson.person?.id === personId, 'the confirmed registration should return the same person');
  printer.say(`ALREADY_KNOWN, confirmed by the person: still one ${name}, no duplicate record.`);

  printer.step(`${givenName} tells his story, once`);
  printer.say(`Olu types it in with him. Each section is kept under its own consent category; writing the`);
  printer.say(`drugs-and-alcohol section needs that category's consent, exactly as reading it would.`);
  await ask(
    olu,
    /* GraphQL */ `
      mutation Story($input: StoryInput!) {
        tellStory(input: $input) {
          version recordedByAgency ownAccount goals
          barriers { title } criminalRecordBarriers { title } drugsAndAlcoholBarriers { title }
        }
      }`,
    {
      input: {
        personId,
        ownAccount:
          "I drove a forklift at a warehouse in Cramlington for six years, until the drink got hold of me and I lost the job, then the flat. " +
          "I've been sober eighteen months now, inside. I want to work, and I want my own place near my daughter.",
        goals: ['A steady full-time job', 'My own flat in Ashington, near my daughter', 'Stay sober'],
        strengths: ['Counterbalance forklift licence, six years on the job', 'Reliable: never missed a shift before the drinking'],
        barriers: [
          { code: 'ACCOMMODATION_OR_HOMELESSNESS', note: 'No address to go to on release' },
          { code: 'SELF_BELIEF_AND_CONFIDENCE' },
        ],
        criminalRecordBarriers: [{ code: 'DISCLOSURE_OF_A_CRIMINAL_RECORD', note: 'Theft from an employer, 2024: dreads telling employers' }],
        drugsAndAlcoholBarriers: [{ code: 'DRUGS_OR_ALCOHOL', note: 'Alcohol: eighteen months sober; wants this kept private' }],
      },
    },
  );

  printer.step(`Olu refers ${givenName} to an employment adviser, with his consent to share`);
  printer.say(`One step records the referral and what ${givenName} agreed the employability service may see: who he is, how to`);
  printer.say(`reach him, his story and his criminal record, but not drugs and alcohol.`);
  const referral = await ask(
    olu,
    /* GraphQL */ `
      mutation Refer($input: CreateReferralInput!) {
        createReferral(input: $input) { id status toAgency sharedCategories consentId }
      }`,
    {
      input: {
        personId,
        toAgency: 'employability',
        reason: `${givenName} leaves HMP Northumberland soon: wants forklift work near Ashington and help telling employers about his conviction.`,
        share: ['identity', 'contact', 'story', 'criminal-justice'],
        consentNote: `Signed referral form with Olu Adeyemi, ${spoken(today)}: identity, contact, story and criminal record; not drugs and alcohol.`,
      },
    },
  );
  const employabilityReferralId: string = referral.data.createReferral.id;

  printer.step(`Dana opens her referral inbox`);
  printer.say(`She sees the referral and, through it, ${givenName}'s story, without asking him to tell it again.`);
  const inbox = await ask(
    dana,
    /* GraphQL */ `
      query Inbox {
        referralInbox {
          id fromAgency reason sharedCategories status
          person {
            id givenName familyName phone
            story { ownAccount goals barriers { title } criminalRecordBarriers { title note } drugsAndAlcoholBarriers { title } }
          }
        }
      }`,
    {},
    {
      refuses: ['drugsAndAlcoholBarriers'],
      followed: (data: any) => `referralInbox.${data.referralInbox.findIndex((r: any) => r.id === employabilityReferralId)}`,
      show: (data: any) => ({ referralInbox: data.referralInbox.filter((r: any) => r.id === employabilityReferralId) }),
    },
  );
  const inboxIndex = inbox.data!.referralInbox.findIndex((r: any) => r.id === employabilityReferralId);
  const referralInInbox = inbox.data.referralInbox[inboxIndex];
  insist(referralInInbox?.person.story.ownAccount, `the referral and ${givenName}'s story should be in Dana's inbox`);
  const refusedOnArrival = refusals(inbox.errors)
    .filter((error) => error.path.startsWith(`referralInbox.${inboxIndex}.`))
    .map(({ path, category }) => ({ path, category }));
  printer.say(`His own account, goals, barriers and criminal record are there. The drugs-and-alcohol section is null with`);
  printer.say(`CONSENT_REQUIRED: ${givenName} did not agree to share it, so Dana's screen never receives it.`);

  printer.step(`Dana takes ${givenName} on: accepts the referral, enrols him, agrees a first goal`);
  printer.say(`Accepting puts ${givenName} on her agency's caseload; the enrolment and the goal are kept in the employability`);
  printer.say(`providers' own system, which joins the graph as one more part of ${givenName}'s single view.`);
  const takenOn = await ask(
    dana,
    /* GraphQL */ `
      mutation TakeOn($referralId: ID!, $enrolment: ProgrammeEnrolmentInput!, $goal: ActionPlanGoalInput!) {
        acceptReferral(referralId: $referralId) { status }
        enrolOnProgramme(input: $enrolment) { id status enrolledOn programme { name } }
        addActionPlanGoal(input: $goal) { title owner dueOn status }
      }`,
    {
      referralId: employabilityReferralId,
      enrolment: { personId, programmeId: FRESH_START_EMPLOYMENT, keyworkerRole: 'EMPLOYMENT_ADVISER', enrolledOn: today },
      goal: { personId, title: 'Back into forklift work, with a disclosure letter ready', owner: `${givenName}, with Dana`, dueOn: addDays(today, 56) },
    },
  );
  const enrolmentId: string = takenOn.data.enrolOnProgramme.id;

  printer.step(`A job offer: Dana asks a welfare-rights adviser whether ${givenName} would be better off`);
  printer.say(`Another referral, another consent: this time to share who he is, his benefits and his finances.`);
  const welfareReferral = await ask(
    dana,
    /* GraphQL */ `
      mutation Refer($input: CreateReferralInput!) {
        createReferral(input: $input) { id status toAgency sharedCategories }
      }`,
    {
      input: {
        personId,
        toAgency: 'welfare-rights',
        reason: `Job offer: 37.5 hours a week at £12.21 an hour. Would ${givenName} be better off than on Universal Credit, paying £420 a month rent?`,
        share: ['identity', 'benefits', 'finances'],
        consentNote: `Agreed in person with Dana Okafor, ${spoken(today)}`,
      },
    },
  );

  const age = ageOn(person.dateOfBirth, today);
  printer.step(`Gareth works out the better-off calculation`);
  printer.say(`${givenName} is ${age}, single, renting at £420 a month; the job is 37.5 hours at £12.21 an hour.`);
  const calculation = await ask(
    gareth,
    /* GraphQL */ `
      mutation BetterOff($referralId: ID!, $input: BetterOffInput!) {
        acceptReferral(referralId: $referralId) { status }
        calculateBetterOff(input: $input) {
          ratesTaxYear hoursPerWeek hourlyWagePence
          universalCreditNowPence universalCreditInWorkPence netMonthlyEarningsPence
          totalMonthlyIncomeNowPence totalMonthlyIncomeInWorkPence monthlyGainPence gainPerHourPence
        }
      }`,
    {
      referralId: welfareReferral.data.createReferral.id,
      input: { personId, hoursPerWeek: 37.5, hourlyWagePence: 1221, claimantAge: age, couple: false, monthlyHousingCostsPence: 42000 },
    },
  );
  const betterOff = calculation.data.calculateBetterOff;
  printer.say(
    `Now: ${pounds(betterOff.totalMonthlyIncomeNowPence)} a month. In work: ${pounds(betterOff.totalMonthlyIncomeInWorkPence)} ` +
      (betterOff.universalCreditInWorkPence > 0
        ? `(${pounds(betterOff.universalCreditInWorkPence)} of it still Universal Credit).`
        : '(all of it earnings: his Universal Credit tapers away).'),
  );
  printer.say(`${betterOff.monthlyGainPence >= 0 ? 'Better' : 'Worse'} off by ${pounds(Math.abs(betterOff.monthlyGainPence))} a month, ${pounds(betterOff.gainPerHourPence)} for every hour worked.`);

  const jobStart = addDays(today, 28);
  const thirteenWeeks = addDays(jobStart, 13 * 7);
  printer.step(`${givenName} takes the job; thirteen weeks later he is still there`);
  printer.say(`The demo moves the calendar on: he starts on ${spoken(jobStart)}, and Dana checks in on ${spoken(thirteenWeeks)}.`);
  const OUTCOME = /* GraphQL */ `
    mutation Outcome($input: EmployabilityOutcomeInput!) {
      recordOutcome(input: $input) { kind achievedOn employer hoursPerWeek evidence }
    }`;
  const job = { personId, enrolmentId, employer: 'Wansbeck Freight Ltd', hoursPerWeek: 37.5 };
  await ask(dana, OUTCOME, { input: { ...job, kind: 'JOB_START', achievedOn: jobStart, evidence: 'Contract seen: forklift driver' } });
  await ask(dana, OUTCOME, { input: { ...job, kind: 'IN_WORK_13_WEEKS', achievedOn: thirteenWeeks, evidence: 'Payslip for week 13' } });

  printer.step(`${givenName} changes his mind about his criminal record`);
  printer.say(`In work, he no longer wants the employability service to see his conviction. He signs in and looks at his consents.`);
  const consents = await ask(
    lee,
    /* GraphQL */ `
      query MyConsents {
        me { consents { id agency categories purpose active } }
      }`,
  );
  const toEmployability = consents.data.me.consents.find(
    (consent: any) => consent.active && consent.agency === 'employability' && consent.categories.includes('criminal-justice'),
  );
  insist(toEmployability, `${givenName}'s consents should include the one given to employability with the referral`);
  printer.say(`A consent in the ledger is a whole agreement, so his app records the narrower one and withdraws the old one,`);
  printer.say(`in one request; both stay in the ledger, the old one marked withdrawn.`);
  await ask(
    lee,
    /* GraphQL */ `
      mutation Narrow($narrower: GrantConsentInput!, $withdraw: WithdrawConsentInput!) {
        grantConsent(input: $narrower) { id agency categories active }
        withdrawConsent(input: $withdraw) { id agency categories active withdrawnAt withdrawalReason }
      }`,
    {
      narrower: {
        personId,
        agency: 'employability',
        categories: toEmployability.categories.filter((category: string) => category !== 'criminal-justice'),
        purpose: toEmployability.purpose,
        evidence: 'DIGITAL_SELF_SERVICE',
        evidenceNote: 'Changed in his own account: no longer shares his criminal record',
      },
      withdraw: { personId, consentId: toEmployability.id, reason: "I'm in work now; my conviction is nobody's business there." },
    },
  );

  printer.step(`Dana opens ${givenName}'s story again: the field that disappears`);
  printer.say(`Nothing has changed on Dana's side: her screen asks for the same fields as before.`);
  const after = await ask(
    dana,
    /* GraphQL */ `
      query Story($id: ID!) {
        person(id: $id) { givenName story { ownAccount goals criminalRecordBarriers { title } } }
      }`,
    { id: personId },
    { refuses: ['criminalRecordBarriers'] },
  );
  printer.say(`The rest of the story is still there; the criminal-record section is gone (null, CONSENT_REQUIRED,`);
  printer.say(`criminal-justice) from the very next request. Nothing had to be deleted or re-sent.`);

  printer.step(`${givenName} reads who looked at his data`);
  printer.say(`Every decision about his data, allowed or refused, was written to the audit log; he reads his own part of it.`);
  const log = await ask(
    lee,
    /* GraphQL */ `
      query WhoLooked {
        me { accessLog { at agency role category decision reason } }
      }`,
    {},
    { show: (data: any) => ({ me: { accessLog: [...data.me.accessLog.slice(0, 6), `… ${data.me.accessLog.length - 6} older entries`] } }) },
  );
  const accessLog: AccessLogLine[] = log.data.me.accessLog;
  insist(accessLog.some((line) => line.agency === 'employability'), `${givenName}'s access log should show the employability service looking`);
  printer.say(`${accessLog.length} entries, newest first: who looked, when, and on what grounds (his consent, or none). By agency:`);
  for (const line of summariseAccessLog(accessLog)) printer.say(`  · ${line}`);
  printer.say(`He can see the prison service saw his name by its link and nothing more until he consented, and what Dana's screen was refused:`);
  printer.say(`drugs and alcohol from the start, his criminal record since he changed his mind.`);

  printer.step(`${givenName} asks the council's housing options team for help: a partner agency, added through the scaffold`);
  printer.say(`He has a hostel bed, not a home. He links the housing team to himself; Nadia records where he sleeps and his`);
  printer.say(`homelessness application in the housing subgraph, which a partner added with \`npm run new-subgraph\`.`);
  const nadia = staffMember('nadia');
  await ask(lee, /* GraphQL */ `mutation LinkHousing($personId: ID!) { linkAgency(personId: $personId, agency: "housing") { agency madeHow } }`, { personId });
  await ask(
    nadia,
    /* GraphQL */ `
      mutation Housing($status: AccommodationStatusInput!, $application: HomelessnessApplicationInput!) {
        recordAccommodationStatus(input: $status) { accommodationStatus statusSince }
        recordHomelessnessApplication(input: $application) { appliedOn duty decision }
      }`,
    {
      status: { personId, accommodationStatus: 'HOSTEL', statusSince: today },
      application: { personId, appliedOn: today, duty: 'RELIEF' },
    },
  );
  const housingQuery = /* GraphQL */ `query Housing($id: ID!) { person(id: $id) { givenName housing { accommodationStatus homelessnessApplications { duty decision } } } }`;
  const unshared = await ask(dana, housingQuery, { id: personId }, { refuses: ['housing'] });
  insist(unshared.data.person.housing === null, "Dana should not see his housing before he shares it");
  printer.say(`Dana's screen gets CONSENT_REQUIRED for housing: he has not shared it with employability. He does, from his own account:`);
  await ask(
    lee,
    /* GraphQL */ `mutation ShareHousing($input: GrantConsentInput!) { grantConsent(input: $input) { agency categories active } }`,
    { input: { personId, agency: 'employability', categories: ['housing'], purpose: 'So my adviser knows where I am living', evidence: 'DIGITAL_SELF_SERVICE' } },
  );
  const shared = await ask(dana, housingQuery, { id: personId });
  insist(shared.data.person.housing?.accommodationStatus === 'HOSTEL', "Dana should see his hostel place once he shares housing");
  printer.say(`From the next request Dana sees the hostel place and the open application: no form, no phone call between agencies.`);

  printer.step(`Helen, the data-protection officer, checks the log and what the programme report discloses`);
  const period = monthAround(today);
  const oversight = await ask(
    helen,
    /* GraphQL */ `
      query Oversight($person: ID!, $programmeId: ID!, $from: String!, $to: String!) {
        verifyAuditLog { intact treeSize checkedAgainst { source treeSize ok } }
        auditEvents(filter: { person: $person }, limit: 1) { total events { at subject agency fieldPath decision reason } }
        programmeOutcomes(programmeId: $programmeId, from: $from, to: $to) {
          programme { name } from to
          starts { count suppressed } jobStarts { count suppressed percent } inWork13Weeks { count suppressed percent }
        }
      }`,
    { person: personId, programmeId: FRESH_START_EMPLOYMENT, ...period },
  );
  const { verifyAuditLog, auditEvents, programmeOutcomes } = oversight.data;
  insist(verifyAuditLog.intact, 'the audit log should verify intact');
  const signed = verifyAuditLog.checkedAgainst.find((check: { source: string }) => check.source === 'LATEST_CHECKPOINT');
  printer.say(
    `All ${verifyAuditLog.treeSize} audit entries are as recorded, and the first ${signed.treeSize} are the log the latest signed checkpoint vouches for; ` +
      `${auditEvents.total} of them are about ${givenName}.`,
  );
  printer.say(
    programmeOutcomes.starts.suppressed
      ? `The programme report for ${period.from} to ${period.to} withholds the small counts: nobody can be picked out of it.`
      : `The programme report for ${period.from} to ${period.to} counts ${programmeOutcomes.starts.count} starts: enough to publish.`,
  );

  return {
    personId,
    referralInInbox,
    refusedOnArrival,
    betterOff,
    storyAfterWithdrawal: after.data.person.story,
    refusedAfterWithdrawal: refusals(after.errors),
    accessLog,
  };
}
