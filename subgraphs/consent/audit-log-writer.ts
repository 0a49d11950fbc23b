import Database, { type Statement } from 'better-sqlite3';
import type { SqlStatementCounter } from '../kit/database';
import { GENESIS_HASH, hashEntry, type AuditEntry } from './audit-chain';
import { storedDate } from './stored-dates';

const COLUMNS = [
  'at', 'subject', 'agency', 'role', 'personId', 'subgraph', 'fieldPath', 'category',
  'decision', 'reason', 'consentId', 'justification', 'requestId', 'previousHash', 'hash',
] as const;
/** SQLite's older builds bind at most 999 parameters a statement: 66 rows of 15 stay under. */
const ROWS_PER_INSERT = 66;

/**
 * Appends to the hash-chained audit log through a SQLite connection of its own, in one
 * transaction per batch of decisions, with prepared multi-row INSERTs. A caseload request
 * decides hundreds of (person, category) pairs, and writing them through Prisma cost three
 * times the write itself (BENCHMARKS.md); reads of the log stay with Prisma. Call only through
 * `inWriteOrder` (write-order.ts).
 */
export class AuditLogWriter {
  private readonly connection: Database.Database;
  private readonly lastHash: Statement<[], { hash: string }>;
  private readonly inserts = new Map<number, Statement>();
  private readonly appendInTransaction: Database.Transaction<(entries: AuditEntry[]) => void>;

  constructor(file: string, private readonly statements: SqlStatementCounter) {
    this.connection = new Database(file, { timeout: 5000 });
    this.connection.pragma('journal_mode = WAL');
    this.lastHash = this.connection.prepare('SELECT hash FROM "AuditEvent" ORDER BY sequence DESC LIMIT 1');
    this.appendInTransaction = this.connection.transaction((entries: AuditEntry[]) => this.write(entries));
  }

  append(entries: AuditEntry[]): void {
    if (entries.length > 0) this.appendInTransaction.immediate(entries);
  }

  close(): void {
    this.connection.close();
  }

  private write(entries: AuditEntry[]): void {
    let previousHash = this.lastHash.get()?.hash ?? GENESIS_HASH;
    this.statements.count += 1;
    this.statements.reads += 1;
    const values = entries.map((entry) => {
      const hash = hashEntry(previousHash, entry);
      const row = { ...entry, at: storedDate(entry.at), previousHash, hash };
      previousHash = hash;
      return COLUMNS.map((column) => row[column]);
    });
    for (let start = 0; start < values.length; start += ROWS_PER_INSERT) {
      const chunk = values.slice(start, start + ROWS_PER_INSERT);
      this.insertOf(chunk.length).run(chunk.flat());
      this.statements.count += 1;
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
