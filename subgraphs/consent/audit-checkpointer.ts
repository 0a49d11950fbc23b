import type { Pool } from 'pg';
import { auditCheckpointLagSeconds, auditCheckpointRefusalsTotal } from '../../platform/metrics';
import { hubLog } from '../../platform/request-log';
import { CheckpointRefusedError, issueCheckpoint } from './audit-log/checkpoint-issuer';
import type { AuditLogSettings } from './audit-log-settings';

/** The checkpoint signers of every replica take turns, so that each checkpoint extends the one before. */
export const AUDIT_CHECKPOINT_LOCK = 0x4143_4850; // 'ACHP'

/**
 * Checkpoints start at most this long after the previous one started: a checkpoint follows an
 * append within this delay plus one checkpoint's work (a lock, two reads, one signature, one synced
 * write). The bound stated in docs/AUDIT_LOG.md §8 is 250 ms; `npm run bench -- --only checkpoint-lag` measures it.
 */
export const CHECKPOINT_INTERVAL_MS = 100;

/** A checkpoint names the old hash chain's head when it is the log's first (docs/AUDIT_LOG.md, "Entries from the hash chain"). */
export const LEGACY_CHAIN_HEAD = 'legacy-chain-head';

export interface CheckpointLag {
  /** Milliseconds from the commit of the oldest entry not yet under a checkpoint to the checkpoint covering it. */
  lagMs: number;
  size: number;
}

/**
 * Signs and stores a checkpoint after append batches (docs/AUDIT_LOG.md §8). Each replica runs
 * one: after a commit it schedules a checkpoint, at most every CHECKPOINT_INTERVAL_MS; under the
 * checkpoint lock it reads the latest stored checkpoint, the tree state and the leaf hashes since,
 * and signs only if they extend what it signed before (checkpoint-issuer.ts). A refusal is an
 * alarm: it is logged at `fatal`, counted, and this replica signs nothing more.
 */
export class AuditCheckpointer {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private lastStart = 0;
  private oldestUncovered: number | null = null;
  private stopped = false;
  /** Why this replica stopped signing, if it did. */
  refusal: CheckpointRefusedError | null = null;
  /** Every lag measured, for the benchmark (bounded: the newest 10,000). */
  readonly lags: CheckpointLag[] = [];

  constructor(private readonly pool: Pool, private readonly settings: AuditLogSettings) {}

  /** An append batch committed: a checkpoint is due. */
  appended(): void {
    this.oldestUncovered ??= performance.now();
    this.schedule();
  }

  /** Signs now if the log has grown past the latest checkpoint (at start: entries a crash left unsigned, or the old hash chain). */
  catchUp(): void {
    this.schedule();
  }

  /** Resolves when no checkpoint is due or under way: every entry committed so far is under a stored checkpoint (or signing was refused). */
  async settled(): Promise<void> {
    while (this.timer || this.running) {
      if (this.running) await this.running;
      else await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  async stop(): Promise<void> {
    await this.settled();
    this.stopped = true;
    await this.settings.checkpoints.close?.();
  }

  private schedule(): void {
    if (this.stopped || this.refusal || this.timer) return;
    if (this.running) {
      this.again = true;
      return;
    }
    const wait = Math.max(0, this.lastStart + CHECKPOINT_INTERVAL_MS - performance.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.run();
    }, wait);
  }

  private run(): void {
    this.lastStart = performance.now();
    const since = this.oldestUncovered;
    this.oldestUncovered = null;
    this.running = this.checkpoint()
      .then((size) => {
        if (since !== null) this.measured({ lagMs: performance.now() - since, size });
      })
      .catch((error) => {
        if (error instanceof CheckpointRefusedError) {
          this.refusal = error;
          auditCheckpointRefusalsTotal.inc();
          hubLog().fatal({ err: error, checkpointsAt: this.settings.checkpointsAt }, 'audit checkpoint refused: the audit log no longer extends the last checkpoint');
          return;
        }
        // The database or the store did not answer: the entries stay due, for the next try.
        this.oldestUncovered ??= since;
        this.again = true;
        hubLog().error({ err: error }, 'audit checkpoint failed; retrying');
      })
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.schedule();
        }
      });
  }

  private measured(lag: CheckpointLag): void {
    auditCheckpointLagSeconds.observe(lag.lagMs / 1000);
    this.lags.push(lag);
    if (this.lags.length > 10_000) this.lags.shift();
  }

  /** One checkpoint, if the log grew; returns the size it covers. */
  private async checkpoint(): Promise<number> {
    const { origin, signer, checkpoints } = this.settings;
    const connection = await this.pool.connect();
    try {
      await connection.query('BEGIN');
      try {
        await connection.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHECKPOINT_LOCK]);
        const tree = await connection.query<{ size: number; rightEdge: Buffer[] | null }>('SELECT size, "rightEdge" FROM "AuditTreeState" WHERE id = 1');
        const logState = { size: tree.rows[0]?.size ?? 0, rightEdge: tree.rows[0]?.rightEdge ?? [] };
        const previous = await checkpoints.latest();
        const from = previous?.state.size ?? 0;
        if (logState.size === from) return from;
        if (logState.size < from) throw new CheckpointRefusedError(`the log holds ${logState.size} entries, fewer than the ${from} of the latest checkpoint`);
        const since = await connection.query<{ leafIndex: number; leafHash: Buffer }>(
          'SELECT "leafIndex", "leafHash" FROM "AuditEvent" WHERE "leafIndex" >= $1 AND "leafIndex" < $2 ORDER BY "leafIndex"',
          [from, logState.size],
        );
        const gap = since.rows.findIndex((row, offset) => row.leafIndex !== from + offset);
        if (gap >= 0 || since.rows.length !== logState.size - from) {
          throw new CheckpointRefusedError(`entries ${from} to ${logState.size - 1} are not all in the log: ${since.rows.length} of ${logState.size - from} found`);
        }
        const extensions = previous ? [] : await legacyChainHead(connection);
        const record = issueCheckpoint(origin, signer, previous, since.rows.map((row) => row.leafHash), logState, extensions);
        await checkpoints.add(record);
        return record.state.size;
      } finally {
        await connection.query('COMMIT').catch(() => undefined);
      }
    } finally {
      connection.release();
    }
  }
}

async function legacyChainHead(connection: { query: Pool['query'] }): Promise<string[]> {
  const legacy = await connection.query<{ entries: number; headSequence: number; headHash: string }>(
    'SELECT entries, "headSequence", "headHash" FROM "AuditLegacyChain" WHERE id = 1',
  );
  const head = legacy.rows[0];
  return head ? [`${LEGACY_CHAIN_HEAD} ${head.entries} ${head.headSequence} ${head.headHash}`] : [];
}
