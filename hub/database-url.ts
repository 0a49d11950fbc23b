import path from 'node:path';
import { subgraphVariable } from './environment-names';
import { projectRoot } from './project-root';

/** `PEOPLE_DATABASE_URL` for `people`, `WELFARE_RIGHTS_DATABASE_URL` for `welfare-rights`. */
export const databaseUrlVariable = (subgraph: string): string => subgraphVariable(subgraph, 'DATABASE_URL');

export function defaultDataDir(): string {
  return path.resolve(process.env.DATA_DIR ?? path.join(projectRoot, 'data'));
}

/** The subgraph's own database: a SQLite file under the data folder unless the environment names another. */
export function databaseUrl(subgraph: string, dataDir = defaultDataDir()): string {
  return process.env[databaseUrlVariable(subgraph)] ?? `file:${path.join(dataDir, `${subgraph}.db`)}`;
}
