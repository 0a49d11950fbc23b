import { ValidateBy } from 'class-validator';
import { agencyCodes, isKnownAgency } from '../../schema/agency-registry';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (so 2026-02-30 is refused). */
export function isIsoDate(value: unknown): boolean {
  const parts = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!parts) return false;
  const date = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** A calendar date written YYYY-MM-DD: how every date without a time travels through the hub. */
export const IsIsoDate = () =>
  ValidateBy({
    name: 'isIsoDate',
    validator: {
      validate: isIsoDate,
      defaultMessage: (args) => `${args?.property} must be a real date written YYYY-MM-DD`,
    },
  });

/** An agency of `schema/agency-registry.ts`: a referral or a consent cannot name an agency the hub does not know. */
export const IsKnownAgency = () =>
  ValidateBy({
    name: 'isKnownAgency',
    validator: {
      validate: isKnownAgency,
      defaultMessage: (args) => `${args?.property} must be an agency the hub knows: ${agencyCodes.join(', ')}`,
    },
  });
