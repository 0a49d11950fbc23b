import type { ConsentDb } from '../../subgraphs/consent/database';
import { demoLinks, demoPeople, demoStaff } from '../demo-people';

interface DemoConsent {
  person: keyof typeof demoPeople;
  agency: string;
  categories: string[];
  purpose: string;
  recordedBy: keyof typeof demoStaff;
}

/** Some consents given, some not: the demo shows both a shared and a refused field. */
const consents: DemoConsent[] = [
  { person: 'darren', agency: 'employability', categories: ['identity', 'contact', 'story', 'criminal-justice', 'education', 'employment-history', 'benefits'], purpose: 'Employment support on Fresh Start Employment.', recordedBy: 'dana' },
  { person: 'darren', agency: 'employability', categories: ['housing'], purpose: 'A settled address is part of his plan for work.', recordedBy: 'dana' },
  { person: 'kayleigh', agency: 'employability', categories: ['drugs-alcohol', 'housing'], purpose: 'Her navigator supports her recovery alongside work.', recordedBy: 'dana' },
  { person: 'darren', agency: 'welfare-rights', categories: ['identity', 'contact', 'action-plan', 'outcomes'], purpose: 'Better-off-in-work advice when a job starts.', recordedBy: 'gareth' },
  { person: 'kayleigh', agency: 'employability', categories: ['identity', 'contact', 'education', 'benefits', 'finances'], purpose: 'Navigator support towards peer-support work.', recordedBy: 'dana' },
  { person: 'kayleigh', agency: 'careers', categories: ['identity', 'action-plan', 'outcomes'], purpose: 'Careers guidance alongside her navigator.', recordedBy: 'priya' },
  { person: 'jordan', agency: 'careers', categories: ['identity', 'contact', 'social-care', 'benefits'], purpose: 'Pathway plan: education, employment or training.', recordedBy: 'amara' },
  { person: 'maggie', agency: 'welfare-rights', categories: ['identity', 'contact', 'action-plan', 'social-care'], purpose: 'Benefit check arranged by her wellbeing adviser.', recordedBy: 'sam' },
  { person: 'tomasz', agency: 'employability', categories: ['identity', 'contact', 'social-care', 'benefits', 'education', 'employment-history'], purpose: "Referral from the children's team for work in school hours.", recordedBy: 'ruth' },
];

export async function seed(db: ConsentDb): Promise<void> {
  await db.agencyLinkCopy.createMany({
    data: demoLinks.map(({ id, personId, agency, madeHow, linkedAt }) => ({ linkId: id, personId, agency, madeHow, linkedAt })),
  });
  await db.$transaction(
    consents.map((consent) => {
      const person = demoPeople[consent.person];
      const staff = demoStaff[consent.recordedBy];
      return db.consent.create({
        data: {
          personId: person.id,
          agency: consent.agency,
          purpose: consent.purpose,
          givenAt: new Date('2026-09-01T10:00:00Z'),
          evidence: 'WRITTEN_FORM',
          recordedBy: staff.subject,
          recordedByAgency: staff.agency,
          categories: { create: consent.categories.map((category) => ({ category, personId: person.id, agency: consent.agency })) },
        },
      });
    }),
  );
}
