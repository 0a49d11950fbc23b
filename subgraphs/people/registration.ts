import { GraphQLError } from 'graphql';
import type { Caller } from '../../platform/caller';
import type { Person as PersonRow } from '../../prisma/people/client/client';
import type { ConsentLedger } from '../kit/consent-ledger';
import { LinkMadeHow, withLinkWrites } from './agency-links';
import type { PeopleDb } from './database';
import { matchName, matchPostcode, normaliseNationalInsuranceNumber } from './matching-keys';
import type { PossibleMatchAnswerInput, RegisterPersonInput } from './person.inputs';
import { MatchingDetail, RegistrationMatch, RegistrationOutcome } from './registration.type';

type Transaction = Parameters<Parameters<PeopleDb['$transaction']>[0]>[0];

interface Keys {
  nino: string | null;
  name: string;
  givenName: string;
  familyName: string;
  postcode: string | null;
  dateOfBirth: string;
}

function keysOf(input: RegisterPersonInput): Keys {
  const name = matchName(input.givenName, input.familyName);
  const [givenName, familyName] = name.split('|');
  return {
    nino: input.nationalInsuranceNumber ? normaliseNationalInsuranceNumber(input.nationalInsuranceNumber) : null,
    name,
    givenName,
    familyName,
    postcode: input.postcode ? matchPostcode(input.postcode) : null,
    dateOfBirth: input.dateOfBirth,
  };
}

/**
 * An NI number is strong evidence but can be mistyped or borrowed: it matches only when the date
 * of birth agrees and so does one of the two names (a stopgap until scored matching, issue 15).
 */
const agreesBeyondTheNumber = (person: PersonRow, keys: Keys) => {
  const [givenName, familyName] = person.matchName.split('|');
  return person.dateOfBirth === keys.dateOfBirth && (givenName === keys.givenName || familyName === keys.familyName);
};

/** Says nothing of the person the number belongs to, and writes nothing. */
const numberOfSomeoneElse = () =>
  badAnswer(
    'nationalInsuranceNumber is already registered to someone whose name or date of birth differs: check the number, or register without it.',
    'nationalInsuranceNumber',
  );

/** The same national insurance number, or the same name, date of birth and postcode (and no other NI number). */
async function certainMatch(tx: Transaction, keys: Keys): Promise<{ person: PersonRow; on: RegistrationMatch } | null> {
  const byNino = keys.nino ? await tx.person.findUnique({ where: { nationalInsuranceNumber: keys.nino } }) : null;
  if (byNino) {
    if (!agreesBeyondTheNumber(byNino, keys)) throw numberOfSomeoneElse();
    return { person: byNino, on: RegistrationMatch.NATIONAL_INSURANCE_NUMBER };
  }
  if (!keys.postcode) return null;
  const byDetails = await tx.person.findFirst({
    where: {
      matchName: keys.name,
      dateOfBirth: keys.dateOfBirth,
      matchPostcode: keys.postcode,
      ...(keys.nino ? { nationalInsuranceNumber: null } : {}),
    },
    orderBy: { createdAt: 'asc' },
  });
  return byDetails ? { person: byDetails, on: RegistrationMatch.NAME_DATE_OF_BIRTH_POSTCODE } : null;
}

/**
 * Not certain, but worth asking the person about: the same date of birth and either the same
 * name (another postcode, or none given), or the same postcode with one of the two names
 * agreeing (a nickname, a changed family name). Someone with a different NI number is not them.
 */
async function possibleMatches(tx: Transaction, keys: Keys) {
  const candidates = await tx.person.findMany({
    where: {
      dateOfBirth: keys.dateOfBirth,
      OR: [
        { matchName: keys.name },
        ...(keys.postcode
          ? [
              { matchPostcode: keys.postcode, matchName: { startsWith: `${keys.givenName}|` } },
              { matchPostcode: keys.postcode, matchName: { endsWith: `|${keys.familyName}` } },
            ]
          : []),
      ],
      ...(keys.nino ? { nationalInsuranceNumber: null } : {}),
    },
    orderBy: { createdAt: 'asc' },
    take: 10,
  });
  return candidates.map((person) => {
    const [givenName, familyName] = person.matchName.split('|');
    const details: Array<[MatchingDetail, boolean]> = [
      [MatchingDetail.GIVEN_NAME, givenName === keys.givenName],
      [MatchingDetail.FAMILY_NAME, familyName === keys.familyName],
      [MatchingDetail.DATE_OF_BIRTH, true],
      [MatchingDetail.POSTCODE, keys.postcode !== null && person.matchPostcode === keys.postcode],
    ];
    return {
      person,
      agreesOn: details.filter(([, agrees]) => agrees).map(([detail]) => detail),
      differsOn: details.filter(([, agrees]) => !agrees).map(([detail]) => detail),
      firstRegistered: person.createdAt.toISOString().slice(0, 7),
    };
  });
}

const badAnswer = (message: string, field: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });

/**
 * Registration matches before it creates, in one transaction. A certain match returns the person
 * already known; possible matches are listed and nothing is written until the person answers
 * (`answer`): the one that is them is linked, or a new person is created. Either way the
 * registering agency is linked to the person, so they appear in its caseload.
 */
export async function registerPerson(
  db: PeopleDb,
  ledger: ConsentLedger,
  input: RegisterPersonInput,
  caller: Caller,
  answer?: PossibleMatchAnswerInput | null,
) {
  if (answer && Boolean(answer.samePersonAs) === Boolean(answer.newPerson)) {
    throw badAnswer('answer must say either samePersonAs or newPerson: true, not both or neither.', 'answer');
  }
  const keys = keysOf(input);

  return withLinkWrites(db, ledger, async (tx, links) => {
    let known = await certainMatch(tx, keys);
    if (!known) {
      const possible = await possibleMatches(tx, keys);
      if (answer?.samePersonAs) {
        const chosen = possible.find((candidate) => candidate.person.id === answer.samePersonAs);
        if (!chosen) throw badAnswer('answer.samePersonAs is not one of the possible matches for these details.', 'answer.samePersonAs');
        known = { person: chosen.person, on: RegistrationMatch.CONFIRMED_BY_THE_PERSON };
      } else if (possible.length > 0 && !answer?.newPerson) {
        return { outcome: RegistrationOutcome.POSSIBLE_MATCHES, person: null, matched: false, matchedOn: null, possibleMatches: possible };
      }
    }
    const person = known?.person ?? (await tx.person.create({ data: newPersonData(input, keys) }));
    if (caller.agency) {
      // Registering someone already known is a way in: the link says so, for the person and the DPO.
      const madeHow = known ? LinkMadeHow.REGISTERED_KNOWN_PERSON : LinkMadeHow.REGISTERED;
      await links.open({ personId: person.id, agency: caller.agency, madeHow, linkedBy: caller.subject });
    }
    return {
      outcome: known ? RegistrationOutcome.ALREADY_KNOWN : RegistrationOutcome.REGISTERED,
      person,
      matched: Boolean(known),
      matchedOn: known?.on ?? null,
      possibleMatches: [],
    };
  });
}

const newPersonData = (input: RegisterPersonInput, keys: Keys) => ({
  givenName: input.givenName.trim(),
  familyName: input.familyName.trim(),
  preferredName: input.preferredName?.trim() || null,
  dateOfBirth: input.dateOfBirth,
  nationalInsuranceNumber: keys.nino,
  postcode: input.postcode?.trim().toUpperCase() || null,
  phone: input.phone?.trim() || null,
  email: input.email?.trim() || null,
  matchName: keys.name,
  matchPostcode: keys.postcode,
});
