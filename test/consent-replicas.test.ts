import { openConsentDatabase, type ConsentDb } from '../subgraphs/consent/database';
import type { AuditEntry } from '../subgraphs/consent/audit-log-writer';
import { readExportFile } from '../tools/verify-audit/export-file';
import { verifyExport } from '../tools/verify-audit/verify-export';
import { fetchAuditExport } from './support/audit-log';
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
  test('appending to the audit log at the same moment from both gives one consistent tree, every entry in it once, every checkpoint extending the one before', async () => {
    const before = (await hub.ask('helen', '{ verifyAuditLog { treeSize } }')).data.verifyAuditLog.treeSize;
    // Two connection pools, two writers, two checkpointers on one checkpoint store: what two consent processes are, short of the process.
    const replicas = [openConsentDatabase(hub.databaseUrls.consent, { dataDir: hub.dataDir }), openConsentDatabase(hub.databaseUrls.consent, { dataDir: hub.dataDir })];
    try {
      // Two waves, each from both replicas at once; between them both checkpointers settle, so
      // there are at least two checkpoints however the machine schedules the signing.
      for (const wave of [0, 1]) {
        await Promise.all(
          replicas.flatMap((replica, r) =>
            Array.from({ length: 10 }, (_, i) => {
              const n = wave * 10 + i;
              return replica.client.auditLog.append([entry(String(r), n), entry(String(r), n + 100)]);
            }),
          ),
        );
        await Promise.all(replicas.map((replica) => replica.client.audit!.checkpointer.settled()));
      }
    } finally {
      await Promise.all(replicas.map((replica) => replica.close()));
    }
    await (hub.database('consent') as ConsentDb).audit!.checkpointer.settled();

    const report = await hub.ask('helen', '{ verifyAuditLog { intact treeSize unvouchedEntries checkedAgainst { source ok problem } } }');
    expect(report.data.verifyAuditLog).toEqual({
      intact: true, treeSize: before + 2 * 20 * 2, unvouchedEntries: 0,
      checkedAgainst: [{ source: 'ENTRIES', ok: true, problem: null }, { source: 'LATEST_CHECKPOINT', ok: true, problem: null }],
    });
    const log = await hub.ask('helen', '{ auditEvents(limit: 1000) { events { requestId leafIndex } } }');
    const events: Array<{ requestId: string; leafIndex: number }> = log.data.auditEvents.events;
    const written = events.map((event) => event.requestId).filter((id) => id.startsWith('replica-'));
    expect(written).toHaveLength(2 * 20 * 2);
    expect(new Set(written).size).toBe(written.length);
    expect(events.map((event) => event.leafIndex).sort((a, b) => a - b)).toEqual(Array.from({ length: before + 80 }, (_, index) => index));

    // Every checkpoint either replica signed, checked by the offline verifier against the exported log.
    const exported = await fetchAuditExport(hub);
    expect(exported.checkpoints.length).toBeGreaterThan(1);
    const offline = verifyExport(readExportFile(JSON.stringify(exported)), { trustedKey: exported.checkpointKey });
    expect(offline).toMatchObject({ intact: true, entries: before + 80, verifiedSize: before + 80, checkpointsChecked: exported.checkpoints.length, findings: [] });
  });
});
