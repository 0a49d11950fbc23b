import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { migrateDatabase } from '../hub/migrate-databases';
import { demoPeople } from '../prisma/demo-people';
import { checkpointsSettled, fetchAuditExport } from './support/audit-log';
import { leafHashOf, openNote, readLeaf, treeHead } from './support/independent-audit-verifier';
import { startTestHub, type TestHub } from './support/test-hub';

/** The consent database as the release before the Merkle log left it: its first migration only. */
const BEFORE_THE_MERKLE_LOG = '20261202080039_init';

interface LegacyEntry {
  at: string; subject: string; agency: string | null; role: string; personId: string; subgraph: string; fieldPath: string; category: string;
  decision: string; reason: string; consentId: string | null; justification: string | null; requestId: string; correlationId: string | null;
}

/** The old chain's hash, as that release wrote it (a plain SHA-256 chain over JSON): this test's own copy of it. */
function oldChainHash(previousHash: string, entry: LegacyEntry): string {
  const recorded = [previousHash, entry.at, entry.subject, entry.agency, entry.role, entry.personId, entry.subgraph, entry.fieldPath, entry.category, entry.decision, entry.reason, entry.consentId, entry.justification, entry.requestId];
  return createHash('sha256').update(JSON.stringify(entry.correlationId === null ? recorded : [...recorded, entry.correlationId])).digest('hex');
}

const base = (n: number): LegacyEntry => ({
  at: `2026-11-0${1 + (n % 9)}T0${n % 10}:1${n % 10}:0${n % 10}.${String(100 + n).slice(-3)}Z`, subject: `staff-${n}`, agency: 'careers-service', role: 'adviser',
  personId: demoPeople.tomasz.id, subgraph: 'careers', fieldPath: 'Person.careers.goals', category: 'education', decision: 'DENIED', reason: 'NO_CONSENT',
  consentId: null, justification: null, requestId: `old-request-${n}`, correlationId: null,
});

/** Seven entries (7 = 111 in binary: three subtrees on the tree's right edge), with what a leaf encoding can get wrong. */
const LEGACY: LegacyEntry[] = [
  base(0),
  { ...base(1), agency: null, role: 'client', subject: demoPeople.tomasz.id, decision: 'ALLOWED', reason: 'OWN_RECORD' },
  // The worked example of docs/AUDIT_LOG.md §1: its leaf hash is printed there.
  {
    subject: 'staff-dana', agency: 'careers-service', role: 'adviser', personId: 'p-1', subgraph: 'welfare-rights', fieldPath: 'Person.welfareCase.benefits',
    category: 'welfare', decision: 'ALLOWED', reason: 'BREAK_GLASS', consentId: null, justification: 'Risk to life: café visit, 02:00', requestId: 'gw-7f3a',
    correlationId: null, at: '2026-12-02T06:50:07.123Z',
  },
  { ...base(3), decision: 'ALLOWED', reason: 'CONSENT', consentId: 'c-3', correlationId: '' },
  { ...base(4), justification: 'Ffôn: “urgent” — 🚑 ñ 中文', correlationId: 'front-end-4' },
  { ...base(5), at: '2026-11-30T23:59:59.999Z' },
  { ...base(6), at: '2026-11-01T00:00:00.000Z' },
];

let hub: TestHub;
const headHashes: string[] = [];

beforeAll(async () => {
  hub = await startTestHub({}, async (urls) => {
    const database = new Client({ connectionString: urls.consent });
    await database.connect();
    try {
      await database.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
      await migrateDatabase('consent', urls.consent, { upTo: BEFORE_THE_MERKLE_LOG });
      let previous = '0'.repeat(64);
      for (const entry of LEGACY) {
        const hash = oldChainHash(previous, entry);
        await database.query(
          `INSERT INTO "AuditEvent" ("at", "subject", "agency", "role", "personId", "subgraph", "fieldPath", "category", "decision", "reason",
             "consentId", "justification", "requestId", "correlationId", "previousHash", "hash") VALUES ($1::timestamp, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
          [entry.at, entry.subject, entry.agency, entry.role, entry.personId, entry.subgraph, entry.fieldPath, entry.category, entry.decision, entry.reason,
            entry.consentId, entry.justification, entry.requestId, entry.correlationId, previous, hash],
        );
        headHashes.push(hash);
        previous = hash;
      }
    } finally {
      await database.end();
    }
    // The hub's start runs the migrations after BEFORE_THE_MERKLE_LOG on this database.
  });
  await checkpointsSettled(hub);
});
afterAll(() => hub.stop());

describe('the hash-chained audit log of the release before, migrated into the Merkle log', () => {
  test('every old entry is a leaf, in its old order, with every field as recorded, and the first checkpoint names the old chain head', async () => {
    const exported = await fetchAuditExport(hub);
    expect(exported.entries).toHaveLength(LEGACY.length);
    exported.entries.forEach((entry, index) => {
      const leaf = Buffer.from(entry.leaf, 'base64');
      expect(readLeaf(leaf)).toEqual(LEGACY[index]);
      // The leaf hash the migration computed in SQL is the hash of the leaf the hub encodes.
      expect(Buffer.from(entry.leafHash, 'base64').equals(leafHashOf(leaf))).toBe(true);
    });
    expect(Buffer.from(exported.entries[2].leafHash, 'base64').toString('hex')).toBe('1fbf54829ceb1f207f1d4615eeed5f178b28197d016b6035d3d3bef1d5104855');

    const key = (await hub.ask('helen', '{ auditCheckpointKey }')).data.auditCheckpointKey;
    const first = exported.checkpoints[0];
    expect(openNote(first, key)).toMatchObject({ size: LEGACY.length });
    expect(openNote(first, key)!.root.equals(treeHead(exported.entries.map((entry) => Buffer.from(entry.leafHash, 'base64'))))).toBe(true);
    expect(first.split('\n')[3]).toBe(`legacy-chain-head ${LEGACY.length} ${LEGACY.length} ${headHashes.at(-1)}`);
  });

  test('the old chain\'s own hashes are kept beside the entries, and still check as the old release checked them', async () => {
    const rows = await (hub.database('consent') as any).auditEvent.findMany({ orderBy: { leafIndex: 'asc' }, where: { legacyHash: { not: null } } });
    expect(rows.map((row: { legacyHash: string }) => row.legacyHash)).toEqual(headHashes);
    let previous = '0'.repeat(64);
    for (const row of rows) {
      expect(row.legacyPreviousHash).toBe(previous);
      expect(oldChainHash(previous, { ...row, at: row.at.toISOString() })).toBe(row.legacyHash);
      previous = row.legacyHash;
    }
  });

  test('new entries continue the tree after the old ones, and the log verifies intact', async () => {
    await hub.ask('dana', `{ person(id: "${demoPeople.tomasz.id}") { givenName welfare { debts { amountPence } } } }`);
    await checkpointsSettled(hub);
    const report = (await hub.ask('helen', '{ verifyAuditLog { intact treeSize unvouchedEntries checkedAgainst { source ok } } }')).data.verifyAuditLog;
    expect(report).toMatchObject({ intact: true, unvouchedEntries: 0 });
    expect(report.treeSize).toBeGreaterThan(LEGACY.length);
    const newest = await (hub.database('consent') as any).auditEvent.findMany({ where: { leafIndex: { gte: LEGACY.length } } });
    expect(newest.every((row: { legacyHash: string | null }) => row.legacyHash === null)).toBe(true);
    const exported = await fetchAuditExport(hub);
    expect(exported.checkpoints.slice(1).every((note) => note.split('\n')[3] === '')).toBe(true);
  });
});
