import { createLocalJWKSet, createRemoteJWKSet, type JSONWebKeySet } from 'jose';

/**
 * Where caller tokens and service credentials are checked against: the hub's own local key
 * (embedded default), or an identity provider's JWKS endpoint (production). User tokens and
 * service credentials carry different audiences, so neither can pass for the other.
 */
export type AuthSettings =
  | { kind: 'local'; keys: JSONWebKeySet; issuer: string; audience: string; serviceAudience: string }
  | { kind: 'jwks'; jwksUrl: string; issuer: string; audience: string; serviceAudience: string };

export const ACCEPTED_ALGORITHMS = ['ES256', 'RS256', 'PS256', 'EdDSA'];

export function verificationKeys(settings: AuthSettings) {
  return settings.kind === 'local' ? createLocalJWKSet(settings.keys) : createRemoteJWKSet(new URL(settings.jwksUrl));
}
