import { isKnownAgency } from '../schema/agency-registry';

/**
 * Who is asking: read from the verified bearer token of every request. A service is not a caller:
 * services prove who they are with a credential of their own (service-credentials.ts).
 */
export const ROLES = ['adviser', 'manager', 'dpo', 'client'] as const;
export type Role = (typeof ROLES)[number];

export interface Caller {
  /** Staff id, or for a client the id of their own person record. */
  subject: string;
  /** The agency the staff member works for; `null` for a client. */
  agency: string | null;
  role: Role;
}

export const isStaff = (caller: Caller): boolean => caller.role !== 'client';

/** Staff who work with people's cases: not a client, not a data-protection officer. */
export const worksCases = (caller: Caller): boolean => isStaff(caller) && caller.role !== 'dpo';

export class InvalidClaimsError extends Error {}

/** Turns verified JWT claims into a caller, refusing tokens that say too little. */
export function callerFromClaims(claims: Record<string, unknown>): Caller {
  const { sub, agency, role } = claims;
  if (typeof sub !== 'string' || sub.length === 0) throw new InvalidClaimsError('token has no subject');
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
    throw new InvalidClaimsError(`token role must be one of ${ROLES.join(', ')}`);
  }
  if (role === 'client') return { subject: sub, agency: null, role: 'client' };
  if (typeof agency !== 'string' || agency.length === 0) throw new InvalidClaimsError('staff token has no agency');
  if (!isKnownAgency(agency)) throw new InvalidClaimsError(`token names an agency the hub does not know: ${agency}`);
  return { subject: sub, agency, role: role as Role };
}
