import { startGateway, type RunningGateway } from '../gateway/serve-gateway';
import type { RunningSubgraph } from '../subgraphs/kit/serve-subgraph';
import type { AuthSettings } from '../platform/token-verifier';
import type { HubConfig } from './hub-config';
import type { LocalSigningKey } from './local-signing-key';
import { prepareDatabases } from './prepare-databases';
import { startSubgraphSet, stopSubgraphSet } from './start-subgraphs';
import { GATEWAY_IDENTITY } from './service-identities';
import { resolveTokenSettings } from './token-settings';

export interface RunningHub {
  gatewayUrl: string;
  gateway: RunningGateway;
  subgraphs: Map<string, RunningSubgraph>;
  auth: AuthSettings;
  /** The local key that signs demo tokens; null when tokens come from an identity provider. */
  signingKey: LocalSigningKey | null;
  stop(): Promise<void>;
}

/**
 * The embedded hub in one process: every subgraph on its own port with its own database,
 * then the gateway in front. Used by `npm start`, the tests and the demo.
 */
export async function startHub(config: HubConfig, options: { prepareDatabases?: boolean } = {}): Promise<RunningHub> {
  if (options.prepareDatabases !== false) await prepareDatabases(config.dataDir, { demoData: config.demoData });
  const { auth, signingKey, serviceCredentialFor } = await resolveTokenSettings(config.tokens, config.dataDir);

  const subgraphs = await startSubgraphSet({ host: config.host, ports: config.subgraphPorts, dataDir: config.dataDir, auth, serviceCredentialFor });
  try {
    const gateway = await startGateway({
      port: config.gatewayPort,
      host: config.host,
      auth,
      serviceCredential: await serviceCredentialFor(GATEWAY_IDENTITY),
      subgraphUrls: Object.fromEntries([...subgraphs].map(([name, subgraph]) => [name, subgraph.url])),
    });
    return {
      gatewayUrl: gateway.url,
      gateway,
      subgraphs,
      auth,
      signingKey,
      async stop() {
        await gateway.stop();
        await stopSubgraphSet(subgraphs);
      },
    };
  } catch (error) {
    await stopSubgraphSet(subgraphs);
    throw error;
  }
}
