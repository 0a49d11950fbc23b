import type { Pool, PoolClient } from 'pg';
import type { SqlStatementCounter } from '../kit/database';
import { GENESIS_HASH, hashEntry, type AuditEntry } from './audit-chain';

/** The advisory lock every consent process takes to append: one log, however many replicas write it. */
export const AUDIT_LOG_LOCK = 0x4155_4449; // 'AUDI'

const COLUMNS = [
  'at', 'subject', 'agency', 'role', 'personId', 'subgraph', 'fieldPath', 'category',
  'decision', 'reason', 'consentId', 'justification', 'requestId', 'correlationId', 'previousHash', 'hash',
] as const;

const TAIL = { name: 'audit-tail', text: 'SELECT hash FROM "AuditEvent" ORDER BY sequence DESC LIMIT 1' };
/** Every row of a batch in one statement of one plan, whatever the batch size: one array per column. */
const INSERT = {
  name: 'audit-insert',
  text:
    `INSERT INTO "AuditEvent" (${COLUMNS.map((column) => `"${column}"`).join(', ')}) ` +
    `SELECT * FROM unnest($1::timestamp[], ${COLUMNS.slice(1).map((_, index) => `$${index + 2}::text[]`).join(', ')})`,
};

/** One review item per request, whichever subgraph's decisions reach the log first. */
const OPEN_BREAK_GLASS_REVIEW = {
  name: 'open-break-glass-review',
  text:
    'INSERT INTO "BreakGlassAccess" ("requestId", "at", "subject", "agency", "role", "justification") ' +
    'VALUES ($1, $2::timestamp, $3, $4, $5, $6) ON CONFLICT ("requestId") DO NOTHING',
};

interface PendingAppend {
  entries: AuditEntry[];
  written(): void;
  failed(error: unknown): void;
}

/**
 * Appends to the hash-chained audit log with one prepared multi-row INSERT per batch: a caseload
 * request decides hundreds of (person, category) pairs, and writing them through Prisma cost
 * three times the write itself (BENCHMARKS.md). Reads of the log stay with Prisma.
 *
 * Replicas: each append takes a transaction-scoped advisory lock before reading the chain's
 * tail, so appends from any number of consent processes are serialised in the database and
 * the log stays one chain. Group commit: the batches that arrive while a write is in flight go
 * into the next write's one transaction, so concurrent requests share one commit. No batch is
 * acknowledged (and no answer leaves) before its commit.
 */
export class AuditLogWriter {
  private pending: PendingAppend[] = [];
  private writing = false;

  constructor(private readonly pool: Pool, private readonly statements: SqlStatementCounter) {}

  /** Resolves once `entries` are committed, linked to the entry before them. */
  append(entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    return new Promise((written, failed) => {
      this.pending.push({ entries, written, failed });
      this.schedule();
    });
  }

  private schedule(): void {
    // After this turn's I/O, so that decisions arriving together are written together.
    if (!this.writing && this.pending.length > 0) {
      this.writing = true;
      setImmediate(() => void this.writePending());
    }
  }

  private async writePending(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    try {
      await this.inTransaction((connection) => this.write(connection, batch.flatMap((append) => append.entries)));
      for (const append of batch) append.written();
    } catch (error) {
      for (const append of batch) append.failed(error);
    } finally {
      this.writing = false;
      this.schedule();
    }
  }

  private async inTransaction(work: (connection: PoolClient) => Promise<void>): Promise<void> {
    const connection = await this.pool.connect();
    try {
      await connection.query('BEGIN');
      try {
        await work(connection);
        await connection.query('COMMIT');
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    } finally {
      connection.release();
    }
  }

  private async write(connection: PoolClient, entries: AuditEntry[]): Promise<void> {
    await connection.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOG_LOCK]);
    const tail = await connection.query<{ hash: string }>(TAIL);
    // The lock and the chain's tail: part of the write, not reads of anyone's data.
    this.statements.count += 2;
    let previousHash = tail.rows[0]?.hash ?? GENESIS_HASH;
    const columns: Array<Array<string | null>> = COLUMNS.map(() => []);
    for (const entry of entries) {
      const hash = hashEntry(previousHash, entry);
      // `at` as UTC text: the `timestamp` column Prisma reads back as UTC drops the `Z`.
      const row = { ...entry, at: entry.at.toISOString(), previousHash, hash };
      COLUMNS.forEach((column, index) => columns[index].push(row[column]));
      previousHash = hash;
    }
    await connection.query({ ...INSERT, values: columns });
    this.statements.record(INSERT.text);
    for (const entry of firstBreakGlassEntryOfEachRequest(entries)) {
      await connection.query({
        ...OPEN_BREAK_GLASS_REVIEW,
        values: [entry.requestId, entry.at.toISOString(), entry.subject, entry.agency, entry.role, entry.justification],
      });
      this.statements.record(OPEN_BREAK_GLASS_REVIEW.text);
    }
  }
}

function firstBreakGlassEntryOfEachRequest(entries: AuditEntry[]): AuditEntry[] {
  const first = new Map<string, AuditEntry>();
  for (const entry of entries) if (entry.reason === 'BREAK_GLASS' && !first.has(entry.requestId)) first.set(entry.requestId, entry);
  return [...first.values()];
}
