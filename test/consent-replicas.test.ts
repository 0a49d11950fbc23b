import { openConsentDatabase } from '../subgraphs/consent/database';
import type { AuditEntry } from '../subgraphs/consent/audit-chain';
import { startTestHub, type TestHub } from './support/test-hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.stop());

const entry = (replica: string, n: number): AuditEntry => ({
  at: new Date(),
  subject: `replica-${replica}-adviser`,
  agency: 'employability',
  role: 'adviser',
  personId: '00000000-0000-4000-8000-000000000001',
  subgraph: 'people',
  fieldPath: 'Person.givenName',
  category: 'identity',
  decision: 'DENIED',
  reason: 'NO_CONSENT',
  consentId: null,
  justification: null,
  requestId: `replica-${replica}-${n}`,
  correlationId: null,
});

describe('two consent replicas on one database', () => {
  test('appending to the audit log at the same moment from both keeps one unbroken chain, every entry in it once', async () => {
    // Two connection pools, two writers: what two consent processes are, short of the process.
    const replicas = [openConsentDatabase(hub.databaseUrls.consent), openConsentDatabase(hub.databaseUrls.consent)];
    try {
      await Promise.all(
        replicas.flatMap((replica, r) =>
          Array.from({ length: 20 }, (_, n) => replica.client.auditLog.append([entry(String(r), n), entry(String(r), n + 100)])),
        ),
      );
    } finally {
      await Promise.all(replicas.map((replica) => replica.close()));
    }
    const report = await hub.ask('helen', '{ verifyAuditLog { intact entriesChecked firstBrokenSequence problem } }');
    expect(report.data.verifyAuditLog).toMatchObject({ intact: true, firstBrokenSequence: null, problem: null });
    const log = await hub.ask('helen', '{ auditEvents(limit: 1000) { events { requestId } } }');
    const written = log.data.auditEvents.events.map((event: { requestId: string }) => event.requestId).filter((id: string) => id.startsWith('replica-'));
    expect(written).toHaveLength(2 * 20 * 2);
    expect(new Set(written).size).toBe(written.length);
  });
});
