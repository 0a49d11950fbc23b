import { SignJWT } from 'jose';
import type { Role } from '../platform/caller';
import { LOCAL_AUDIENCE, LOCAL_ISSUER, type LocalSigningKey } from './local-signing-key';

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
