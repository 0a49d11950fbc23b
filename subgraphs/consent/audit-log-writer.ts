import Database, { type Statement } from 'better-sqlite3';
import type { SqlStatementCounter } from '../kit/database';
import { GENESIS_HASH, hashEntry, type AuditEntry } from './audit-chain';
import { storedDate } from './stored-dates';
import { inWriteOrder } from './write-order';

const COLUMNS = [
  'at', 'subject', 'agency', 'role', 'personId', 'subgraph', 'fieldPath', 'category',
  'decision', 'reason', 'consentId', 'justification', 'requestId', 'correlationId', 'previousHash', 'hash',
] as const;
/** SQLite's older builds bind at most 999 parameters a statement: 62 rows of 16 stay under. */
const ROWS_PER_INSERT = 62;

interface PendingAppend {
  entries: AuditEntry[];
  written(): void;
  failed(error: unknown): void;
}

/**
 * Appends to the hash-chained audit log through a SQLite connection of its own, with prepared
 * multi-row INSERTs: a caseload request decides hundreds of (person, category) pairs, and
 * writing them through Prisma cost three times the write itself (BENCHMARKS.md). Reads of the
 * log stay with Prisma.
 *
 * Group commit: every batch of decisions that arrives while a write is waiting its turn goes
 * into that write's one transaction, so concurrent requests share one sync of the log to disk
 * instead of one each. No batch is acknowledged (and no answer leaves) before its commit.
 */
export class AuditLogWriter {
  private readonly connection: Database.Database;
  private readonly lastHash: Statement<[], { hash: string }>;
  private readonly inserts = new Map<number, Statement>();
  private readonly appendInTransaction: Database.Transaction<(entries: AuditEntry[]) => void>;
  private readonly openBreakGlassReview: Statement;
  private pending: PendingAppend[] = [];

  constructor(file: string, private readonly statements: SqlStatementCounter) {
    this.connection = new Database(file, { timeout: 5000 });
    this.connection.pragma('journal_mode = WAL');
    this.lastHash = this.connection.prepare('SELECT hash FROM "AuditEvent" ORDER BY sequence DESC LIMIT 1');
    this.appendInTransaction = this.connection.transaction((entries: AuditEntry[]) => this.write(entries));
    // One review item per request, whichever subgraph's decisions reach the log first.
    this.openBreakGlassReview = this.connection.prepare(
      'INSERT OR IGNORE INTO "BreakGlassAccess" ("requestId", "at", "subject", "agency", "role", "justification") VALUES (?, ?, ?, ?, ?, ?)',
    );
  }

  /** Resolves once `entries` are committed, linked to the entry before them. */
  append(entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    return new Promise((written, failed) => {
      this.pending.push({ entries, written, failed });
      // After this turn's I/O, so that decisions arriving together are written together.
      if (this.pending.length === 1) setImmediate(() => void inWriteOrder(() => this.writePending()));
    });
  }

  private writePending(): void {
    const batch = this.pending;
    this.pending = [];
    try {
      this.appendInTransaction.immediate(batch.flatMap((append) => append.entries));
    } catch (error) {
      for (const append of batch) append.failed(error);
      return;
    }
    for (const append of batch) append.written();
  }

  close(): void {
    this.connection.close();
  }

  private write(entries: AuditEntry[]): void {
    let previousHash = this.lastHash.get()?.hash ?? GENESIS_HASH;
    this.statements.count += 1; // the chain's tail: part of the write, not a read of anyone's data
    const values = entries.map((entry) => {
      const hash = hashEntry(previousHash, entry);
      const row = { ...entry, at: storedDate(entry.at), previousHash, hash };
      previousHash = hash;
      return COLUMNS.map((column) => row[column]);
    });
    for (let start = 0; start < values.length; start += ROWS_PER_INSERT) {
      const chunk = values.slice(start, start + ROWS_PER_INSERT);
      const insert = this.insertOf(chunk.length);
      insert.run(chunk.flat());
      this.statements.record(insert.source);
    }
    for (const entry of firstBreakGlassEntryOfEachRequest(entries)) {
      this.openBreakGlassReview.run(entry.requestId, storedDate(entry.at), entry.subject, entry.agency, entry.role, entry.justification);
      this.statements.record(this.openBreakGlassReview.source);
    }
  }

  private insertOf(rows: number): Statement {
    let insert = this.inserts.get(rows);
    if (!insert) {
      const row = `(${COLUMNS.map(() => '?').join(', ')})`;
      insert = this.connection.prepare(`INSERT INTO "AuditEvent" (${COLUMNS.map((column) => `"${column}"`).join(', ')}) VALUES ${Array(rows).fill(row).join(', ')}`);
      this.inserts.set(rows, insert);
    }
    return insert;
  }
}

function firstBreakGlassEntryOfEachRequest(entries: AuditEntry[]): AuditEntry[] {
  const first = new Map<string, AuditEntry>();
  for (const entry of entries) if (entry.reason === 'BREAK_GLASS' && !first.has(entry.requestId)) first.set(entry.requestId, entry);
  return [...first.values()];
}
