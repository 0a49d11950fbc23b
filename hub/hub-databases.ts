import { subgraphRegistry } from '../subgraphs/registry';
import { databaseName, databaseOnServer, databaseUrlFromEnvironment, type DatabaseUrls } from './database-url';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface HubDatabases {
  urls: DatabaseUrls;
  /** The embedded server, if this started one; null when every database is elsewhere. */
  embeddedServerUrl: string | null;
  stop(): Promise<void>;
}

/**
 * Where `names` subgraphs keep their data: the database `<SUBGRAPH>_DATABASE_URL` names, or,
 * for each subgraph without one, its own database on an embedded PostgreSQL server kept under
 * `dataDir` (started only if some subgraph needs it).
 */
export async function openHubDatabases(dataDir: string, options: { port?: number; names?: string[] } = {}): Promise<HubDatabases> {
  const names = options.names ?? subgraphRegistry.map(({ definition }) => definition.name);
  const fromEnvironment = Object.fromEntries(names.map((name) => [name, databaseUrlFromEnvironment(name)]));
  if (names.every((name) => fromEnvironment[name])) {
    return { urls: fromEnvironment as DatabaseUrls, embeddedServerUrl: null, async stop() {} };
  }
  const server = await startEmbeddedPostgres(dataDir, options.port ?? 0);
  const urls = Object.fromEntries(names.map((name) => [name, fromEnvironment[name] ?? databaseOnServer(server.serverUrl, databaseName(name))]));
  return { urls, embeddedServerUrl: server.serverUrl, stop: server.stop };
}
