import { subgraphRegistry } from '../subgraphs/registry';
import type { HubConfig } from './hub-config';

/**
 * The whole hub inside one process, every service on a free port, signing its own tokens, over
 * `dataDir` (an embedded PostgreSQL server there, unless `databases` are given): what the tests and the demo start.
 */
export const inProcessHubConfig = (dataDir: string): HubConfig => ({
  host: '127.0.0.1',
  gatewayPort: 0,
  subgraphPorts: Object.fromEntries(subgraphRegistry.map(({ definition }) => [definition.name, 0])),
  dataDir,
  embeddedPostgresPort: 0,
  tokens: { kind: 'local' },
  demoData: true,
});
