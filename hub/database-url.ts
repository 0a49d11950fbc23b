import path from 'node:path';
import { subgraphVariable } from './environment-names';
import { projectRoot } from './project-root';

/** `PEOPLE_DATABASE_URL` for `people`, `WELFARE_RIGHTS_DATABASE_URL` for `welfare-rights`. */
export const databaseUrlVariable = (subgraph: string): string => subgraphVariable(subgraph, 'DATABASE_URL');

export function defaultDataDir(): string {
  return path.resolve(process.env.DATA_DIR ?? path.join(projectRoot, 'data'));
}

/** Each subgraph's PostgreSQL database URL, by subgraph name. */
export type DatabaseUrls = Record<string, string>;

/** A subgraph's database on a shared server: `hub_welfare_rights`, or `<prefix>welfare_rights`. */
export const databaseName = (subgraph: string, prefix = 'hub_'): string => `${prefix}${subgraph.replace(/-/g, '_')}`;

/** The URL of one database on a server given as `postgresql://user:password@host:port`. */
export function databaseOnServer(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** The database URL the environment names for a subgraph, if any. */
export const databaseUrlFromEnvironment = (subgraph: string, env: NodeJS.ProcessEnv = process.env): string | undefined =>
  env[databaseUrlVariable(subgraph)] || undefined;
