import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { databaseUrl } from '../hub/database-url';

/**
 * The Prisma CLI configuration shared by every subgraph's schema: the WebAssembly
 * schema engine over better-sqlite3, so `prisma migrate` never downloads an engine.
 * The database defaults to `data/<subgraph>.db`; `<SUBGRAPH>_DATABASE_URL` overrides it.
 */
export function sqliteConfigFor(subgraph: string) {
  return defineConfig({
    experimental: { adapter: true },
    engine: 'js',
    schema: path.join(__dirname, subgraph, 'schema.prisma'),
    migrations: { path: path.join(__dirname, subgraph, 'migrations') },
    adapter: async () => new PrismaBetterSQLite3({ url: databaseUrl(subgraph) }),
  });
}
