import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';

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

/** Opens a subgraph's own PostgreSQL database with its own generated Prisma client, counting every statement. */
export function openDatabase<Client extends QueryEventSource>(ClientClass: PrismaClientClass<Client>, url: string): Database<Client> {
  const pool = new Pool({ connectionString: url, max: POOL_SIZE });
  // A connection the server drops while idle (restart, failover) must not take the process down.
  pool.on('error', () => undefined);
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
