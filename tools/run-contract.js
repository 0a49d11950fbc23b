// `npm run contract -- [subgraph]`: the subgraph contract (test/subgraph-contract.test.ts) for one
// subgraph of the registry, or for all. Plain JavaScript: it only starts jest.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..');
const [name, ...rest] = process.argv.slice(2);
if (rest.length) {
  console.error('usage: npm run contract -- [subgraph]');
  process.exit(2);
}
require('reflect-metadata');
const { subgraphRegistry } = require(path.join(root, 'dist', 'subgraphs', 'registry.js'));
const names = subgraphRegistry.map(({ definition }) => definition.name);
if (name && !names.includes(name)) {
  console.error(`No subgraph named "${name}" in subgraphs/registry.ts: one of ${names.join(', ')}.`);
  process.exit(2);
}
const result = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), 'test/subgraph-contract.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ...(name ? { CONTRACT_SUBGRAPH: name } : {}) },
});
process.exit(result.status ?? 1);
