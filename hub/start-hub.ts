import { startGateway, type RunningGateway } from '../gateway/serve-gateway';
import { startSubgraph, type RunningSubgraph } from '../subgraphs/kit/serve-subgraph';
import { subgraphRegistry } from '../subgraphs/registry';
import type { AuthSettings } from '../subgraphs/kit/token-verifier';
import { databaseUrl } from './database-url';
import type { HubConfig } from './hub-config';
import type { LocalSigningKey } from './local-signing-key';
import { prepareDatabases } from './prepare-databases';
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
 * then the gateway in front. Used by `npm start`, the tests and the benchmark.
 */
export async function startHub(config: HubConfig, options: { prepareDatabases?: boolean } = {}): Promise<RunningHub> {
  if (options.prepareDatabases !== false) await prepareDatabases(config.dataDir, { demoData: config.demoData });
  const { auth, signingKey } = await resolveTokenSettings(config.tokens, config.dataDir);

  const subgraphs = new Map<string, RunningSubgraph>();
  const stopSubgraphs = () => Promise.all([...subgraphs.values()].map((subgraph) => subgraph.stop()));
  try {
    // Consent first: every other subgraph asks it before serving a protected field.
    const inStartOrder = [...subgraphRegistry].sort((a, b) => Number(b.definition.name === 'consent') - Number(a.definition.name === 'consent'));
    const consentUrl = () => subgraphs.get('consent')?.url ?? 'http://consent-not-started.invalid/graphql';
    for (const { definition } of inStartOrder) {
      const running = await startSubgraph(definition, {
        port: config.subgraphPorts[definition.name] ?? 0,
        host: config.host,
        databaseUrl: databaseUrl(definition.name, config.dataDir),
        auth,
        consentUrl,
      });
      subgraphs.set(definition.name, running);
    }
    const gateway = await startGateway({
      port: config.gatewayPort,
      host: config.host,
      auth,
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
        await stopSubgraphs();
      },
    };
  } catch (error) {
    await stopSubgraphs();
    throw error;
  }
}
