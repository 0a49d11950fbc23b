import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { projectRoot } from './project-root';

/** The advisory lock `prisma migrate` itself takes: this runner and the Prisma CLI never migrate at once. */
const PRISMA_MIGRATE_LOCK = 72707369;

/** Prisma's own bookkeeping table, as `prisma migrate deploy` creates it. */
const MIGRATIONS_TABLE = `
  CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"            VARCHAR(64) NOT NULL,
    "finished_at"         TIMESTAMPTZ,
    "migration_name"      VARCHAR(255) NOT NULL,
    "logs"                TEXT,
    "rolled_back_at"      TIMESTAMPTZ,
    "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`;

/**
 * Applies a subgraph's committed migrations (`prisma/<subgraph>/migrations/*\/migration.sql`, in
 * name order) that its database has not had, each in a transaction of its own, and records them
 * in Prisma's `_prisma_migrations` with Prisma's checksum, so `prisma migrate status` and
 * `migrate deploy` agree with it. In process with `pg` rather than through the Prisma CLI, whose
 * JS schema engine takes seconds per database to start and needs a shim on PostgreSQL
 * (prisma/pg-name-type-shim.ts); the CLI stays for writing migrations (prisma/new-migration.js).
 */
export async function migrateDatabase(subgraph: string, databaseUrl: string, options: { upTo?: string } = {}): Promise<string[]> {
  const folder = path.join(projectRoot, 'prisma', subgraph, 'migrations');
  const migrations = fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(folder, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    // `upTo`: a database as an older release left it, for a test of the migrations after.
    .filter((name) => options.upTo === undefined || name <= options.upTo)
    .sort();
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const applied: string[] = [];
  try {
    await db.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK]);
    await db.query(MIGRATIONS_TABLE);
    const done = await db.query<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }>(
      'SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"',
    );
    const unfinished = done.rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
    if (unfinished) throw new Error(`migration ${unfinished.migration_name} was started and never finished: see \`prisma migrate resolve\`.`);
    const finished = new Set(done.rows.filter((row) => row.finished_at).map((row) => row.migration_name));
    for (const name of migrations.filter((migration) => !finished.has(migration))) {
      const sql = fs.readFileSync(path.join(folder, name, 'migration.sql'));
      await db.query('BEGIN');
      try {
        await db.query(sql.toString('utf8'));
        await db.query(
          'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)',
          [randomUUID(), createHash('sha256').update(sql).digest('hex'), name],
        );
        await db.query('COMMIT');
      } catch (error) {
        await db.query('ROLLBACK').catch(() => undefined);
        throw new Error(`Migrating the ${subgraph} database failed at ${name}: ${(error as Error).message}`);
      }
      applied.push(name);
    }
    return applied;
  } finally {
    await db.end();
  }
}
