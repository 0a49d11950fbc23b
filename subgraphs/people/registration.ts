import { GraphQLError } from 'graphql';
import type { Caller } from '../../platform/caller';
import type { Person as PersonRow } from '../../prisma/people/client/client';
import type { ConsentLedger } from '../kit/consent-ledger';
import { LinkMadeHow, withLinkWrites } from './agency-links';
import type { PeopleDb } from './database';
import { findCandidates } from './match-candidates';
import { MatchAgreement, MatchingDetail } from './match-evidence.type';
import { confirmable, decide, scoreCandidate, type ScoredCandidate, type TypedDetails } from './match-scoring';
import { matchingColumns, matchPostcode, nameLetters, normaliseNationalInsuranceNumber } from './matching-keys';
import type { PossibleMatchAnswerInput, RegisterPersonInput } from './person.inputs';
import { RegistrationMatch, RegistrationOutcome } from './registration.type';

/** Which candidates the caller may see in detail: those whose identity it may read, and (for the postcode) contact. */
export interface DetailsMayBeSeen {
  identity: (personIds: string[]) => Promise<Set<string>>;
  contact: (personIds: string[]) => Promise<Set<string>>;
}

function typedDetails(input: RegisterPersonInput): TypedDetails {
  return {
    givenName: nameLetters(input.givenName),
    familyName: nameLetters(input.familyName),
    previousFamilyName: input.previousFamilyName ? nameLetters(input.previousFamilyName) || null : null,
    dateOfBirth: input.dateOfBirth,
    postcode: input.postcode ? matchPostcode(input.postcode) : null,
    nationalInsuranceNumber: input.nationalInsuranceNumber ? normaliseNationalInsuranceNumber(input.nationalInsuranceNumber) : null,
  };
}

const badAnswer = (message: string, field: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });

/** Says nothing of who holds the number, and writes nothing. */
const numberHeldBySomeoneElse = () =>
  badAnswer(
    'nationalInsuranceNumber is already registered to someone else: check the number with the person, or register without it.',
    'nationalInsuranceNumber',
  );

const agreed = (candidate: ScoredCandidate, detail: MatchingDetail) =>
  candidate.evidence.some((item) => item.detail === detail && item.agreement === MatchAgreement.SAME);

/**
 * Registration matches before it creates, in one transaction: the candidates blocking finds are
 * scored (match-scoring.ts, weights in matching-weights.ts). A score above the high threshold
 * returns the person already known; the band below lists possible matches, and nothing is written
 * until the person answers (`answer`): the one that is them is linked, or a new person is created.
 * Either way the registering agency is linked to the person, so they appear in its caseload.
 *
 * An NI number someone already holds is never given to a new person, and a candidate that only the
 * number ties to these details cannot be confirmed: the number alone is not enough to be linked to
 * someone and see who they are.
 */
export async function registerPerson(
  db: PeopleDb,
  ledger: ConsentLedger,
  input: RegisterPersonInput,
  caller: Caller,
  mayBeSeen: DetailsMayBeSeen,
  answer?: PossibleMatchAnswerInput | null,
) {
  if (answer && Boolean(answer.samePersonAs) === Boolean(answer.newPerson)) {
    throw badAnswer('answer must say either samePersonAs or newPerson: true, not both or neither.', 'answer');
  }
  const typed = typedDetails(input);

  const result = await withLinkWrites(db, ledger, async (tx, links) => {
    const scored = (await findCandidates(tx, typed)).map((person) => scoreCandidate(typed, person));
    const numberHolder = typed.nationalInsuranceNumber
      ? (scored.find((candidate) => candidate.person.nationalInsuranceNumber === typed.nationalInsuranceNumber) ?? null)
      : null;
    const decision = decide(scored, numberHolder?.person.id ?? null);

    let known: { person: PersonRow; on: RegistrationMatch } | null = null;
    if (decision.outcome === 'ALREADY_KNOWN') {
      const on = agreed(decision.known, MatchingDetail.NATIONAL_INSURANCE_NUMBER)
        ? RegistrationMatch.NATIONAL_INSURANCE_NUMBER
        : RegistrationMatch.NAME_DATE_OF_BIRTH_POSTCODE;
      known = { person: decision.known.person, on };
    } else if (answer?.samePersonAs) {
      const offered = decision.outcome === 'POSSIBLE_MATCHES' ? decision.possible : [];
      const chosen = offered.find((candidate) => candidate.person.id === answer.samePersonAs);
      if (!chosen) throw badAnswer('answer.samePersonAs is not one of the possible matches for these details.', 'answer.samePersonAs');
      if (!confirmable(chosen)) {
        throw badAnswer(
          'answer.samePersonAs agrees with these details only on the NI number, so it cannot be confirmed: check the number with the person.',
          'answer.samePersonAs',
        );
      }
      known = { person: chosen.person, on: RegistrationMatch.CONFIRMED_BY_THE_PERSON };
    } else if (decision.outcome === 'POSSIBLE_MATCHES' && !answer?.newPerson) {
      return { outcome: RegistrationOutcome.POSSIBLE_MATCHES, person: null, matched: false, matchedOn: null, candidates: decision.possible };
    }
    if (!known && numberHolder) throw numberHeldBySomeoneElse();

    const person = known?.person ?? (await tx.person.create({ data: newPersonData(input, typed) }));
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
      candidates: [] as ScoredCandidate[],
    };
  });

  const { candidates, ...rest } = result;
  return { ...rest, possibleMatches: await possibleMatchesAsSeenBy(candidates, mayBeSeen) };
}

/**
 * The evidence for each possible match, as far as the caller may see. Without `identity` for the
 * candidate it learns only which typed details are the SAME (as it always did): how close the
 * others are would tell it about their date of birth or name, so they read NOT_THE_SAME with no
 * weight. The postcode's closeness (sector, district) needs `contact` too. Each decision is logged.
 */
async function possibleMatchesAsSeenBy(candidates: ScoredCandidate[], mayBeSeen: DetailsMayBeSeen) {
  if (candidates.length === 0) return [];
  const ids = candidates.map((candidate) => candidate.person.id);
  const [identity, contact] = await Promise.all([mayBeSeen.identity(ids), mayBeSeen.contact(ids)]);
  return candidates.map((candidate) => {
    const id = candidate.person.id;
    const seen = (detail: MatchingDetail) => identity.has(id) && (detail !== MatchingDetail.POSTCODE || contact.has(id));
    const evidence = candidate.evidence.map((item) =>
      seen(item.detail) || item.agreement === MatchAgreement.SAME
        ? { ...item, weight: seen(item.detail) ? Math.round(item.weight * 10) / 10 : null }
        : { detail: item.detail, agreement: MatchAgreement.NOT_THE_SAME, weight: null },
    );
    return {
      person: candidate.person,
      agreesOn: evidence.filter((item) => item.agreement === MatchAgreement.SAME).map((item) => item.detail),
      differsOn: evidence.filter((item) => item.agreement !== MatchAgreement.SAME).map((item) => item.detail),
      evidence,
      confirmable: confirmable(candidate),
      firstRegistered: new Date(candidate.person.createdAt).toISOString().slice(0, 7),
    };
  });
}

const newPersonData = (input: RegisterPersonInput, typed: TypedDetails) => ({
  givenName: input.givenName.trim(),
  familyName: input.familyName.trim(),
  preferredName: input.preferredName?.trim() || null,
  previousFamilyName: input.previousFamilyName?.trim() || null,
  dateOfBirth: input.dateOfBirth,
  nationalInsuranceNumber: typed.nationalInsuranceNumber,
  postcode: input.postcode?.trim().toUpperCase() || null,
  phone: input.phone?.trim() || null,
  email: input.email?.trim() || null,
  ...matchingColumns(input),
});
