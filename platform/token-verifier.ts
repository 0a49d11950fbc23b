import { jwtVerify } from 'jose';
import { callerFromClaims, type Caller } from './caller';
import { ACCEPTED_ALGORITHMS, verificationKeys, type AuthSettings } from './verification-keys';
import { cacheVerified } from './verified-token-cache';

export type { AuthSettings } from './verification-keys';

export type TokenVerifier = (token: string) => Promise<Caller>;

/**
 * Checks a caller's bearer token (signature, issuer, the hub's audience, expiry) and reads who they
 * are; a token that passed is remembered for its remaining life, at most a minute (verified-token-cache.ts).
 */
export function createTokenVerifier(settings: AuthSettings): TokenVerifier {
  const keys = verificationKeys(settings);
  return cacheVerified(async (token) => {
    const { payload } = await jwtVerify(token, keys, {
      issuer: settings.issuer,
      audience: settings.audience,
      algorithms: ACCEPTED_ALGORITHMS,
    });
    return callerFromClaims(payload);
  });
}
