import { AuditShipments } from '../subgraphs/kit/audit-shipments';
import { ConsentCopyPolls } from '../subgraphs/kit/consent-copy-polls';
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
    // One long poll keeps every copy of this process current (the consent subgraph's own among them, which is first).
    const consentCopyPolls = new ConsentCopyPolls();
    // And one shipment carries every outbox's audit entries to consent's log.
    const auditShipments = new AuditShipments();
    for (const { definition } of inStartOrder) {
      const running = await startSubgraph(definition, {
        port: options.ports[definition.name] ?? 0,
        host: options.host,
        databaseUrl: options.databases[definition.name],
        dataDir: options.dataDir,
        auth: options.auth,
        serviceCredential: await options.serviceCredentialFor(subgraphIdentity(definition)),
        consentUrl,
        consentCopyPolls,
        auditShipments,
        subgraphUrls: () => Object.fromEntries([...subgraphs].map(([name, running]) => [name, running.url])),
      });
      subgraphs.set(definition.name, running);
    }
    await everyConsentCopySynced(subgraphs);
    return subgraphs;
  } catch (error) {
    await stopSubgraphSet(subgraphs);
    throw error;
  }
}

/** Generous: in one process the consent subgraph is already up, so a copy this late is a fault, not a slow start. */
const COPY_SYNC_WAIT_MS = 60_000;

/**
 * A set that answered before each consent copy's first sync would refuse every guarded field it
 * serves (a loaded machine can take longer than the 5 s a subgraph waits on its own).
 */
async function everyConsentCopySynced(subgraphs: Map<string, RunningSubgraph>): Promise<void> {
  const synced = await Promise.all([...subgraphs.values()].map(async (subgraph) => [subgraph.name, await subgraph.consentCopySynced(COPY_SYNC_WAIT_MS)] as const));
  const late = synced.filter(([, ok]) => !ok).map(([name]) => name);
  if (late.length) throw new Error(`The consent copies of ${late.join(', ')} did not sync within ${COPY_SYNC_WAIT_MS / 1000} s: is the consent subgraph answering its /consent-copy?`);
}

export async function stopSubgraphSet(subgraphs: Map<string, RunningSubgraph>): Promise<void> {
  await Promise.all([...subgraphs.values()].map((subgraph) => subgraph.stop()));
}
