import { startSubgraph, type RunningSubgraph } from '../subgraphs/kit/serve-subgraph';
import { subgraphRegistry } from '../subgraphs/registry';
import type { AuthSettings } from '../platform/token-verifier';
import type { DatabaseUrls } from './database-url';
import { subgraphIdentity } from './service-identities';
import type { ServiceCredentialFor } from './token-settings';

export interface SubgraphSetOptions {
  host: string;
  /** Port by subgraph name; 0 or missing for a free port. */
  ports: Record<string, number>;
  databases: DatabaseUrls;
  /** The hub's data folder, for what a subgraph keeps beside its database. */
  dataDir: string;
  auth: AuthSettings;
  serviceCredentialFor: ServiceCredentialFor;
}

/** Every subgraph of the registry, each on its own port over its own database. */
export async function startSubgraphSet(options: SubgraphSetOptions): Promise<Map<string, RunningSubgraph>> {
  const subgraphs = new Map<string, RunningSubgraph>();
  try {
    // Consent first: every other subgraph asks it before serving a protected field.
    const inStartOrder = [...subgraphRegistry].sort((a, b) => Number(b.definition.name === 'consent') - Number(a.definition.name === 'consent'));
    const consentUrl = () => subgraphs.get('consent')?.url ?? 'http://consent-not-started.invalid/graphql';
    for (const { definition } of inStartOrder) {
      const running = await startSubgraph(definition, {
        port: options.ports[definition.name] ?? 0,
        host: options.host,
        databaseUrl: options.databases[definition.name],
        dataDir: options.dataDir,
        auth: options.auth,
        serviceCredential: await options.serviceCredentialFor(subgraphIdentity(definition)),
        consentUrl,
        subgraphUrls: () => Object.fromEntries([...subgraphs].map(([name, running]) => [name, running.url])),
      });
      subgraphs.set(definition.name, running);
    }
    return subgraphs;
  } catch (error) {
    await stopSubgraphSet(subgraphs);
    throw error;
  }
}

export async function stopSubgraphSet(subgraphs: Map<string, RunningSubgraph>): Promise<void> {
  await Promise.all([...subgraphs.values()].map((subgraph) => subgraph.stop()));
}
