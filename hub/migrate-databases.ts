import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { databaseUrlVariable } from './database-url';
import { projectRoot } from './project-root';

const run = promisify(execFile);
const prismaCli = require.resolve('prisma/build/index.js');

/** Applies a subgraph's committed migrations to its database with `prisma migrate deploy`. */
export async function migrateDatabase(subgraph: string, databaseUrl: string): Promise<void> {
  const config = path.join(projectRoot, 'prisma', subgraph, 'prisma.config.ts');
  try {
    await run(process.execPath, [prismaCli, 'migrate', 'deploy', '--config', config], {
      cwd: projectRoot,
      env: { ...process.env, [databaseUrlVariable(subgraph)]: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`Migrating the ${subgraph} database failed:\n${stdout}${stderr}`);
  }
}
