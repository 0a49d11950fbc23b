import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { demoPeople } from '../prisma/demo-people';
import { encodeAuditLeaf } from '../subgraphs/consent/audit-log/audit-leaf';
import { hashLeaf } from '../subgraphs/consent/audit-log/merkle-hashing';
import { appendLeaves, EMPTY_TREE, rootOf } from '../subgraphs/consent/audit-log/tree-state';
import type { ConsentDb } from '../subgraphs/consent/database';
import { checkpointsSettled, fetchAuditExport } from './support/audit-log';
import { leafHashOf, openNote, readLeaf, rootFromPath, treeHead } from './support/independent-audit-verifier';
import { startTestHub, type TestHub } from './support/test-hub';
import { main as fetchAudit } from '../tools/fetch-audit/fetch-audit';
import { main as verifyAudit } from '../tools/verify-audit/verify-audit';

const { tomasz, darren } = demoPeople;

const VERIFY = `query($checkpoint: String) { verifyAuditLog(checkpoint: $checkpoint) {
  intact treeSize rootHash unvouchedEntries checkedAgainst { source treeSize rootHash ok problem fromEntry toEntry detail } } }`;

interface Check { source: string; treeSize: number | null; ok: boolean; problem: string | null; fromEntry: number | null; toEntry: number | null; detail: string | null }

/** How the verifier names the entries between two checkpoints: a checkpoint may follow one entry or several. */
const changedRange = (from: number, to: number) => (to - from === 1 ? `Entry ${from}` : `At least one of entries ${from} to ${to - 1}`);

/** Some looks at Tomasz's and Darren's records, each round under a checkpoint of its own. */
async function accessRounds(hub: TestHub, rounds: number): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    await hub.ask('dana', `{ person(id: "${tomasz.id}") { givenName welfare { debts { amountPence } } socialCare { lookedAfterStatus } } }`);
    await hub.ask('gareth', `{ person(id: "${darren.id}") { givenName postcode } }`);
    await checkpointsSettled(hub);
  }
}

/** Someone with write access to the consent database (and, where said, to the checkpoint file): what the tests do to it. */
class Attacker {
  constructor(private readonly hub: TestHub) {}

  async sql<Row extends Record<string, any> = Record<string, any>>(text: string, values: unknown[] = []): Promise<Row[]> {
    const database = new Client({ connectionString: this.hub.databaseUrls.consent });
    await database.connect();
    try {
      return (await database.query<Row>(text, values)).rows;
    } finally {
      await database.end();
    }
  }

  get checkpointFile(): string {
    return path.join(this.hub.dataDir, 'audit-checkpoints.jsonl');
  }

  /** The tree state rewritten to match the rows as they now are, as a careful attacker would. */
  async recomputeTreeState(): Promise<void> {
    const rows = await this.sql<{ leafHash: Buffer }>('SELECT "leafHash" FROM "AuditEvent" ORDER BY "leafIndex"');
    const state = appendLeaves(EMPTY_TREE, rows.map((row) => row.leafHash));
    await this.sql('UPDATE "AuditTreeState" SET size = $1, "rightEdge" = $2, root = $3', [state.size, state.rightEdge, rootOf(state)]);
  }

  async save(): Promise<void> {
    await this.sql('CREATE TABLE saved_events AS SELECT * FROM "AuditEvent"; CREATE TABLE saved_state AS SELECT * FROM "AuditTreeState"');
    fs.copyFileSync(this.checkpointFile, `${this.checkpointFile}.saved`);
  }

  async restore(): Promise<void> {
    await this.sql('DELETE FROM "AuditEvent"; INSERT INTO "AuditEvent" SELECT * FROM saved_events; DELETE FROM "AuditTreeState"; INSERT INTO "AuditTreeState" SELECT * FROM saved_state');
    fs.copyFileSync(`${this.checkpointFile}.saved`, this.checkpointFile);
  }
}

describe('attacks on the audit log, through the gateway, on PostgreSQL: each caught and named', () => {
  let hub: TestHub;
  let attacker: Attacker;
  /** The latest checkpoint, as a DPO fetched and kept it. */
  let kept: string;
  let size: number;
  /** The sizes of the stored checkpoints, oldest first. */
  let checkpointSizes: number[];

  const verify = async (checkpoint: string | null = null) => (await hub.ask('helen', VERIFY, { checkpoint })).data.verifyAuditLog;
  const checkOf = (report: { checkedAgainst: Check[] }, source: string) => report.checkedAgainst.find((check) => check.source === source)!;

  beforeAll(async () => {
    hub = await startTestHub();
    attacker = new Attacker(hub);
    await accessRounds(hub, 4);
    const exported = await fetchAuditExport(hub);
    kept = exported.checkpoints.at(-1)!;
    size = exported.entries.length;
    checkpointSizes = exported.checkpoints.map((note) => Number(note.split('\n')[1]));
    await attacker.save();
  });
  afterEach(() => attacker.restore());
  afterAll(() => hub.stop());

  test('untouched, the log is intact against its entries, the latest checkpoint and the one kept', async () => {
    expect(checkpointSizes.length).toBeGreaterThanOrEqual(4);
    expect(checkpointSizes.at(-1)).toBe(size);
    const report = await verify(kept);
    expect(report).toMatchObject({ intact: true, treeSize: size, unvouchedEntries: 0 });
    expect(report.checkedAgainst.map((check: Check) => [check.source, check.ok, check.treeSize])).toEqual([
      ['ENTRIES', true, null], ['LATEST_CHECKPOINT', true, size], ['HANDED_IN_CHECKPOINT', true, size],
    ]);
  });

  test('the last 5 rows deleted (truncation): the missing range is named', async () => {
    await attacker.sql('DELETE FROM "AuditEvent" WHERE "leafIndex" >= $1', [size - 5]);
    await attacker.recomputeTreeState();
    const report = await verify();
    expect(report.intact).toBe(false);
    expect(checkOf(report, 'LATEST_CHECKPOINT')).toMatchObject({
      ok: false, problem: 'MISSING_RANGE', fromEntry: size - 5, toEntry: size,
      detail: `Entries ${size - 5} to ${size - 1} are missing: the latest checkpoint (${size} entries) signs ${size} entries and the log holds ${size - 5}.`,
    });
  });

  test('every row deleted: the log was emptied', async () => {
    await attacker.sql('DELETE FROM "AuditEvent"');
    await attacker.recomputeTreeState();
    const report = await verify();
    expect(report).toMatchObject({ intact: false, treeSize: 0 });
    expect(checkOf(report, 'LATEST_CHECKPOINT')).toMatchObject({ problem: 'EMPTIED', fromEntry: 0, toEntry: size });
  });

  test('a row changed, its stored hash left alone: that entry is named', async () => {
    const [victim] = await attacker.sql<{ leafIndex: number }>(`SELECT "leafIndex" FROM "AuditEvent" WHERE decision = 'DENIED' ORDER BY "leafIndex" LIMIT 1`);
    await attacker.sql(`UPDATE "AuditEvent" SET decision = 'ALLOWED', reason = 'CONSENT' WHERE "leafIndex" = $1`, [victim.leafIndex]);
    const report = await verify();
    expect(checkOf(report, 'ENTRIES')).toMatchObject({
      problem: 'CHANGED_ENTRY', fromEntry: victim.leafIndex, toEntry: victim.leafIndex + 1,
      detail: `Entry ${victim.leafIndex} no longer matches the hash stored when it was appended.`,
    });
    expect(checkOf(report, 'LATEST_CHECKPOINT')).toMatchObject({ problem: 'CHANGED_ENTRY' });
  });

  test('entries deleted from the middle: the gap is named', async () => {
    await attacker.sql('DELETE FROM "AuditEvent" WHERE "leafIndex" BETWEEN 3 AND 5');
    const report = await verify();
    expect(checkOf(report, 'ENTRIES')).toMatchObject({ problem: 'MISSING_RANGE', fromEntry: 3, toEntry: 6 });
    expect(checkOf(report, 'LATEST_CHECKPOINT')).toMatchObject({ problem: 'MISSING_RANGE', fromEntry: 3, toEntry: 6, detail: 'Entries 3 to 5 are missing from the middle of the log.' });
  });

  test('rows deleted along with the latest checkpoint pass on their own, and are caught against a kept checkpoint', async () => {
    const earlier = checkpointSizes.at(-2)!;
    await attacker.sql('DELETE FROM "AuditEvent" WHERE "leafIndex" >= $1', [earlier]);
    await attacker.recomputeTreeState();
    const lines = fs.readFileSync(attacker.checkpointFile, 'utf8').trimEnd().split('\n');
    fs.writeFileSync(attacker.checkpointFile, `${lines.slice(0, -1).join('\n')}\n`);

    const alone = await verify();
    expect(alone).toMatchObject({ intact: true, treeSize: earlier });
    const report = await verify(kept);
    expect(report.intact).toBe(false);
    expect(checkOf(report, 'HANDED_IN_CHECKPOINT')).toMatchObject({
      ok: false, problem: 'MISSING_RANGE', treeSize: size, fromEntry: earlier, toEntry: size,
      detail:
        `${size - earlier === 1 ? `Entry ${earlier} is` : `Entries ${earlier} to ${size - 1} are`} missing: the checkpoint handed in signs ${size} entries and the log holds ${earlier}. ` +
        `The latest stored checkpoint signs only ${earlier}: the checkpoints after it were removed too.`,
    });
  });

  test('a checkpoint handed in that this hub did not sign is named untrusted; one that is not a checkpoint is refused as input', async () => {
    const forged = kept.replace(/\n\u2014 (\S+) (\S+)\n$/, (_all, name) => `\n\u2014 ${name} ${Buffer.alloc(68, 7).toString('base64')}\n`);
    expect(checkOf(await verify(forged), 'HANDED_IN_CHECKPOINT')).toMatchObject({ ok: false, problem: 'UNTRUSTED_CHECKPOINT' });
    const answer = await hub.ask('helen', VERIFY, { checkpoint: 'not a checkpoint' });
    expect(answer.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', invalidFields: [{ field: 'checkpoint' }] });
  });

  test('only the DPO may verify or export the log; the checkpoint key is public', async () => {
    for (const user of ['dana', 'tomasz']) {
      for (const query of ['{ verifyAuditLog { intact } }', '{ auditLogExport { treeSize } }']) {
        expect((await hub.ask(user, query)).errors[0].extensions?.code).toBe('FORBIDDEN');
      }
    }
    const key = await hub.ask('dana', '{ auditCheckpointKey }');
    expect(key.data.auditCheckpointKey).toBe((hub.database('consent') as ConsentDb).audit!.settings.signer.verifierKey);
    expect(key.data.auditCheckpointKey).not.toContain('PRIVATE');
  });

  test('the test\'s own verifier checks the exported log and a person\'s inclusion proofs', async () => {
    const key = (await hub.ask('helen', '{ auditCheckpointKey }')).data.auditCheckpointKey;
    const exported = await fetchAuditExport(hub);
    const leaves = exported.entries.map((entry) => Buffer.from(entry.leaf, 'base64'));
    expect(exported.entries.map((entry) => entry.index)).toEqual(leaves.map((_, index) => index));
    expect(exported.entries.every((entry, index) => leafHashOf(leaves[index]).equals(Buffer.from(entry.leafHash, 'base64')))).toBe(true);
    const hashes = leaves.map(leafHashOf);
    for (const note of exported.checkpoints) {
      const checkpoint = openNote(note, key)!;
      expect(checkpoint).not.toBeNull();
      expect(treeHead(hashes.slice(0, checkpoint.size)).equals(checkpoint.root)).toBe(true);
    }

    const { data } = await hub.ask('tomasz', '{ me { accessLog { agency role category decision reason proof { format leafIndex leaf treeSize inclusionPath checkpoint } } } }');
    // This very read is logged too, as the newest entry. It has no proof until the next checkpoint, which on a slow
    // machine may already have come (checkpoints follow an append within about 100 ms): every entry without a proof is it.
    const [thisRead] = data.me.accessLog;
    expect(thisRead).toMatchObject({ role: 'client', reason: 'OWN_RECORD' });
    expect(data.me.accessLog.filter((entry: { proof: unknown }) => entry.proof === null).every((entry: unknown) => entry === thisRead)).toBe(true);
    const entries = data.me.accessLog.filter((entry: { proof: unknown }) => entry.proof !== null);
    expect(entries.length).toBeGreaterThan(5);
    for (const entry of entries) {
      const { proof } = entry;
      const leaf = Buffer.from(proof.leaf, 'base64');
      const recorded = readLeaf(leaf);
      expect(recorded).toMatchObject({ personId: tomasz.id, agency: entry.agency, role: entry.role, category: entry.category, decision: entry.decision, reason: entry.reason });
      const checkpoint = openNote(proof.checkpoint, key)!;
      expect(checkpoint.size).toBe(proof.treeSize);
      const root = rootFromPath(proof.leafIndex, proof.treeSize, leafHashOf(leaf), proof.inclusionPath.map((hash: string) => Buffer.from(hash, 'base64')));
      expect(root?.equals(checkpoint.root)).toBe(true);
    }
    // The proof a person holds stops proving once the entry is changed.
    const { proof } = entries[0];
    const changed = Buffer.from(proof.leaf, 'base64');
    changed[changed.length - 2] ^= 1;
    expect(rootFromPath(proof.leafIndex, proof.treeSize, leafHashOf(changed), proof.inclusionPath.map((hash: string) => Buffer.from(hash, 'base64')))?.equals(openNote(proof.checkpoint, key)!.root)).toBe(false);
  });

  test('the verifier of the test shares nothing with the hub: node built-ins only', () => {
    const source = fs.readFileSync(path.join(__dirname, 'support', 'independent-audit-verifier.ts'), 'utf8');
    expect([...source.matchAll(/from '([^']+)'/g)].map((m) => m[1])).toEqual(['node:crypto']);
  });

  test('npm run fetch-audit keeps the latest checkpoint; npm run verify-audit finds the export intact, and a later truncation against the kept checkpoint', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'fetch-audit-'));
    const lines: string[] = [];
    const file = path.join(folder, 'audit-export.json');
    const fetchArgs = [file, '--gateway', hub.hub.gatewayUrl, '--token', await hub.token('helen')];
    expect(await fetchAudit(fetchArgs, (line) => lines.push(line), {})).toBe(0);
    expect(lines[0]).toBe(`Wrote ${size} entries and ${checkpointSizes.length} checkpoints of one-story-hub.local/audit-log to ${file}.`);
    const keptFile = path.join(folder, 'audit-export.checkpoint');
    expect(fs.readFileSync(keptFile, 'utf8')).toBe(kept);
    const key = (await hub.ask('helen', '{ auditCheckpointKey }')).data.auditCheckpointKey;
    const verified: string[] = [];
    expect(verifyAudit([file, '--key', key, '--checkpoint', keptFile], (line) => verified.push(line))).toBe(0);
    expect(verified).toContain(`INTACT: the first ${size} entries are the log the checkpoints signed.`);

    await attacker.sql('DELETE FROM "AuditEvent" WHERE "leafIndex" >= $1', [size - 3]);
    const later = path.join(folder, 'later.json');
    expect(await fetchAudit([later, ...fetchArgs.slice(1)], () => undefined, {})).toBe(0);
    const broken: string[] = [];
    expect(verifyAudit([later, '--key', key, '--checkpoint', keptFile], (line) => broken.push(line))).toBe(1);
    expect(broken).toContain(`BROKEN MISSING_RANGE: Entries ${size - 3} to ${size - 1} are missing: the kept checkpoint ${keptFile} signs ${size} entries and the export holds ${size - 3}.`);
    expect(await fetchAudit([later, '--gateway', hub.hub.gatewayUrl, '--token', await hub.token('dana')], (line) => broken.push(line), {})).toBe(1);
    expect(broken.at(-1)).toMatch(/^fetch-audit: Only a data-protection officer may do this/);
  });

  // Last: a refusal stops this hub's checkpoints for good, as it should.
  test('a row rewritten with its hash and the tree state recomputed: the batch is named, and the hub refuses to sign over it', async () => {
    const victimIndex = checkpointSizes[1];
    const row = (await (hub.database('consent') as ConsentDb).auditEvent.findUniqueOrThrow({ where: { leafIndex: victimIndex } }))!;
    const rewritten = { ...row, decision: row.decision === 'DENIED' ? ('ALLOWED' as const) : ('DENIED' as const) };
    await attacker.sql(`UPDATE "AuditEvent" SET decision = $1, "leafHash" = $2 WHERE "leafIndex" = $3`, [rewritten.decision, hashLeaf(encodeAuditLeaf(rewritten)), victimIndex]);
    await attacker.recomputeTreeState();

    const report = await verify(kept);
    expect(checkOf(report, 'ENTRIES').ok).toBe(true);
    expect(checkOf(report, 'LATEST_CHECKPOINT')).toMatchObject({
      problem: 'CHANGED_ENTRY', fromEntry: checkpointSizes[1], toEntry: checkpointSizes[2],
      detail: `${changedRange(checkpointSizes[1], checkpointSizes[2])} was changed after the latest checkpoint (${size} entries) was signed, with the hashes recomputed: the log's first ${size} entries no longer give its root.`,
    });
    expect(checkOf(report, 'HANDED_IN_CHECKPOINT')).toMatchObject({ problem: 'CHANGED_ENTRY', fromEntry: checkpointSizes[1], toEntry: checkpointSizes[2] });

    await hub.ask('dana', `{ person(id: "${tomasz.id}") { givenName } }`);
    await checkpointsSettled(hub);
    const { checkpointer } = (hub.database('consent') as ConsentDb).audit!;
    expect(checkpointer.refusal?.message).toContain(`entries below ${size} were changed`);
    const after = await verify();
    expect(checkOf(after, 'LATEST_CHECKPOINT').treeSize).toBe(size);
  });
});

describe('a fork: two logs under the same checkpoint key', () => {
  let first: TestHub;
  let second: TestHub;
  beforeAll(async () => {
    first = await startTestHub();
    // The second hub signs with the first one's key: a rewound hub, or a stolen key.
    process.env.AUDIT_CHECKPOINT_KEY_FILE = path.join(first.dataDir, 'audit-checkpoint.key');
    try {
      second = await startTestHub();
    } finally {
      delete process.env.AUDIT_CHECKPOINT_KEY_FILE;
    }
  });
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
  });

  test('a checkpoint kept from one log is named a fork against the other, which is intact on its own', async () => {
    await accessRounds(first, 2);
    const kept = (await fetchAuditExport(first)).checkpoints.at(-1)!;
    const keptSize = Number(kept.split('\n')[1]);
    while ((await second.ask('helen', '{ verifyAuditLog { treeSize } }')).data.verifyAuditLog.treeSize < keptSize) await accessRounds(second, 1);
    await accessRounds(second, 1);

    const report = (await second.ask('helen', VERIFY, { checkpoint: kept })).data.verifyAuditLog;
    expect(report.intact).toBe(false);
    expect(report.checkedAgainst.map((check: Check) => [check.source, check.ok, check.problem])).toEqual([
      ['ENTRIES', true, null], ['LATEST_CHECKPOINT', true, null], ['HANDED_IN_CHECKPOINT', false, 'FORK'],
    ]);
    expect(report.checkedAgainst[2].detail).toContain('two different logs under the same key');
  });
});
