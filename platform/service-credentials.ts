import { jwtVerify } from 'jose';
import { isKnownAgency } from '../schema/agency-registry';
import { ACCEPTED_ALGORITHMS, verificationKeys, type AuthSettings } from './verification-keys';
import { cacheVerified } from './verified-token-cache';

/**
 * Services prove who they are with a credential of their own, sent beside the caller's token:
 * a JWT for the services' audience (client-credentials style), signed by the hub's local key on
 * the embedded default or by the identity provider in production. A subgraph's name and owning
 * agency come from its credential, never from what it sends.
 */
export const SERVICE_CREDENTIAL_HEADER = 'x-service-credential';

export interface CallingService {
  /** `gateway`, or the subgraph's name. */
  name: string;
  /** The agency that owns the service's records; null for the gateway and the hub core. */
  agency: string | null;
  /** The service holds records that two agencies hold as their own (referrals), and may say who holds them. */
  holdsSharedRecords: boolean;
}

/** The claims a service credential carries beyond subject, issuer, audience and expiry. */
export interface ServiceCredentialClaims {
  service: string;
  agency?: string;
  holds_shared_records?: boolean;
}

export class InvalidServiceCredentialError extends Error {}

const SERVICE_NAME = /^[a-z][a-z0-9-]{0,62}$/;

export function callingServiceFromClaims(claims: Record<string, unknown>): CallingService {
  const { service, agency, holds_shared_records: holdsSharedRecords, sub } = claims;
  if (typeof service !== 'string' || !SERVICE_NAME.test(service) || sub !== `service:${service}`) {
    throw new InvalidServiceCredentialError('service credential does not name its service');
  }
  if (agency !== undefined && !isKnownAgency(agency)) {
    throw new InvalidServiceCredentialError('service credential names an agency the hub does not know');
  }
  return { name: service, agency: (agency as string | undefined) ?? null, holdsSharedRecords: holdsSharedRecords === true };
}

export type ServiceCredentialVerifier = (credential: string) => Promise<CallingService>;

export function createServiceCredentialVerifier(settings: AuthSettings): ServiceCredentialVerifier {
  const keys = verificationKeys(settings);
  return cacheVerified(async (credential) => {
    const { payload } = await jwtVerify(credential, keys, {
      issuer: settings.issuer,
      audience: settings.serviceAudience,
      algorithms: ACCEPTED_ALGORITHMS,
    });
    return callingServiceFromClaims(payload);
  });
}
