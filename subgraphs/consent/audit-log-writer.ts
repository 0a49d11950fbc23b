import type { Pool, PoolClient } from 'pg';
import type { SqlStatementCounter } from '../kit/database';
import { encodeAuditLeaf, type AuditLeafFields } from './audit-log/audit-leaf';
import { hashLeaf } from './audit-log/merkle-hashing';
import { appendLeaves, rootOf, type TreeState } from './audit-log/tree-state';

/** What one audit entry records (docs/AUDIT_LOG.md §1): the fields of its Merkle leaf. */
export type AuditEntry = AuditLeafFields;

/** The advisory lock every consent process takes to append: one log, however many replicas write it. */
export const AUDIT_LOG_LOCK = 0x4155_4449; // 'AUDI'

const COLUMNS = [
  'at', 'subject', 'agency', 'role', 'personId', 'subgraph', 'fieldPath', 'category',
  'decision', 'reason', 'consentId', 'justification', 'requestId', 'correlationId',
] as const;

const TREE_STATE = { name: 'audit-tree-state', text: 'SELECT size, "rightEdge" FROM "AuditTreeState" WHERE id = 1' };
/** Every row of a batch in one statement of one plan, whatever the batch size: one array per column. */
const INSERT = {
  name: 'audit-insert',
  text:
    `INSERT INTO "AuditEvent" (${COLUMNS.map((column) => `"${column}"`).join(', ')}, "leafIndex", "leafHash", "sourceSubgraph", "sourceSequence") ` +
    `SELECT * FROM unnest($1::timestamp[], ${COLUMNS.slice(1).map((_, index) => `$${index + 2}::text[]`).join(', ')}, ` +
    `$${COLUMNS.length + 1}::integer[], $${COLUMNS.length + 2}::bytea[], $${COLUMNS.length + 3}::text[], $${COLUMNS.length + 4}::bigint[])`,
};
/** Which of a batch's shipped entries the log holds already (a batch sent again after a crash), with their leaf hashes. */
const ALREADY_APPENDED = {
  name: 'audit-already-appended',
  text:
    'SELECT "sourceSubgraph", "sourceSequence"::text AS "sourceSequence", "leafHash" FROM "AuditEvent" ' +
    'WHERE ("sourceSubgraph", "sourceSequence") IN (SELECT * FROM unnest($1::text[], $2::bigint[]))',
};
const WRITE_TREE_STATE = {
  name: 'audit-write-tree-state',
  text:
    'INSERT INTO "AuditTreeState" (id, size, "rightEdge", root) VALUES (1, $1, $2, $3) ' +
    'ON CONFLICT (id) DO UPDATE SET size = EXCLUDED.size, "rightEdge" = EXCLUDED."rightEdge", root = EXCLUDED.root',
};

/** One review item per request, whichever subgraph's decisions reach the log first. */
const OPEN_BREAK_GLASS_REVIEW = {
  name: 'open-break-glass-review',
  text:
    'INSERT INTO "BreakGlassAccess" ("requestId", "at", "subject", "agency", "role", "justification") ' +
    'VALUES ($1, $2::timestamp, $3, $4, $5, $6) ON CONFLICT ("requestId") DO NOTHING',
};

/** Where a shipped entry comes from: the subgraph (from its credential) and the entry's sequence in that subgraph's outbox. */
export interface AuditEntrySource {
  subgraph: string;
  /** The outbox sequence, as decimal text (a bigint). */
  sequence: string;
}

/** Shipped entries sent again carry the same source; one whose source is known with another leaf is refused, not skipped. */
export class AuditSourceConflictError extends Error {}

interface PendingAppend {
  entries: AuditEntry[];
  /** One per entry when the entries were shipped from a subgraph's outbox. */
  sources: AuditEntrySource[] | null;
  written(): void;
  failed(error: unknown): void;
}

/**
 * Appends to the Merkle audit log (docs/AUDIT_LOG.md) with one prepared multi-row INSERT per
 * batch: a caseload request decides hundreds of (person, category) pairs, and writing them
 * through Prisma cost three times the write itself (BENCHMARKS.md). Reads of the log stay with Prisma.
 *
 * Replicas: each append takes a transaction-scoped advisory lock before reading the tree state,
 * so appends from any number of consent processes are serialised in the database and the log
 * stays one tree: leaf indices follow the tree size, and the tree state is rewritten in the same
 * transaction. Group commit: the batches that arrive while a write is in flight go into the next
 * write's one transaction, so concurrent requests share one commit. No batch is acknowledged (and
 * no answer leaves) before its commit; checkpoints follow (audit-checkpointer.ts).
 */
export class AuditLogWriter {
  private pending: PendingAppend[] = [];
  private writing = false;

  constructor(
    private readonly pool: Pool,
    private readonly statements: SqlStatementCounter,
    /** Told after each commit: the checkpointer. Null when opened only to load demo data: then nothing may be appended. */
    private readonly committed: ((size: number) => void) | null,
  ) {}

  /** Resolves once `entries` are committed as leaves at the end of the log. */
  append(entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    const committed = this.committed;
    if (!committed) return Promise.reject(new Error('the consent database was opened without its audit log settings: nothing may be appended'));
    return new Promise((written, failed) => {
      this.pending.push({ entries, sources: null, written, failed });
      this.schedule();
    });
  }

  /**
   * Appends entries shipped from a subgraph's audit outbox, idempotently: an entry whose source
   * (subgraph, outbox sequence) the log already holds with the same leaf is skipped, inside the
   * append's transaction under the log's lock, so a batch sent again after a crash appends nothing
   * twice. A known source with a different leaf fails this batch (AuditSourceConflictError).
   */
  appendShipped(entries: AuditEntry[], sources: AuditEntrySource[]): Promise<void> {
    if (entries.length !== sources.length) return Promise.reject(new Error('one source per shipped entry'));
    if (entries.length === 0) return Promise.resolve();
    if (!this.committed) return Promise.reject(new Error('the consent database was opened without its audit log settings: nothing may be appended'));
    return new Promise((written, failed) => {
      this.pending.push({ entries, sources, written, failed });
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
      // Encoded before the transaction: an entry that cannot be a leaf fails its own batch without taking the lock.
      const encoded: Array<PendingAppend & { leafHashes: Buffer[] }> = [];
      for (const append of batch) {
        try {
          encoded.push({ ...append, leafHashes: append.entries.map((entry) => hashLeaf(encodeAuditLeaf(entry))) });
        } catch (error) {
          append.failed(error);
        }
      }
      if (encoded.length === 0) return;
      const { state, refused } = await this.inTransaction((connection) => this.write(connection, encoded));
      for (const append of encoded) {
        const conflict = refused.get(append);
        if (conflict) append.failed(conflict);
        else append.written();
      }
      this.committed?.(state.size);
    } catch (error) {
      for (const append of batch) append.failed(error);
    } finally {
      this.writing = false;
      this.schedule();
    }
  }

  private async inTransaction<T>(work: (connection: PoolClient) => Promise<T>): Promise<T> {
    const connection = await this.pool.connect();
    try {
      await connection.query('BEGIN');
      try {
        const result = await work(connection);
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    } finally {
      connection.release();
    }
  }

  private async write(
    connection: PoolClient,
    batch: Array<PendingAppend & { leafHashes: Buffer[] }>,
  ): Promise<{ state: TreeState; refused: Map<PendingAppend, AuditSourceConflictError> }> {
    await connection.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOG_LOCK]);
    const current = await connection.query<{ size: number; rightEdge: Buffer[] | null }>(TREE_STATE);
    // The lock and the tree state: part of the write, not reads of anyone's data.
    this.statements.count += 2;
    const { entries, leafHashes, sources, refused } = await this.withoutDuplicates(connection, batch);
    const before: TreeState = current.rows[0] ? { size: current.rows[0].size, rightEdge: current.rows[0].rightEdge ?? [] } : { size: 0, rightEdge: [] };
    const after = appendLeaves(before, leafHashes);
    const columns: unknown[][] = [...COLUMNS.map(() => []), [], [], [], []];
    entries.forEach((entry, index) => {
      // `at` as UTC text: the `timestamp` column Prisma reads back as UTC drops the `Z`.
      const row = { ...entry, at: entry.at.toISOString() };
      COLUMNS.forEach((column, at) => columns[at].push(row[column]));
      columns[COLUMNS.length].push(before.size + index);
      columns[COLUMNS.length + 1].push(leafHashes[index]);
      columns[COLUMNS.length + 2].push(sources[index]?.subgraph ?? null);
      columns[COLUMNS.length + 3].push(sources[index]?.sequence ?? null);
    });
    await connection.query({ ...INSERT, values: columns });
    this.statements.record(INSERT.text);
    await connection.query({ ...WRITE_TREE_STATE, values: [after.size, after.rightEdge, rootOf(after)] });
    this.statements.record(WRITE_TREE_STATE.text);
    for (const entry of firstBreakGlassEntryOfEachRequest(entries)) {
      await connection.query({
        ...OPEN_BREAK_GLASS_REVIEW,
        values: [entry.requestId, entry.at.toISOString(), entry.subject, entry.agency, entry.role, entry.justification],
      });
      this.statements.record(OPEN_BREAK_GLASS_REVIEW.text);
    }
    return { state: after, refused };
  }

  /** The entries to append: shipped entries the log holds already (or twice in this batch: two replicas shipping at once) left out. */
  private async withoutDuplicates(connection: PoolClient, batch: Array<PendingAppend & { leafHashes: Buffer[] }>) {
    const key = (source: AuditEntrySource) => `${source.subgraph}|${source.sequence}`;
    const shipped = batch.flatMap((append) => append.sources ?? []);
    const held = new Map<string, Buffer>();
    if (shipped.length > 0) {
      const found = await connection.query<{ sourceSubgraph: string; sourceSequence: string; leafHash: Buffer }>({
        ...ALREADY_APPENDED,
        values: [shipped.map((source) => source.subgraph), shipped.map((source) => source.sequence)],
      });
      // Part of the write (which shipped entries it holds already), not a read of anyone's data.
      this.statements.count += 1;
      for (const row of found.rows) held.set(key({ subgraph: row.sourceSubgraph, sequence: row.sourceSequence }), row.leafHash);
    }
    const refused = new Map<PendingAppend, AuditSourceConflictError>();
    const kept: Array<{ entry: AuditEntry; leafHash: Buffer; source: AuditEntrySource | null }> = [];
    for (const append of batch) {
      const mine: typeof kept = [];
      const added = new Map<string, Buffer>();
      append.entries.forEach((entry, index) => {
        const source = append.sources?.[index] ?? null;
        const leafHash = append.leafHashes[index];
        if (source) {
          const known = held.get(key(source)) ?? added.get(key(source));
          if (known && !known.equals(leafHash)) {
            refused.set(append, new AuditSourceConflictError(`${source.subgraph} outbox entry ${source.sequence} is in the audit log already with other fields`));
            return;
          }
          if (known) return;
          added.set(key(source), leafHash);
        }
        mine.push({ entry, leafHash, source });
      });
      if (refused.has(append)) continue;
      kept.push(...mine);
      for (const [k, hash] of added) held.set(k, hash);
    }
    return { entries: kept.map((k) => k.entry), leafHashes: kept.map((k) => k.leafHash), sources: kept.map((k) => k.source), refused };
  }
}

function firstBreakGlassEntryOfEachRequest(entries: AuditEntry[]): AuditEntry[] {
  const first = new Map<string, AuditEntry>();
  for (const entry of entries) if (entry.reason === 'BREAK_GLASS' && !first.has(entry.requestId)) first.set(entry.requestId, entry);
  return [...first.values()];
}
