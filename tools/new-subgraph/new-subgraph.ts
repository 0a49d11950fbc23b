import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../../hub/project-root';
import { subgraphNames } from './names';
import { editAgencyRegistry, editDockerCompose, editRegistry, nextPort, ScaffoldRefusal } from './shared-files';
import { subgraphFiles } from './templates';
import { categoryTitle, problemsWith } from './validate';

const USAGE = `Writes a new agency subgraph in the shape of the hand-written ones, ready to compose and test.

  npm run new-subgraph -- <name> --agency <agency> --category <category> [--field <personField>]
                          [--agency-name "<what people call it>"] [--agency-kind <kind>]

  <name>        lower-case words joined by hyphens: the subgraph, its folder, database and service
  --agency      the agency whose staff own its records (added to schema/agency-registry.ts)
  --category    the consent category of schema/data-categories.ts guarding its records
  --field       the field it adds to Person (default: the camelCase of <name>)

Then: npm run compose && npm run contract -- <name> && npm test   (docs/PARTNERS.md)`;

function fail(message: string): never {
  console.error(`${message}\n\nNothing was written.\n\n${USAGE}`);
  process.exit(2);
}

/** A shared file's new text, written beside it and renamed over it: a reader never sees half a file. */
function replaceFile(file: string, text: string) {
  const temporary = `${file}.new-subgraph-${process.pid}`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}

function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        agency: { type: 'string' },
        category: { type: 'string' },
        field: { type: 'string' },
        'agency-name': { type: 'string' },
        'agency-kind': { type: 'string', default: 'partner' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return console.log(USAGE);
  if (positionals.length !== 1) fail(positionals.length === 0 ? 'Give the new subgraph a <name>.' : `One <name> only, not ${positionals.join(' ')}.`);
  if (!values.agency) fail('--agency is required: the agency whose staff own the records.');
  if (!values.category) fail('--category is required: the consent category guarding the records.');
  const agencyName = values['agency-name'];
  if (agencyName !== undefined && !/^[\p{L}\p{N} ,.'&()-]{2,80}$/u.test(agencyName)) {
    fail('--agency-name must be 2 to 80 letters, digits, spaces and , . \' & ( ) -');
  }

  const names = subgraphNames({ name: positionals[0], agency: values.agency, agencyName, category: values.category, field: values.field });
  const kind = values['agency-kind']!;
  const problems = problemsWith(names, kind, projectRoot);
  if (problems.length) fail(`Refused:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);

  // Everything is worked out before anything is written: a refusal leaves the repository as it was.
  const at = (relative: string) => path.join(projectRoot, relative);
  const read = (relative: string) => fs.readFileSync(at(relative), 'utf8');
  let edits: Record<string, string>;
  let port: number;
  try {
    const registry = read('subgraphs/registry.ts');
    port = nextPort(registry);
    edits = {
      'subgraphs/registry.ts': editRegistry(registry, names, port),
      'schema/agency-registry.ts': editAgencyRegistry(read('schema/agency-registry.ts'), names, kind),
      'docker-compose.yml': editDockerCompose(read('docker-compose.yml'), names, port),
    };
  } catch (error) {
    if (error instanceof ScaffoldRefusal) fail(error.message);
    throw error;
  }
  const files = subgraphFiles(names);

  // New files are written into a staging folder, then moved into place; shared files are replaced whole.
  const staging = fs.mkdtempSync(path.join(projectRoot, '.new-subgraph-'));
  const moved: string[] = [];
  const originals = Object.fromEntries(Object.keys(edits).map((file) => [file, read(file)]));
  try {
    for (const [relative, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(staging, relative)), { recursive: true });
      fs.writeFileSync(path.join(staging, relative), text);
    }
    for (const top of [`subgraphs/${names.name}`, `prisma/${names.name}`, `test/${names.name}.test.ts`]) {
      fs.renameSync(path.join(staging, top), at(top));
      moved.push(top);
    }
    for (const [relative, text] of Object.entries(edits)) replaceFile(at(relative), text);
    // The first migration, by the repository's own tooling, from the schema just written.
    execFileSync(process.execPath, [at('prisma/new-migration.js'), '--baseline', names.name], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    for (const top of moved) fs.rmSync(at(top), { recursive: true, force: true });
    for (const [relative, text] of Object.entries(originals)) replaceFile(at(relative), text);
    const detail = (error as { stderr?: Buffer }).stderr?.toString() || (error as Error).message;
    fail(`Writing the subgraph failed, and what was written is undone:\n${detail}`);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }

  const C = names.constant;
  console.log(`Wrote the ${names.name} subgraph: Person.${names.field}, guarded by "${names.category}" (${categoryTitle(names.category)}), owned by ${names.agency}.

  ${[...Object.keys(files), `prisma/${names.name}/migrations/*_init/migration.sql`].join('\n  ')}
  edited: ${Object.keys(edits).join(', ')}

Environment: ${C}_PORT (default ${port}), ${C}_URL, ${C}_DATABASE_URL, ${C}_SERVICE_CREDENTIAL; docker-compose also needs ${C}_DB_PASSWORD.
Next: npm run compose && npm run contract -- ${names.name} && npm test`);
}

main();
