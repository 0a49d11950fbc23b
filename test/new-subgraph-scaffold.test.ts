import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../hub/project-root';

/**
 * A partner's path, in a temporary copy of this repository (its files, a hard-linked node_modules,
 * the built dist/ and Prisma clients): the scaffold, then compose, the new subgraph's contract and its
 * own tests there. Not the whole suite: what the scaffold could break is checked by those.
 */
let copy: string;

function copyRepository(): string {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-scaffold-'));
  // Run as root, PostgreSQL runs as `postgres`, which must reach its binaries inside the copy (mkdtemp makes 0700).
  fs.chmodSync(target, 0o755);
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: projectRoot, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && fs.existsSync(path.join(projectRoot, file)));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    fs.cpSync(path.join(projectRoot, file), path.join(target, file), { preserveTimestamps: true });
  }
  // Timestamps kept, so the build reuses dist/ and the Prisma clients rather than making them again.
  for (const built of ['dist', ...fs.readdirSync(path.join(projectRoot, 'prisma')).map((name) => path.join('prisma', name, 'client'))]) {
    if (fs.existsSync(path.join(projectRoot, built))) fs.cpSync(path.join(projectRoot, built), path.join(target, built), { recursive: true, preserveTimestamps: true });
  }
  execFileSync('cp', ['-al', path.join(projectRoot, 'node_modules'), path.join(target, 'node_modules')]);
  return target;
}

const environment = () => {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('JEST') || key === 'HUB_TEST_POSTGRES_URL' || key === 'CONTRACT_SUBGRAPH') delete env[key];
  return env;
};

function run(command: string, args: string[], extra: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd: copy, env: { ...environment(), ...extra }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const scaffold = (...args: string[]) => run(process.execPath, ['dist/tools/new-subgraph/new-subgraph.js', ...args]);

/** Every file of the copy a scaffold could touch, with its contents: to show that a refusal wrote nothing. */
function snapshot(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (relative: string) => {
    const full = path.join(copy, relative);
    if (!fs.existsSync(full)) return;
    if (fs.statSync(full).isDirectory()) {
      for (const entry of fs.readdirSync(full)) if (entry !== 'client') walk(path.join(relative, entry));
    } else files[relative] = fs.readFileSync(full, 'utf8');
  };
  for (const top of ['subgraphs', 'prisma', 'schema', 'test', 'docker-compose.yml']) walk(top);
  for (const entry of fs.readdirSync(copy)) if (entry.startsWith('.new-subgraph-')) files[entry] = 'staging folder left behind';
  return files;
}

beforeAll(() => {
  copy = copyRepository();
}, 120_000);
afterAll(() => {
  if (copy) fs.rmSync(copy, { recursive: true, force: true });
});

describe('npm run new-subgraph refuses what it cannot write well, and writes nothing', () => {
  test.each([
    ['a name that is not a valid npm/GraphQL name', ['Allot_ments', '--agency', 'allotments-trust', '--category', 'contact'], /<name> "Allot_ments" must be lower-case words/],
    ['an unknown category', ['allotments', '--agency', 'allotments-trust', '--category', 'gardening'], /--category "gardening" is not in schema\/data-categories.ts/],
    ['a name that exists', ['careers', '--agency', 'careers-two', '--category', 'education', '--field', 'careersTwo'], /<name> "careers" already exists/],
    ['an agency that exists', ['allotments', '--agency', 'careers', '--category', 'contact'], /--agency "careers" is already in schema\/agency-registry.ts/],
    ['a Person field that exists', ['allotments', '--agency', 'allotments-trust', '--category', 'contact', '--field', 'welfare'], /Person.welfare already exists/],
    ['identity as the category', ['allotments', '--agency', 'allotments-trust', '--category', 'identity'], /--category identity would show these records to every agency linked/],
  ])('%s', (_what, args, message) => {
    const before = snapshot();
    const { status, output } = scaffold(...args);
    expect({ status, said: message.test(output), nothingWritten: /Nothing was written/.test(output) }).toEqual({ status: 2, said: true, nothingWritten: true });
    expect(snapshot()).toEqual(before);
  });
});

/** A name no partner is likely to have taken, so the test also runs in a repository where `allotments` was added. */
const PROBE = 'scaffold-probe';

test('a new subgraph straight from the scaffold composes, keeps the contract and passes its own tests', () => {
  const written = scaffold(PROBE, '--agency', `${PROBE}-trust`, '--category', 'contact');
  expect({ status: written.status, output: written.output }).toEqual({ status: 0, output: expect.stringContaining(`Wrote the ${PROBE} subgraph`) });
  expect(fs.readdirSync(path.join(copy, 'prisma', PROBE, 'migrations')).some((name) => name.endsWith('_init'))).toBe(true);

  const composed = run('npm', ['run', '-s', 'compose']);
  expect({ status: composed.status, output: composed.output }).toEqual({ status: 0, output: expect.stringContaining('Wrote schema/supergraph.graphql') });
  const supergraph = fs.readFileSync(path.join(copy, 'schema', 'supergraph.graphql'), 'utf8');
  expect(supergraph).toContain('scaffoldProbe: ScaffoldProbeRecord @join__field(graph: SCAFFOLD_PROBE) @consent(category: "contact")');
  expect(fs.readFileSync(path.join(copy, 'schema', 'ACCESS_RULES.md'), 'utf8')).toContain(`| ${PROBE} | ScaffoldProbeEntry | summary | \`contact\` |`);

  const tests = run(process.execPath, [
    require.resolve('jest/bin/jest'), '--ci', '--runInBand',
    'test/subgraph-contract.test.ts', `test/${PROBE}.test.ts`, 'test/supergraph-current.test.ts', 'test/docker-compose.test.ts',
  ], { CONTRACT_SUBGRAPH: PROBE });
  expect({ status: tests.status, output: tests.output }).toEqual({ status: 0, output: expect.stringMatching(/Tests:\s+\d+ passed, \d+ total/) });
}, 900_000);
