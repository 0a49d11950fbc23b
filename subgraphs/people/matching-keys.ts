/**
 * How registration recognises someone already known: the same national insurance number,
 * or the same name, date of birth and postcode once spelling noise is taken out.
 */

/** "ab 12 34 56 c" -> "AB123456C" */
export const normaliseNationalInsuranceNumber = (value: string): string => value.replace(/\s+/g, '').toUpperCase();

/** "Mary-Anne", "O'Neil " -> "maryanne|oneil": case, accents, spaces and punctuation ignored. */
export function matchName(givenName: string, familyName: string): string {
  const letters = (value: string) =>
    value
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
  return `${letters(givenName)}|${letters(familyName)}`;
}

/** "sw1a 1aa" -> "SW1A1AA" */
export const matchPostcode = (value: string): string => value.replace(/\s+/g, '').toUpperCase();
