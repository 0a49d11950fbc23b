import { decodeJwt } from 'jose';

/** At most this many verified tokens are remembered per verifier; the oldest is forgotten first. */
export const VERIFIED_TOKEN_CACHE_SIZE = 10_000;
/** A verified token is trusted without a new signature check for at most this long (and never past its `exp`). */
export const VERIFIED_TOKEN_CACHE_MS = 60_000;

/**
 * Remembers what a verify function made of a token that passed it, keyed by the exact token
 * string, so that the same token on the next call of the same request (the gateway, each
 * subgraph, the consent subgraph: about a dozen checks per request) costs a map lookup instead of
 * an ES256 signature check. An entry lives until the token's own `exp` or VERIFIED_TOKEN_CACHE_MS,
 * whichever is sooner; a refused token is never remembered, and a token without `exp` never is.
 * THREAT_MODEL.md ("Verified-token cache") says what this gives up.
 */
export function cacheVerified<T>(verify: (token: string) => Promise<T>, options: { size?: number; maxAgeMs?: number; now?: () => number } = {}) {
  const size = options.size ?? VERIFIED_TOKEN_CACHE_SIZE;
  const maxAgeMs = options.maxAgeMs ?? VERIFIED_TOKEN_CACHE_MS;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { value: T; until: number }>();
  return async (token: string): Promise<T> => {
    const hit = entries.get(token);
    if (hit) {
      if (hit.until > now()) return hit.value;
      entries.delete(token);
    }
    const value = await verify(token);
    const { exp } = decodeJwt(token);
    if (typeof exp === 'number') {
      if (entries.size >= size) entries.delete(entries.keys().next().value as string);
      entries.set(token, { value, until: Math.min(exp * 1000, now() + maxAgeMs) });
    }
    return value;
  };
}
