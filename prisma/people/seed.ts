import type { PeopleDb } from '../../subgraphs/people/database';
import { matchName, matchPostcode } from '../../subgraphs/people/matching-keys';
import { demoPeople, demoStaff } from '../demo-people';

/** Which agencies know each demo person: their caseloads. */
const knownTo: Record<keyof typeof demoPeople, (keyof typeof demoStaff)[]> = {
  darren: ['dana', 'gareth', 'priya'],
  kayleigh: ['dana', 'gareth', 'priya', 'amara'],
  jordan: ['amara', 'priya', 'gareth'],
  maggie: ['sam', 'gareth', 'amara'],
  tomasz: ['ruth', 'dana', 'gareth', 'priya'],
};

export async function seed(db: PeopleDb): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const [key, person] of Object.entries(demoPeople)) {
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
          matchName: matchName(person.givenName, person.familyName),
          matchPostcode: matchPostcode(person.postcode),
        },
      });
      for (const staffKey of knownTo[key as keyof typeof demoPeople]) {
        const staff = demoStaff[staffKey];
        await tx.agencyLink.upsert({
          where: { personId_agency: { personId: person.id, agency: staff.agency } },
          create: { personId: person.id, agency: staff.agency, linkedBy: staff.subject },
          update: {},
        });
      }
    }
  });
}
