// Generates every subgraph's Prisma client (prisma/<subgraph>/client), in parallel, skipping
// clients newer than their schema. Plain JavaScript because it runs before TypeScript is compiled.
// Quiet on stdout, so `npm run --silent token` prints the token alone.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const mtime = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);
const subgraphs = fs
  .readdirSync(__dirname)
  .filter((name) => fs.existsSync(path.join(__dirname, name, 'schema.prisma')))
  .filter(
    (name) =>
      process.argv.includes('--force') ||
      mtime(path.join(__dirname, name, 'client', 'client.ts')) <= mtime(path.join(__dirname, name, 'schema.prisma')),
  );

const generate = (subgraph) =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [require.resolve('prisma/build/index.js'), 'generate', '--config', path.join(__dirname, subgraph, 'prisma.config.ts')],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`prisma generate failed for ${subgraph}:\n${output}`))));
  });

Promise.all(subgraphs.map(generate)).then(
  () => subgraphs.length > 0 && console.error(`Prisma clients generated: ${subgraphs.join(', ')}`),
  (error) => {
    console.error(error.message);
    process.exit(1);
  },
);
