import type { PeopleDb } from '../../subgraphs/people/database';
import { matchingColumns } from '../../subgraphs/people/matching-keys';
import { demoLinks, demoPeople, demoStaff } from '../demo-people';

/** Darren's story as first told to his employment adviser; two weeks later he added a barrier himself. */
const darrensStory = {
  ownAccount:
    'I came out of prison in August after 18 months. I want steady work so I can get my own place and see my daughter more. I have not worked for five years and I am nervous about telling employers about my record.',
  goals: JSON.stringify(['Get a full-time job in a warehouse or on a building site', 'Find my own flat', 'See my daughter every week']),
  strengths: JSON.stringify(['Forklift licence from a course inside', 'Reliable once I have a routine', 'Good with my hands']),
};
const firstBarriers = [
  { code: 'SELF_BELIEF_AND_CONFIDENCE', note: null },
  { code: 'ACCOMMODATION_OR_HOMELESSNESS', note: "Sofa-surfing at his sister's" },
  { code: 'LONG_TERM_UNEMPLOYMENT', note: null },
  { code: 'DISCLOSURE_OF_A_CRIMINAL_RECORD', note: 'Worried about how to disclose an unspent conviction' },
];
const addedByDarren = { code: 'DRUGS_OR_ALCOHOL', note: 'In treatment with the recovery service, doing well' };

async function seedStory(tx: Parameters<Parameters<PeopleDb['$transaction']>[0]>[0]) {
  const personId = demoPeople.darren.id;
  await tx.storyVersion.createMany({
    data: [
      {
        ...darrensStory,
        personId,
        version: 1,
        current: false,
        barriers: JSON.stringify(firstBarriers),
        recordedBy: demoStaff.dana.subject,
        recordedByAgency: demoStaff.dana.agency,
        recordedAt: new Date('2026-09-01T10:30:00Z'),
      },
      {
        ...darrensStory,
        personId,
        version: 2,
        current: true,
        barriers: JSON.stringify([...firstBarriers, addedByDarren]),
        recordedBy: personId,
        recordedByAgency: null,
        recordedAt: new Date('2026-09-15T18:05:00Z'),
      },
    ],
  });
}

export async function seed(db: PeopleDb): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const person of Object.values(demoPeople)) {
      await tx.person.create({
        data: {
          id: person.id,
          givenName: person.givenName,
          familyName: person.familyName,
          preferredName: 'preferredName' in person ? person.preferredName : null,
          dateOfBirth: person.dateOfBirth,
          nationalInsuranceNumber: person.nationalInsuranceNumber,
          postcode: person.postcode,
          phone: `07700 900${person.id.slice(-3)}`,
          email: `${person.givenName.toLowerCase()}.${person.familyName.toLowerCase()}@example.org`,
          ...matchingColumns(person),
        },
      });
    }
    await tx.agencyLink.createMany({ data: demoLinks });
    await seedStory(tx);
  });
}
