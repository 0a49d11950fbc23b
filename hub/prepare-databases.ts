import fs from 'node:fs';
import path from 'node:path';
import { sqliteFile } from '../subgraphs/kit/database';
import { subgraphRegistry } from '../subgraphs/registry';
import { databaseUrl } from './database-url';
import { demoSeedFor } from './demo-seeds';
import { migrateDatabase } from './migrate-databases';

export interface PreparedDatabase {
  subgraph: string;
  url: string;
  /** True when this run created the database (first run): demo data goes only there. */
  created: boolean;
}

/** Migrates every subgraph's database (in parallel) and, on first run, loads the demo data. */
export async function prepareDatabases(
  dataDir: string,
  options: { demoData: boolean },
  only?: string[],
): Promise<PreparedDatabase[]> {
  fs.mkdirSync(dataDir, { recursive: true });
  const subgraphs = subgraphRegistry.filter(({ definition }) => !only || only.includes(definition.name));
  const prepared = await Promise.all(
    subgraphs.map(async ({ definition }) => {
      const url = databaseUrl(definition.name, dataDir);
      const file = sqliteFile(url);
      if (file) fs.mkdirSync(path.dirname(file), { recursive: true });
      const created = file !== null && !fs.existsSync(file);
      await migrateDatabase(definition.name, url);
      if (created && options.demoData) {
        const database = definition.openDatabase(url);
        try {
          await demoSeedFor(definition.name)?.(database.client);
        } finally {
          await database.close();
        }
      }
      return { subgraph: definition.name, url, created };
    }),
  );
  return prepared;
}
