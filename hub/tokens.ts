import { SignJWT } from 'jose';
import type { Role } from '../platform/caller';
import type { CallingService, ServiceCredentialClaims } from '../platform/service-credentials';
import { LOCAL_AUDIENCE, LOCAL_ISSUER, LOCAL_SERVICE_AUDIENCE, type LocalSigningKey } from './local-signing-key';

export interface TokenClaims {
  sub: string;
  role: Role;
  /** Required for staff; absent for a client. */
  agency?: string;
}

/** Signs a bearer token with the embedded hub's local key, as an identity provider would. */
export function issueToken(key: LocalSigningKey, claims: TokenClaims, expiresIn = '12h'): Promise<string> {
  return new SignJWT({ role: claims.role, ...(claims.agency ? { agency: claims.agency } : {}) })
    .setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key.privateKey);
}

/**
 * Signs a service's own credential with the embedded hub's local key, as an identity provider's
 * client-credentials grant would: for the services' audience, so it never passes as a user token.
 */
export function issueServiceCredential(key: LocalSigningKey, service: CallingService, expiresIn = '30d'): Promise<string> {
  const claims: ServiceCredentialClaims = {
    service: service.name,
    ...(service.agency ? { agency: service.agency } : {}),
    ...(service.holdsSharedRecords ? { holds_shared_records: true } : {}),
  };
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'JWT' })
    .setSubject(`service:${service.name}`)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_SERVICE_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key.privateKey);
}
