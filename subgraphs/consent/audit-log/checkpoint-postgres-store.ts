import { Pool } from 'pg';
import type { CheckpointRecord } from './checkpoint-issuer';
import type { CheckpointStore } from './checkpoint-store';

/** Two replicas creating the table at once take turns. */
const CREATE_LOCK = 0x4143_4b50; // 'ACKP'

/**
 * The table, and a trigger that refuses to change or remove a row: checkpoints are added, never
 * taken back, whoever holds this database's credentials. The one table of a database that is
 * not a subgraph's (docs/AUDIT_LOG.md §4), so it is created here rather than by a Prisma migration;
 * a deployment may create it beforehand with this SQL and grant the consent service INSERT and SELECT only.
 */
export const CHECKPOINT_TABLE_SQL = `
  CREATE TABLE IF NOT EXISTS "AuditCheckpoint" (
    "size"      INTEGER PRIMARY KEY CHECK ("size" > 0),
    "note"      TEXT NOT NULL,
    "rightEdge" BYTEA[] NOT NULL,
    "signedAt"  TIMESTAMPTZ NOT NULL DEFAULT now()
  );
  CREATE OR REPLACE FUNCTION audit_checkpoint_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'audit checkpoints are never changed or removed'; END $$;
  DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'audit_checkpoint_append_only') THEN
      CREATE TRIGGER audit_checkpoint_append_only BEFORE UPDATE OR DELETE ON "AuditCheckpoint"
        FOR EACH ROW EXECUTE FUNCTION audit_checkpoint_is_append_only();
      CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON "AuditCheckpoint"
        FOR EACH STATEMENT EXECUTE FUNCTION audit_checkpoint_is_append_only();
    END IF;
  END $$;`;

/** Checkpoints in a PostgreSQL database of their own (`AUDIT_CHECKPOINT_DATABASE_URL`), for replicas on several machines. */
export class CheckpointPostgresStore implements CheckpointStore {
  private readonly pool: Pool;
  private ready: Promise<void> | undefined;

  constructor(url: string) {
    this.pool = new Pool({ connectionString: url, max: 2 });
    this.pool.on('error', () => undefined);
  }

  async add(record: CheckpointRecord): Promise<void> {
    await this.prepared();
    const latest = await this.latest();
    if (latest && record.state.size <= latest.state.size) throw new Error(`a checkpoint of ${record.state.size} entries does not follow the one of ${latest.state.size}`);
    await this.pool.query('INSERT INTO "AuditCheckpoint" ("size", "note", "rightEdge") VALUES ($1, $2, $3)', [record.state.size, record.note, record.state.rightEdge]);
  }

  async latest(): Promise<CheckpointRecord | null> {
    await this.prepared();
    const { rows } = await this.pool.query<Row>('SELECT "size", "note", "rightEdge" FROM "AuditCheckpoint" ORDER BY "size" DESC LIMIT 1');
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async all(): Promise<CheckpointRecord[]> {
    await this.prepared();
    const { rows } = await this.pool.query<Row>('SELECT "size", "note", "rightEdge" FROM "AuditCheckpoint" ORDER BY "size"');
    return rows.map(toRecord);
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  private prepared(): Promise<void> {
    this.ready ??= (async () => {
      const connection = await this.pool.connect();
      try {
        // Made beforehand (deploy/create-checkpoint-store.sh), the table is only read and added to: the role may do no more.
        const { rows } = await connection.query<{ made: boolean }>(`SELECT to_regclass('"AuditCheckpoint"') IS NOT NULL AS made`);
        if (rows[0].made) return;
        await connection.query('SELECT pg_advisory_lock($1)', [CREATE_LOCK]);
        await connection.query(CHECKPOINT_TABLE_SQL);
        await connection.query('SELECT pg_advisory_unlock($1)', [CREATE_LOCK]);
      } finally {
        connection.release();
      }
    })().catch((error) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }
}

interface Row {
  size: number;
  note: string;
  rightEdge: Buffer[];
}

const toRecord = (row: Row): CheckpointRecord => ({ note: row.note, state: { size: row.size, rightEdge: row.rightEdge } });
