import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { SUPERGRAPH_FILE } from '../gateway/supergraph-file';
import { composeSupergraph } from './compose-supergraph';

/** `npm run compose`: writes schema/supergraph.graphql, the file the gateway loads. */
async function main() {
  const supergraph = await composeSupergraph();
  fs.writeFileSync(SUPERGRAPH_FILE, supergraph);
  console.log(`Wrote ${path.relative(process.cwd(), SUPERGRAPH_FILE)}`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
