import jaroWinkler from 'talisman/metrics/jaro-winkler';
import { MatchAgreement as A } from './match-evidence.type';
import { phoneticCode } from './matching-keys';
import { areNameVariants } from './name-variants';

/**
 * One detail typed in against the one on record, as a level of matching-weights.ts. Names come in
 * matching form (nameLetters), postcodes without spaces, NI numbers normalised, dates YYYY-MM-DD.
 */

function spelling(a: string, b: string): A {
  if (a === b) return A.SAME;
  const similarity = jaroWinkler(a, b);
  if (Math.min(a.length, b.length) >= 4 && similarity >= 0.92) return A.CLOSE_SPELLING;
  if (similarity >= 0.88 || phoneticCode(a) === phoneticCode(b)) return A.SOUNDS_ALIKE;
  return A.DIFFERENT;
}

const ORDER = [A.SAME, A.NICKNAME, A.PREVIOUS_NAME, A.CLOSE_SPELLING, A.SOUNDS_ALIKE, A.DIFFERENT];
const best = (levels: A[]) => ORDER.find((level) => levels.includes(level)) ?? A.DIFFERENT;

/** Against the given name on record and the preferred name, whichever agrees better. */
export function compareGivenName(typed: string, onRecord: string[]): A {
  return best(onRecord.filter(Boolean).map((name) => (name !== typed && areNameVariants(typed, name) ? A.NICKNAME : spelling(typed, name))));
}

/** The family name typed (and any previous one typed) against the family name on record and its previous one. */
export function compareFamilyName(typed: { family: string; previous: string | null }, onRecord: { family: string; previous: string | null }): A {
  const levels = [spelling(typed.family, onRecord.family)];
  if (typed.family === onRecord.previous || (typed.previous && typed.previous === onRecord.family)) levels.push(A.PREVIOUS_NAME);
  return best(levels);
}

/** One position different, or two neighbouring positions swapped, in strings of one length. */
function oneSlipApart(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const differing = [...a].flatMap((char, index) => (char === b[index] ? [] : [index]));
  if (differing.length === 1) return true;
  return differing.length === 2 && differing[1] === differing[0] + 1 && a[differing[0]] === b[differing[1]] && a[differing[1]] === b[differing[0]];
}

export function compareDateOfBirth(typed: string, onRecord: string): A {
  if (typed === onRecord) return A.SAME;
  const [year, month, day] = typed.split('-');
  if (month !== day && onRecord === `${year}-${day}-${month}`) return A.DAY_AND_MONTH_SWAPPED;
  return oneSlipApart(typed, onRecord) ? A.DIGIT_SLIP : A.DIFFERENT;
}

/** "NE62PL" -> district "NE6", sector "NE62": the inward code is always the last three characters. */
const district = (postcode: string) => postcode.slice(0, -3);
const sector = (postcode: string) => postcode.slice(0, -2);

export function comparePostcode(typed: string, onRecord: string): A {
  if (typed === onRecord) return A.SAME;
  if (sector(typed) === sector(onRecord)) return A.SAME_SECTOR;
  return district(typed) === district(onRecord) ? A.SAME_DISTRICT : A.DIFFERENT;
}

export function compareNationalInsuranceNumber(typed: string, onRecord: string): A {
  if (typed === onRecord) return A.SAME;
  return oneSlipApart(typed, onRecord) ? A.ONE_CHARACTER_DIFFERENT : A.DIFFERENT;
}
