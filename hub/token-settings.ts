import type { AuthSettings } from '../platform/token-verifier';
import type { TokenSource } from './hub-config';
import { LOCAL_AUDIENCE, LOCAL_ISSUER, loadOrCreateLocalSigningKey, type LocalSigningKey } from './local-signing-key';

/** What the gateway and subgraphs verify tokens against, and (embedded default only) the key that signs them. */
export async function resolveTokenSettings(
  source: TokenSource,
  dataDir: string,
): Promise<{ auth: AuthSettings; signingKey: LocalSigningKey | null }> {
  if (source.kind === 'jwks') return { auth: source, signingKey: null };
  const signingKey = await loadOrCreateLocalSigningKey(dataDir);
  return {
    auth: { kind: 'local', keys: { keys: [signingKey.publicJwk] }, issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE },
    signingKey,
  };
}
