import doubleMetaphone from 'talisman/phonetics/double-metaphone';

/**
 * The normalised forms registration compares and the indexed keys it looks candidates up by
 * (blocking): the NI number, the date of birth, each name's phonetic code, and the postcode.
 */

/** "ab 12 34 56 c" -> "AB123456C" */
export const normaliseNationalInsuranceNumber = (value: string): string => value.replace(/\s+/g, '').toUpperCase();

/** "Mary-Anne " -> "maryanne": case, accents, spaces and punctuation ignored. */
export const nameLetters = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** "Mary-Anne", "O'Neil " -> "maryanne|oneil". */
export const matchName = (givenName: string, familyName: string): string => `${nameLetters(givenName)}|${nameLetters(familyName)}`;

/** "sw1a 1aa" -> "SW1A1AA" */
export const matchPostcode = (value: string): string => value.replace(/\s+/g, '').toUpperCase();

/** The primary double metaphone code of a name in its matching form ("" for none): "Dupcheckbope" and "Dupchekbope" share "TPXK". */
export const phoneticCode = (letters: string): string => (letters ? doubleMetaphone(letters.toUpperCase())[0] : '');

export interface IdentityDetails {
  givenName: string;
  familyName: string;
  postcode?: string | null;
  previousFamilyName?: string | null;
}

/** The matching columns of a Person row, from the details as typed: every writer of a Person uses this. */
export function matchingColumns(details: IdentityDetails) {
  const given = nameLetters(details.givenName);
  const family = nameLetters(details.familyName);
  const previous = details.previousFamilyName ? nameLetters(details.previousFamilyName) : '';
  return {
    matchName: `${given}|${family}`,
    matchPostcode: details.postcode ? matchPostcode(details.postcode) : null,
    matchPreviousFamilyName: previous || null,
    givenNameCode: phoneticCode(given),
    familyNameCode: phoneticCode(family),
  };
}
