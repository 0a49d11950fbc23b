import { Client } from 'pg';
import { subgraphRegistry } from '../subgraphs/registry';
import type { DatabaseUrls } from './database-url';
import { demoSeedFor } from './demo-seeds';
import { migrateDatabase } from './migrate-databases';

export interface PreparedDatabase {
  subgraph: string;
  url: string;
  /** True when this run found the database without migrations (first run): demo data goes only there. */
  created: boolean;
}

/** Held while one process migrates and seeds a database: two replicas starting together seed it once. */
const PREPARE_LOCK = 0x5052_4550; // 'PREP'

const INVALID_CATALOG_NAME = '3D000';
const DUPLICATE_DATABASE = '42P04';
/** Two processes creating the same database at once: the loser trips the catalogue's unique index instead. */
const UNIQUE_VIOLATION = '23505';

/** Creates the database a URL names if the server has none by that name (the embedded default, a test server). */
async function ensureDatabase(url: string): Promise<void> {
  const probe = new Client({ connectionString: url });
  try {
    await probe.connect();
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== INVALID_CATALOG_NAME) throw error;
  } finally {
    await probe.end().catch(() => undefined);
  }
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const admin = new Client({ connectionString: maintenance.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== DUPLICATE_DATABASE && code !== UNIQUE_VIOLATION) throw error;
  } finally {
    await admin.end();
  }
}

async function prepareDatabase(subgraph: string, url: string, demoData: boolean): Promise<PreparedDatabase> {
  await ensureDatabase(url);
  const lock = new Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [PREPARE_LOCK]);
    const { rows } = await lock.query<{ migrated: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS migrated`);
    const created = !rows[0].migrated;
    await migrateDatabase(subgraph, url);
    const seed = demoSeedFor(subgraph);
    if (created && demoData && seed) {
      const definition = subgraphRegistry.find(({ definition }) => definition.name === subgraph)!.definition;
      const database = definition.openDatabase(url);
      try {
        await seed(database.client);
      } finally {
        await database.close();
      }
    }
    return { subgraph, url, created };
  } finally {
    await lock.end();
  }
}

/** Migrates every subgraph's database (in parallel), creating it if need be, and on first run loads the demo data. */
export async function prepareDatabases(urls: DatabaseUrls, options: { demoData: boolean }): Promise<PreparedDatabase[]> {
  return Promise.all(Object.entries(urls).map(([subgraph, url]) => prepareDatabase(subgraph, url, options.demoData)));
}
