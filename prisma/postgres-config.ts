import './pg-name-type-shim';
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';
import { databaseUrlVariable } from '../hub/database-url';

/**
 * The Prisma CLI configuration shared by every subgraph's schema: the JS schema engine over
 * @prisma/adapter-pg, so `prisma migrate` never downloads an engine. The database is
 * `<SUBGRAPH>_DATABASE_URL` (hub/migrate-databases.ts sets it for the database it migrates).
 */
export function postgresConfigFor(subgraph: string) {
  return defineConfig({
    experimental: { adapter: true },
    engine: 'js',
    schema: path.join(__dirname, subgraph, 'schema.prisma'),
    migrations: { path: path.join(__dirname, subgraph, 'migrations') },
    adapter: async () => {
      const variable = databaseUrlVariable(subgraph);
      const url = process.env[variable];
      if (!url) throw new Error(`${variable} is not set: say which PostgreSQL database to migrate.`);
      return new PrismaPg({ connectionString: url });
    },
  });
}
