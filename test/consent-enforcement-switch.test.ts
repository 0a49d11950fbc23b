import { execFileSync } from 'node:child_process';
import { demoPeople } from '../prisma/demo-people';
import { projectRoot } from '../hub/project-root';
import { switchOffConsentEnforcementForBenchmark } from '../subgraphs/kit/consent-enforcement';
import { startTestHub } from './support/test-hub';

const SAFEGUARDING = `query($id: ID!) { person(id: $id) { socialCare { safeguardingNotes { concern } } } }`;
const { tomasz } = demoPeople;

describe("the benchmark's consent switch", () => {
  test('refuses to switch consent off in production', () => {
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      expect(() => switchOffConsentEnforcementForBenchmark()).toThrow('cannot be switched off in production');
    } finally {
      process.env.NODE_ENV = before;
    }
  });

  test('is reached by no configuration: only the benchmark calls it', () => {
    const callers = execFileSync('git', ['grep', '--untracked', '-l', 'switchOffConsentEnforcementForBenchmark', '--', '*.ts'], { cwd: projectRoot, encoding: 'utf8' })
      .trim()
      .split('\n')
      .sort();
    expect(callers).toEqual(['bench/subgraph-set-process.ts', 'subgraphs/kit/consent-enforcement.ts', 'test/consent-enforcement-switch.test.ts']);
  });

  test('switched off, subgraphs serve what consent would refuse and log nothing: the side the benchmark compares against', async () => {
    const hub = await startTestHub();
    try {
      const enforced = await hub.ask('dana', SAFEGUARDING, { id: tomasz.id });
      expect(enforced.errors.map((error) => error.extensions?.code)).toEqual(['CONSENT_REQUIRED']);
    } finally {
      await hub.stop();
    }

    switchOffConsentEnforcementForBenchmark(); // for this test file's module registry only
    const unguarded = await startTestHub();
    try {
      const before = await unguarded.ask('helen', '{ auditEvents(limit: 1) { total } }');
      const { data, errors } = await unguarded.ask('dana', SAFEGUARDING, { id: tomasz.id });
      expect(errors).toEqual([]);
      expect(data.person.socialCare.safeguardingNotes.length).toBeGreaterThan(0);
      const after = await unguarded.ask('helen', '{ auditEvents(limit: 1) { total } }');
      expect(after.data.auditEvents.total).toBe(before.data.auditEvents.total);
    } finally {
      await unguarded.stop();
    }
  });
});
