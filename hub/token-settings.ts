import type { CallingService } from '../platform/service-credentials';
import type { AuthSettings } from '../platform/token-verifier';
import { subgraphVariable } from './environment-names';
import { ConfigError, type TokenSource } from './hub-config';
import { LOCAL_AUDIENCE, LOCAL_ISSUER, LOCAL_SERVICE_AUDIENCE, loadOrCreateLocalSigningKey, type LocalSigningKey } from './local-signing-key';
import { issueServiceCredential } from './tokens';

/** A service's own credential: `<SERVICE>_SERVICE_CREDENTIAL` if set, else (local key only) signed here. */
export type ServiceCredentialFor = (service: CallingService) => Promise<string>;

export interface TokenSettings {
  auth: AuthSettings;
  /** The local key that signs demo tokens; null when tokens come from an identity provider. */
  signingKey: LocalSigningKey | null;
  serviceCredentialFor: ServiceCredentialFor;
}

/** What the gateway and subgraphs verify tokens against, how each service gets its credential, and (embedded default only) the key that signs. */
export async function resolveTokenSettings(source: TokenSource, dataDir: string, env: NodeJS.ProcessEnv = process.env): Promise<TokenSettings> {
  const signingKey = source.kind === 'local' ? await loadOrCreateLocalSigningKey(dataDir) : null;
  const auth: AuthSettings =
    source.kind === 'jwks'
      ? source
      : { kind: 'local', keys: { keys: [signingKey!.publicJwk] }, issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE, serviceAudience: LOCAL_SERVICE_AUDIENCE };
  const serviceCredentialFor: ServiceCredentialFor = async (service) => {
    const variable = subgraphVariable(service.name, 'SERVICE_CREDENTIAL');
    const given = env[variable];
    if (given) return given;
    if (!signingKey) {
      throw new ConfigError(`${variable} is not set: with an identity provider, each service needs the credential the provider issued it.`);
    }
    return issueServiceCredential(signingKey, service);
  };
  return { auth, signingKey, serviceCredentialFor };
}
