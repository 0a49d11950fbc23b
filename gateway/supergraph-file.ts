import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../hub/project-root';

/** The composed supergraph: written by `npm run compose`, committed, loaded by the gateway at start. */
export const SUPERGRAPH_FILE = path.join(projectRoot, 'schema', 'supergraph.graphql');

export function readSupergraph(): string {
  if (!fs.existsSync(SUPERGRAPH_FILE)) {
    throw new Error(`${SUPERGRAPH_FILE} is missing: run \`npm run compose\` to write it.`);
  }
  return fs.readFileSync(SUPERGRAPH_FILE, 'utf8');
}
