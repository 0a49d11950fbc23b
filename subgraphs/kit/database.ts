import { fileURLToPath } from 'node:url';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

/** Counts the SQL statements a subgraph sends to its database: read by the N+1 test and the benchmark. */
export class SqlStatementCounter {
  count = 0;
  /** SELECTs only: audit-log inserts grow with the decisions logged (in chunks), reads must not grow at all. */
  reads = 0;
  reset() {
    this.count = 0;
    this.reads = 0;
  }
  /** One statement sent: through Prisma, or on one of a subgraph's own connections. */
  record(sql: string) {
    this.count += 1;
    if (/^\s*SELECT/i.test(sql)) this.reads += 1;
  }
}

/** The SQLite file behind a `file:` URL, as the better-sqlite3 adapter reads it; null for a database server. */
export function sqliteFile(url: string): string | null {
  if (!url.startsWith('file:')) return null;
  return url.startsWith('file://') ? fileURLToPath(url) : url.slice('file:'.length);
}

interface QueryEventSource {
  $on(event: 'query', listener: (event: { query: string }) => void): void;
  $disconnect(): Promise<void>;
  $queryRawUnsafe(query: string): Promise<unknown>;
}

type PrismaClientClass<Client> = new (options: {
  adapter: PrismaBetterSQLite3;
  log: Array<{ emit: 'event'; level: 'query' }>;
}) => Client;

export interface Database<Client> {
  client: Client;
  statements: SqlStatementCounter;
  isReachable(): Promise<boolean>;
  close(): Promise<void>;
}

/** What better-sqlite3's SQLite is built with (`PRAGMA compile_options`: MAX_VARIABLE_NUMBER). */
const SQLITE_MAX_VARIABLE_NUMBER = 32766;

/**
 * Prisma assumes SQLite binds at most 999 parameters unless the driver adapter says otherwise,
 * and the better-sqlite3 adapter does not say: a loader batch of 1,000 people then fails
 * outright. This adapter says what its SQLite allows, so one batch stays one query.
 */
function withSqliteBindLimit(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () =>
    Object.assign(await connect(), { getConnectionInfo: () => ({ maxBindValues: SQLITE_MAX_VARIABLE_NUMBER, supportsRelationJoins: false }) });
  return factory;
}

/** Opens a subgraph's own database with its own generated Prisma client, counting every statement. */
export function openDatabase<Client extends QueryEventSource>(
  ClientClass: PrismaClientClass<Client>,
  url: string,
): Database<Client> {
  const client = new ClientClass({
    adapter: withSqliteBindLimit(new PrismaBetterSQLite3({ url })),
    log: [{ emit: 'event', level: 'query' }],
  });
  // Write-ahead logging: readers never wait for a writer, and a commit costs one sync of the log
  // rather than a rollback journal's several. Synchronous stays FULL: a decision the audit log
  // has acknowledged survives a power cut.
  void client.$queryRawUnsafe('PRAGMA journal_mode = WAL').catch(() => undefined);
  const statements = new SqlStatementCounter();
  client.$on('query', ({ query }) => statements.record(query));
  return {
    client,
    statements,
    async isReachable() {
      try {
        await client.$queryRawUnsafe('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    close: () => client.$disconnect(),
  };
}
