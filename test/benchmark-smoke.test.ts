import { subgraphRegistry } from '../subgraphs/registry';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../hub/project-root';
import { checkAnswer } from '../bench/answer-check';
import type { BenchReport } from '../bench/report';

/**
 * The benchmark in miniature, so that it cannot rot: every process, dataset, comparison and
 * check of `npm run bench` runs, for fractions of a second each. No figure is asserted.
 */
describe('npm run bench, smoke size', () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-')), 'smoke.json');
  let report: BenchReport;
  beforeAll(async () => {
    const script = path.join(projectRoot, 'dist', 'bench', 'run-benchmark.js');
    if (!fs.existsSync(script)) throw new Error(`${script} is missing: npm test builds it first (npm run build).`);
    await promisify(execFile)(process.execPath, [script, '--smoke', '--out', out], { cwd: projectRoot });
    report = JSON.parse(fs.readFileSync(out, 'utf8'));
  }, 360_000);
  afterAll(() => fs.rmSync(path.dirname(out), { recursive: true, force: true }));

  test('runs every comparison, each side answering without unexpected errors', () => {
    expect(report.comparisons.map((comparison) => `${comparison.id}: ${comparison.scenario}`)).toEqual([
      'consent: caseload', 'consent: single view', 'consent: write',
      'floor: single view',
      'gateway: caseload', 'gateway: single view', 'gateway: write',
      'one-subgraph: identity (people subgraph)',
      'caseload-size: caseload',
      'register-size: single view', 'register-size: registration with matching',
    ]);
    expect(report.matching).toBeDefined();
    for (const side of report.comparisons.flatMap((comparison) => comparison.sides)) {
      expect({ side: side.label, answered: side.requests > 0 }).toEqual({ side: side.label, answered: true });
    }
  });

  test('the refused half of the mixed caseload shows up as expected CONSENT_REQUIRED answers, only with consent on', () => {
    const [on, off] = report.comparisons.find((comparison) => comparison.id === 'consent' && comparison.scenario === 'caseload')!.sides;
    expect(on.expectedErrors).toBe(on.requests);
    expect(off.expectedErrors).toBe(0);
  });

  test('consent on and off each report CPU per answer, of their Node processes and of the PostgreSQL server', () => {
    for (const side of report.comparisons.filter((comparison) => comparison.id === 'consent').flatMap((comparison) => comparison.sides)) {
      expect({ side: side.label, node: side.cpuMsPerAnswer! > 0, postgres: side.databaseCpuMsPerAnswer! > 0 }).toEqual({ side: side.label, node: true, postgres: true });
    }
  });

  test('the floor answers the single view with the same JSON as the hub, and both sides report CPU per answer', () => {
    const floor = report.comparisons.find((comparison) => comparison.id === 'floor')!;
    expect(floor.sides.map((side) => side.label)).toEqual(['hub, consent on', 'the floor']);
    expect(floor.sameAnswers).toBe(true);
    for (const side of floor.sides) expect(side.cpuMsPerAnswer).toBeGreaterThan(0);
    expect(report.targets?.map((target) => target.target)).toContainEqual(expect.stringMatching(/^hub \(consent on\) \/ floor throughput/));
  });

  test('counts SQL statements per request for every caseload size, and judges every target', () => {
    expect(report.statements.map((row) => row.label)).toEqual(report.settings.caseloadSizes.map((size) => `caseload of ${size}`));
    expect(Object.keys(report.statements[0].reads).sort()).toEqual(subgraphRegistry.map(({ definition }) => definition.name).sort());
    expect(report.targets?.length).toBeGreaterThanOrEqual(15);
  });

  test('matching: both registers answer every corrupted registration, scored against the truth', () => {
    const { matching, settings } = report;
    expect(matching?.sides.map((side) => side.people)).toEqual([settings.matching.largeRegister, settings.matching.smallRegister]);
    for (const side of matching!.sides) {
      expect(side.probes).toBe(settings.matching.known + settings.matching.newcomers);
      expect(side.held + side.newcomers).toBe(side.probes);
      expect(side.p95Ms).toBeGreaterThan(0);
    }
    expect(report.targets?.map((target) => target.target)).toContainEqual(expect.stringMatching(/^ALREADY_KNOWN precision >= 0.999/));
  });
});

describe("the benchmark's answer check", () => {
  const answer = (body: object) => JSON.stringify(body);
  test('counts an answer whose only errors are expected refusals', () => {
    const refused = answer({ data: { person: { debts: null } }, errors: [{ message: 'Consent required', extensions: { code: 'CONSENT_REQUIRED' } }] });
    expect(checkAnswer(200, refused, ['CONSENT_REQUIRED'])).toEqual({ problem: null, expectedErrors: true });
  });
  test('fails any other error, a missing data, or an HTTP error', () => {
    expect(checkAnswer(200, answer({ data: { x: null }, errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }] }), ['CONSENT_REQUIRED']).problem).toBe('FORBIDDEN: No');
    expect(checkAnswer(200, answer({ data: null }), []).problem).toBe('no data');
    expect(checkAnswer(401, 'Unauthorised', []).problem).toBe('HTTP 401: Unauthorised');
  });
});
