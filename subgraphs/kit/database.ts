import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { Pool, type PoolClient } from 'pg';

/** Counts the SQL statements a subgraph sends to its database: read by the N+1 test and the benchmark. */
export class SqlStatementCounter {
  count = 0;
  /** SELECTs only: audit-log inserts grow with the decisions logged, reads must not grow at all. */
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

interface QueryEventSource {
  $on(event: 'query', listener: (event: { query: string }) => void): void;
  $disconnect(): Promise<void>;
  $queryRawUnsafe(query: string): Promise<unknown>;
}

type PrismaClientClass<Client> = new (options: {
  adapter: PrismaPg;
  log: Array<{ emit: 'event'; level: 'query' }>;
  transactionOptions: { maxWait: number; timeout: number };
}) => Client;

export interface Database<Client> {
  client: Client;
  statements: SqlStatementCounter;
  /** The connection pool Prisma runs on, for the few statements a subgraph sends itself. */
  pool: Pool;
  isReachable(): Promise<boolean>;
  close(): Promise<void>;
}

/** Connections per subgraph process: a caseload request fans out into a handful of loader batches at once. */
const POOL_SIZE = 10;

/** Distinct statements one database pool prepares at most (each connection prepares those it runs); any beyond are sent unnamed, as before. */
export const PREPARED_STATEMENTS_MAX = 2_000;

/**
 * Prisma's driver adapter sends every statement unnamed, so PostgreSQL parses and plans the same
 * few dozen statements again on every request. Naming each by its text's hash makes `pg` prepare
 * it once per connection and then only bind and execute it. Statements already named (the consent
 * subgraph's own) and plain-text ones (BEGIN, COMMIT) are left as they are.
 */
function prepareStatements(client: PoolClient, names: Map<string, string>) {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = (config: unknown, ...rest: unknown[]) => {
    if (config && typeof config === 'object' && 'text' in config && !('name' in config && config.name)) {
      const text = String(config.text);
      let name = names.get(text);
      if (!name && names.size < PREPARED_STATEMENTS_MAX) {
        name = `prisma-${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
        names.set(text, name);
      }
      if (name) return query({ ...config, name }, ...rest);
    }
    return query(config, ...rest);
  };
}

/** Opens a subgraph's own PostgreSQL database with its own generated Prisma client, counting every statement. */
export function openDatabase<Client extends QueryEventSource>(ClientClass: PrismaClientClass<Client>, url: string): Database<Client> {
  const pool = new Pool({ connectionString: url, max: POOL_SIZE });
  // A connection the server drops while idle (restart, failover) must not take the process down.
  pool.on('error', () => undefined);
  const statementNames = new Map<string, string>();
  pool.on('connect', (connection) => prepareStatements(connection, statementNames));
  const client = new ClientClass({
    adapter: new PrismaPg(pool),
    log: [{ emit: 'event', level: 'query' }],
    // Prisma's 2 s wait for a pooled connection fails whole writes on a busy machine; a slow answer is better.
    transactionOptions: { maxWait: 15_000, timeout: 30_000 },
  });
  const statements = new SqlStatementCounter();
  client.$on('query', ({ query }) => statements.record(query));
  let closed: Promise<void> | undefined;
  return {
    client,
    statements,
    pool,
    async isReachable() {
      try {
        await pool.query('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    close() {
      // Once, however often asked: a test stops one subgraph, then the whole hub.
      closed ??= client.$disconnect().then(() => pool.end());
      return closed;
    },
  };
}
