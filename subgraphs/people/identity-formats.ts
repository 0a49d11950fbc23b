import { ValidateBy } from 'class-validator';
import { isIsoDate } from '../kit/input-formats';

/**
 * HMRC's rules for a national insurance number (National Insurance Manual NIM39110): two prefix
 * letters, neither of them D, F, I, Q, U or V and the second not O, and not one of the prefixes
 * never allocated (BG, GB, KN, NK, NT, TN, ZZ); six digits; a suffix A, B, C or D. Spaces ignored.
 */
const NI_NUMBER = /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/;

/** A temporary reference number (TRN) from HMRC, "11 A1 11 11": a stopgap for someone without a number, never an NI number. */
const TEMPORARY_REFERENCE_NUMBER = /^\d{2}[A-Z]\d{5}$/;

const compact = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() : '');

export const isNationalInsuranceNumber = (value: unknown): boolean => NI_NUMBER.test(compact(value));

export const IsNationalInsuranceNumber = () =>
  ValidateBy({
    name: 'isNationalInsuranceNumber',
    validator: {
      validate: isNationalInsuranceNumber,
      defaultMessage: (args) =>
        TEMPORARY_REFERENCE_NUMBER.test(compact(args?.value))
          ? `${args?.property} is a temporary reference number, not an NI number: leave it out until the person has their NI number`
          : `${args?.property} must be an NI number as HMRC issues them, like AB 12 34 56 C: two letters (not D, F, I, Q, U or V, O not second, not BG, GB, KN, NK, NT, TN or ZZ), six digits, and A, B, C or D`,
    },
  });

/** Not empty and not only spaces: a name that says nothing cannot be matched or read back. */
export const IsNotBlank = () =>
  ValidateBy({
    name: 'isNotBlank',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && value.trim().length > 0,
      defaultMessage: (args) => `${args?.property} must not be blank`,
    },
  });

const OLDEST_YEARS = 120;

/** A real date, before today, and no more than 120 years ago. */
export function isDateOfBirth(value: unknown, today = new Date()): boolean {
  if (!isIsoDate(value)) return false;
  const todayText = today.toISOString().slice(0, 10);
  const oldest = `${String(today.getUTCFullYear() - OLDEST_YEARS).padStart(4, '0')}${todayText.slice(4)}`;
  return (value as string) < todayText && (value as string) >= oldest;
}

export const IsDateOfBirth = () =>
  ValidateBy({
    name: 'isDateOfBirth',
    validator: {
      validate: (value: unknown) => isDateOfBirth(value),
      defaultMessage: (args) =>
        isIsoDate(args?.value)
          ? `${args?.property} must be in the past and no more than ${OLDEST_YEARS} years ago`
          : `${args?.property} must be a real date written YYYY-MM-DD`,
    },
  });
