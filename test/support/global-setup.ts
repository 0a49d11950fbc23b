import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { databasesOnServer } from '../../hub/database-copies';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../hub/embedded-postgres';
import { prepareDatabases } from '../../hub/prepare-databases';
import { TEMPLATE_PREFIX } from './test-databases';

declare global {
  // eslint-disable-next-line no-var
  var hubTestServer: { server: EmbeddedPostgres; dir: string } | undefined;
}

/**
 * One embedded PostgreSQL server for the whole jest run, and every subgraph's demo database
 * migrated and seeded on it once, as a template that each test hub copies
 * (test/support/test-databases.ts): `prisma migrate deploy` costs seconds, a copy does not.
 */
export default async function globalSetup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-test-postgres-'));
  const server = await startEmbeddedPostgres(dir);
  globalThis.hubTestServer = { server, dir };
  await prepareDatabases(databasesOnServer(server.serverUrl, TEMPLATE_PREFIX), { demoData: true });
  process.env.HUB_TEST_POSTGRES_URL = server.serverUrl;
}
