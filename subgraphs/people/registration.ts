import type { Caller } from '../kit/caller';
import type { PeopleDb } from './database';
import { matchName, matchPostcode, normaliseNationalInsuranceNumber } from './matching-keys';
import type { RegisterPersonInput } from './person.inputs';
import { RegistrationMatch } from './registration.type';

/**
 * Registration matches before it creates, in one transaction: the same national insurance
 * number, or the same normalised name, date of birth and postcode (and no conflicting national
 * insurance number) is the person already known. Either way the registering agency is linked
 * to the person, so they appear in its caseload.
 */
export async function registerPerson(db: PeopleDb, input: RegisterPersonInput, caller: Caller) {
  const nino = input.nationalInsuranceNumber ? normaliseNationalInsuranceNumber(input.nationalInsuranceNumber) : null;
  const name = matchName(input.givenName, input.familyName);
  const postcode = input.postcode ? matchPostcode(input.postcode) : null;

  return db.$transaction(async (tx) => {
    let matchedOn: RegistrationMatch | null = null;
    let person = nino ? await tx.person.findUnique({ where: { nationalInsuranceNumber: nino } }) : null;
    if (person) matchedOn = RegistrationMatch.NATIONAL_INSURANCE_NUMBER;
    if (!person && postcode) {
      person = await tx.person.findFirst({
        where: {
          matchName: name,
          dateOfBirth: input.dateOfBirth,
          matchPostcode: postcode,
          ...(nino ? { OR: [{ nationalInsuranceNumber: null }, { nationalInsuranceNumber: nino }] } : {}),
        },
        orderBy: { createdAt: 'asc' },
      });
      if (person) matchedOn = RegistrationMatch.NAME_DATE_OF_BIRTH_POSTCODE;
    }
    if (!person) {
      person = await tx.person.create({
        data: {
          givenName: input.givenName.trim(),
          familyName: input.familyName.trim(),
          preferredName: input.preferredName?.trim() || null,
          dateOfBirth: input.dateOfBirth,
          nationalInsuranceNumber: nino,
          postcode: input.postcode?.trim().toUpperCase() || null,
          phone: input.phone?.trim() || null,
          email: input.email?.trim() || null,
          matchName: name,
          matchPostcode: postcode,
        },
      });
    }
    if (caller.agency) {
      await tx.agencyLink.upsert({
        where: { personId_agency: { personId: person.id, agency: caller.agency } },
        create: { personId: person.id, agency: caller.agency, linkedBy: caller.subject },
        update: {},
      });
    }
    return { person, matched: matchedOn !== null, matchedOn };
  });
}
