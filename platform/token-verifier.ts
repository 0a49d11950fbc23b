import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { callerFromClaims, type Caller } from './caller';

/**
 * Where caller tokens are checked against: the hub's own local key (embedded default),
 * or an identity provider's JWKS endpoint (production).
 */
export type AuthSettings =
  | { kind: 'local'; keys: JSONWebKeySet; issuer: string; audience: string }
  | { kind: 'jwks'; jwksUrl: string; issuer: string; audience: string };

export type TokenVerifier = (token: string) => Promise<Caller>;

export function createTokenVerifier(settings: AuthSettings): TokenVerifier {
  const keys = settings.kind === 'local' ? createLocalJWKSet(settings.keys) : createRemoteJWKSet(new URL(settings.jwksUrl));
  return async (token) => {
    const { payload } = await jwtVerify(token, keys, {
      issuer: settings.issuer,
      audience: settings.audience,
      algorithms: ['ES256', 'RS256', 'PS256', 'EdDSA'],
    });
    return callerFromClaims(payload);
  };
}
