import fs from 'node:fs';
import { SUPERGRAPH_FILE } from '../gateway/supergraph-file';
import { composeSupergraph } from '../schema/compose-supergraph';

test('schema/supergraph.graphql is what the subgraphs compose to today (run `npm run compose` if not)', async () => {
  expect(fs.readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(await composeSupergraph());
});
