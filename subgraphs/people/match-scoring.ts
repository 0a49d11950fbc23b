import type { Person as PersonRow } from '../../prisma/people/client/client';
import {
  compareDateOfBirth,
  compareFamilyName,
  compareGivenName,
  compareNationalInsuranceNumber,
  comparePostcode,
} from './match-comparisons';
import { MatchAgreement, MatchingDetail } from './match-evidence.type';
import { nameLetters } from './matching-keys';
import { ALREADY_KNOWN_AT, ALREADY_KNOWN_LEAD, POSSIBLE_MATCH_AT, weightOf } from './matching-weights';

/** What a registration typed in, in matching form. */
export interface TypedDetails {
  givenName: string;
  familyName: string;
  previousFamilyName: string | null;
  dateOfBirth: string;
  postcode: string | null;
  nationalInsuranceNumber: string | null;
}

export interface Evidence {
  detail: MatchingDetail;
  agreement: MatchAgreement;
  weight: number;
}

export interface ScoredCandidate {
  person: PersonRow;
  /** The sum of the evidence's weights (log2 Bayes factors). */
  weight: number;
  evidence: Evidence[];
}

/** Every detail the registration gave, compared with the candidate's: a detail not typed in is not evidence. */
export function scoreCandidate(typed: TypedDetails, person: PersonRow): ScoredCandidate {
  const [givenOnRecord, familyOnRecord] = person.matchName.split('|');
  const comparisons: Array<[MatchingDetail, MatchAgreement]> = [
    [MatchingDetail.GIVEN_NAME, compareGivenName(typed.givenName, [givenOnRecord, nameLetters(person.preferredName ?? '')])],
    [
      MatchingDetail.FAMILY_NAME,
      compareFamilyName({ family: typed.familyName, previous: typed.previousFamilyName }, { family: familyOnRecord, previous: person.matchPreviousFamilyName }),
    ],
    [MatchingDetail.DATE_OF_BIRTH, compareDateOfBirth(typed.dateOfBirth, person.dateOfBirth)],
  ];
  if (typed.postcode) {
    comparisons.push([MatchingDetail.POSTCODE, person.matchPostcode ? comparePostcode(typed.postcode, person.matchPostcode) : MatchAgreement.NOT_ON_RECORD]);
  }
  if (typed.nationalInsuranceNumber) {
    const onRecord = person.nationalInsuranceNumber;
    comparisons.push([
      MatchingDetail.NATIONAL_INSURANCE_NUMBER,
      onRecord ? compareNationalInsuranceNumber(typed.nationalInsuranceNumber, onRecord) : MatchAgreement.NOT_ON_RECORD,
    ]);
  }
  const evidence = comparisons.map(([detail, agreement]) => ({ detail, agreement, weight: weightOf(detail, agreement) }));
  return { person, weight: evidence.reduce((sum, item) => sum + item.weight, 0), evidence };
}

/** More than this many is a register full of duplicates, not a list for a person to read. */
const MOST_LISTED = 10;

export type MatchDecision =
  | { outcome: 'ALREADY_KNOWN'; known: ScoredCandidate }
  | { outcome: 'POSSIBLE_MATCHES'; possible: ScoredCandidate[] }
  | { outcome: 'NO_MATCH' };

/** A candidate the person may confirm is them: its details, not the NI number alone, make it a possible match. */
export const confirmable = (candidate: ScoredCandidate) => candidate.weight >= POSSIBLE_MATCH_AT;

/**
 * ALREADY_KNOWN when the best candidate reaches the high threshold, leads the next clearly, and is
 * the holder of the NI number typed in (if anyone holds it). Otherwise POSSIBLE_MATCHES lists every
 * candidate above the lower threshold, best first, and the NI number's holder whatever its weight:
 * a held number cannot be given to a new person, so it is a question for the person, not an answer.
 */
export function decide(scored: ScoredCandidate[], numberHolderId: string | null): MatchDecision {
  const ranked = [...scored].sort((a, b) => b.weight - a.weight);
  const [best, next] = ranked;
  if (
    best &&
    best.weight >= ALREADY_KNOWN_AT &&
    (!next || best.weight - next.weight >= ALREADY_KNOWN_LEAD) &&
    (numberHolderId === null || numberHolderId === best.person.id)
  ) {
    return { outcome: 'ALREADY_KNOWN', known: best };
  }
  const possible = ranked.filter(confirmable).slice(0, MOST_LISTED);
  const holder = ranked.find((candidate) => candidate.person.id === numberHolderId);
  if (holder && !possible.includes(holder)) possible.push(holder);
  return possible.length > 0 ? { outcome: 'POSSIBLE_MATCHES', possible } : { outcome: 'NO_MATCH' };
}
