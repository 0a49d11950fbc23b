import type { Pool } from 'pg';
import type { SqlStatementCounter } from './database';
import type { AuditEntry, AuditRecorder } from './audit-recorder';

/** The columns of an outbox row beside its sequence: the fields of the audit entry's leaf. */
export const OUTBOX_COLUMNS = [
  'at', 'subject', 'agency', 'role', 'personId', 'subgraph', 'fieldPath', 'category',
  'decision', 'reason', 'consentId', 'justification', 'requestId', 'correlationId',
] as const;

/** Every entry of a group commit in one statement of one plan, whatever the batch size: one array per column. */
const INSERT = {
  name: 'audit-outbox-insert',
  text:
    `INSERT INTO "AuditOutbox" (${OUTBOX_COLUMNS.map((column) => `"${column}"`).join(', ')}) ` +
    `SELECT * FROM unnest($1::timestamp[], ${OUTBOX_COLUMNS.slice(1).map((_, index) => `$${index + 2}::text[]`).join(', ')})`,
};

interface PendingRecord {
  entries: AuditEntry[];
  written(): void;
  failed(error: unknown): void;
}

/**
 * The audit outbox of one subgraph process (docs/AUDIT_LOG.md, "The audit outbox"): the entries of
 * its access decisions are committed to the subgraph's own database before any answer leaves, then
 * shipped to the consent subgraph's Merkle log (audit-shipper.ts). Group commit, as the central
 * writer (consent/audit-log-writer.ts): the entries recorded while an insert is in flight go into
 * the next insert, one prepared multi-row statement, its own commit.
 */
export class AuditOutbox implements AuditRecorder {
  private pending: PendingRecord[] = [];
  private writing = false;

  constructor(
    private readonly pool: Pool,
    private readonly statements: SqlStatementCounter,
    /** Told after each commit: the shipper. */
    private readonly committed: () => void = () => undefined,
  ) {}

  record(entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    return new Promise((written, failed) => {
      this.pending.push({ entries, written, failed });
      this.schedule();
    });
  }

  private schedule(): void {
    if (!this.writing && this.pending.length > 0) {
      this.writing = true;
      setImmediate(() => void this.writePending());
    }
  }

  private async writePending(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    try {
      const columns: unknown[][] = OUTBOX_COLUMNS.map(() => []);
      for (const entry of batch.flatMap((record) => record.entries)) {
        // `at` as UTC text: the `timestamp` column drops the zone, and is read back as UTC.
        const row = { ...entry, at: entry.at.toISOString() };
        OUTBOX_COLUMNS.forEach((column, at) => columns[at].push(row[column] ?? null));
      }
      // One statement outside an explicit transaction: it commits on its own, all rows or none.
      await this.pool.query({ ...INSERT, values: columns });
      this.statements.record(INSERT.text);
      for (const record of batch) record.written();
      this.committed();
    } catch (error) {
      for (const record of batch) record.failed(error);
    } finally {
      this.writing = false;
      this.schedule();
    }
  }
}
