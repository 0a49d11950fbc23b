// Writes a subgraph's first migration from its schema.prisma (later ones: `prisma migrate dev
// --config prisma/<subgraph>/prisma.config.ts --name <name>` against a migrated database).
// Usage: node prisma/new-migration.js <subgraph>
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const subgraph = process.argv[2];
const folder = path.join(__dirname, subgraph ?? '');
if (!subgraph || !fs.existsSync(path.join(folder, 'schema.prisma'))) {
  console.error('usage: node prisma/new-migration.js <subgraph with prisma/<subgraph>/schema.prisma>');
  process.exit(2);
}
const migrations = path.join(folder, 'migrations');
if (fs.existsSync(migrations)) {
  console.error(`${migrations} exists already: use prisma migrate dev for later migrations.`);
  process.exit(2);
}
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'migration-'));
const variable = `${subgraph.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`;
const sql = execFileSync(
  process.execPath,
  [require.resolve('prisma/build/index.js'), 'migrate', 'diff', '--config', path.join(folder, 'prisma.config.ts'),
    '--from-empty', '--to-schema-datamodel', path.join(folder, 'schema.prisma'), '--script'],
  { env: { ...process.env, [variable]: `file:${path.join(scratch, 'scratch.db')}` }, encoding: 'utf8' },
);
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
fs.mkdirSync(path.join(migrations, `${stamp}_init`), { recursive: true });
fs.writeFileSync(path.join(migrations, `${stamp}_init`, 'migration.sql'), sql);
fs.writeFileSync(path.join(migrations, 'migration_lock.toml'), 'provider = "sqlite"\n');
console.log(`Wrote ${path.relative(process.cwd(), migrations)}/${stamp}_init/migration.sql`);
