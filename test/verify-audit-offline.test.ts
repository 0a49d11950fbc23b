import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { encodeAuditLeaf } from '../subgraphs/consent/audit-log/audit-leaf';
import type { AuditLogExport } from '../subgraphs/consent/audit-log/audit-log-export';
import { hashLeaf } from '../subgraphs/consent/audit-log/merkle-hashing';
import { generateSignerKey, parseSignerKey } from '../subgraphs/consent/audit-log/signed-note';
import { readExportFile } from '../tools/verify-audit/export-file';
import { main } from '../tools/verify-audit/verify-audit';
import { verifyExport, type VerificationReport } from '../tools/verify-audit/verify-export';
import { ORIGIN, SyntheticAuditLog, syntheticEntry } from './support/synthetic-audit-log';

/** The hub's code writes a log and its export; the offline verifier, which shares none of that code, checks it. */
const verify = (exported: AuditLogExport, options: Parameters<typeof verifyExport>[1] = {}) => verifyExport(readExportFile(JSON.stringify(exported)), options);
const kinds = (report: VerificationReport) => report.findings.map((finding) => finding.kind);
const recomputeStoredHashes = (exported: AuditLogExport) => exported.entries.forEach((entry) => { entry.leafHash = hashLeaf(Buffer.from(entry.leaf, 'base64')).toString('base64'); });
const changedLeaf = (n: number) => encodeAuditLeaf(syntheticEntry(n, { decision: 'DENIED', reason: 'NO_CONSENT', consentId: null })).toString('base64');

/** 40 entries in batches of 8, a checkpoint after each: sizes 8, 16, 24, 32, 40. */
const dayOfAccesses = () => SyntheticAuditLog.withBatches([8, 8, 8, 8, 8]);

describe('a DPO verifies an export of the audit log offline', () => {
  test('an untouched export is intact, checked against every checkpoint', async () => {
    const report = verify((await dayOfAccesses()).export());
    expect(report).toMatchObject({ intact: true, entries: 40, verifiedSize: 40, checkpointsChecked: 5, findings: [] });
  });

  test('one entry changed, its stored hash left alone: that entry is named', async () => {
    const exported = (await dayOfAccesses()).export();
    exported.entries[17].leaf = changedLeaf(17);
    const report = verify(exported);
    expect(report.intact).toBe(false);
    expect(report.findings[0]).toMatchObject({ kind: 'CHANGED_ENTRY', from: 17, to: 18 });
    expect(report.findings[0].message).toContain("Entry 17 was changed");
    expect(report.findings[0].message).toContain('DENIED (NO_CONSENT)');
  });

  test('one entry changed with every later hash recomputed: the checkpoints name the batch it is in', async () => {
    const exported = (await dayOfAccesses()).export();
    exported.entries[17].leaf = changedLeaf(17);
    recomputeStoredHashes(exported);
    const report = verify(exported);
    expect(kinds(report)).toEqual(['CHANGED_ENTRY', 'CHANGED_ENTRY', 'CHANGED_ENTRY']);
    expect(report.findings[0]).toMatchObject({ from: 16, to: 24 });
    expect(report.findings[0].message).toContain('at least one of entries 16 to 23 was changed, with the hashes recomputed');
    expect(report.verifiedSize).toBe(16);
  });

  test('the last 5 entries deleted: the missing range is named', async () => {
    const exported = (await dayOfAccesses()).export();
    exported.entries.splice(35);
    const report = verify(exported);
    expect(report.findings).toEqual([expect.objectContaining({ kind: 'MISSING_RANGE', from: 35, to: 40 })]);
    expect(report.findings[0].message).toBe('Entries 35 to 39 are missing: the checkpoint 5 of the export signs 40 entries and the export holds 35.');
  });

  test('entries deleted from the middle: the gap is named', async () => {
    const exported = (await dayOfAccesses()).export();
    exported.entries.splice(10, 3);
    const report = verify(exported);
    expect(report.findings[0]).toMatchObject({ kind: 'MISSING_RANGE', from: 10, to: 13 });
    expect(report.findings[0].message).toBe('Entries 10 to 12 are missing from the middle of the log.');
    expect(report.findings.at(-1)!.message).toBe('The checkpoint 5 of the export (40 entries) cannot be checked past the gap at entry 10.');
    expect(report.verifiedSize).toBe(8);
  });

  test('every entry deleted: the log was emptied', async () => {
    const exported = (await dayOfAccesses()).export();
    exported.entries = [];
    const report = verify(exported);
    expect(new Set(kinds(report))).toEqual(new Set(['EMPTIED']));
    expect(report.findings.at(-1)!.message).toBe('The log was emptied: the checkpoint 5 of the export signs 40 entries and the export has none.');
  });

  test('rows deleted along with the latest checkpoints pass on their own, and are caught against a kept checkpoint', async () => {
    const log = await dayOfAccesses();
    const keptByTheDpo = log.checkpoints[4].note;
    const exported = log.export();
    exported.entries.splice(30);
    exported.checkpoints.splice(3);
    const alone = verify(exported);
    expect(alone.intact).toBe(true);
    expect(alone.verifiedSize).toBe(24);
    const report = verify(exported, { keptCheckpoints: [{ note: keptByTheDpo, source: 'kept checkpoint dpo-2026-12-02.txt' }] });
    expect(report.findings).toEqual([expect.objectContaining({ kind: 'MISSING_RANGE', from: 30, to: 40 })]);
    expect(report.findings[0].message).toBe('Entries 30 to 39 are missing: the kept checkpoint dpo-2026-12-02.txt signs 40 entries and the export holds 30.');
  });

  test('every row and every checkpoint deleted: caught against a kept checkpoint', async () => {
    const log = await dayOfAccesses();
    const exported = log.export();
    exported.entries = [];
    exported.checkpoints = [];
    expect(kinds(verify(exported))).toEqual(['NOTHING_TO_CHECK_AGAINST']);
    expect(kinds(verify(exported, { keptCheckpoints: [{ note: log.checkpoints[1].note, source: 'kept checkpoint' }] }))).toEqual(['EMPTIED']);
  });

  test('a fork: another log under the same checkpoint key is caught against a checkpoint kept from the first', async () => {
    const signer = parseSignerKey(generateSignerKey(ORIGIN));
    const first = await SyntheticAuditLog.withBatches([8, 8, 8], signer);
    // Same key, same size, one entry different from the start: a rewritten history, re-signed.
    const second = await SyntheticAuditLog.withBatches([8, 8, 8, 8], signer, (n) => syntheticEntry(n, n === 3 ? { subject: 'someone-else' } : {}));
    expect(verify(second.export()).intact).toBe(true);
    const report = verify(second.export(), { keptCheckpoints: [{ note: first.checkpoints[2].note, source: 'kept checkpoint' }] });
    expect(new Set(kinds(report))).toEqual(new Set(['FORK']));
    expect(report.findings.map((f) => f.message)).toContain('The checkpoint 3 of the export and the kept checkpoint both sign a log of 24 entries, with different roots: two different logs under the same checkpoint key.');
  });

  test('a fork kept at a size the other log never signed is still named a fork', async () => {
    const signer = parseSignerKey(generateSignerKey(ORIGIN));
    const first = await SyntheticAuditLog.withBatches([5], signer);
    const second = await SyntheticAuditLog.withBatches([8, 8], signer, (n) => syntheticEntry(n, n === 2 ? { fieldPath: 'Person.welfare.benefits' } : {}));
    const report = verify(second.export(), { keptCheckpoints: [{ note: first.checkpoints[0].note, source: 'kept checkpoint' }] });
    expect(report.findings).toEqual([expect.objectContaining({ kind: 'FORK', from: 0, to: 5 })]);
    expect(report.findings[0].message).toContain('the second does not extend the first');
  });

  test("checkpoints signed by another key are not trusted, and a pinned key catches an export that swapped its key", async () => {
    const log = await dayOfAccesses();
    const forger = await SyntheticAuditLog.withBatches([8, 8, 8, 8, 8, 2]);
    const exported = log.export();
    exported.checkpoints.push(forger.checkpoints[5].note);
    expect(verify(exported).findings).toEqual([expect.objectContaining({ kind: 'UNTRUSTED_CHECKPOINT' })]);
    expect(verify(exported).findings[0].message).toContain(`it is not signed by the trusted key ${ORIGIN}+`);
    const swapped = forger.export();
    const report = verify(swapped, { trustedKey: log.signer.verifierKey });
    expect(kinds(report)).toContain('KEY_MISMATCH');
    expect(kinds(report)).toContain('NOTHING_TO_CHECK_AGAINST');
  });

  test('entries appended after the latest checkpoint are reported as not yet vouched for', async () => {
    const log = await dayOfAccesses();
    const exported = log.export();
    exported.checkpoints.pop();
    const report = verify(exported);
    expect(report.intact).toBe(true);
    expect(report.notes).toContain('Entries 32 to 39 are not under a trusted checkpoint yet: nothing vouches for them.');
  });

  test('a malformed leaf or export is named by what is wrong with it', async () => {
    const exported = (await dayOfAccesses()).export();
    exported.entries[4].leaf = Buffer.from([0x02, 0x00]).toString('base64');
    expect(verify(exported).findings[0].message).toBe('Entry 4 is not a well-formed audit leaf: it starts with byte 2, not format version 1.');
    expect(() => readExportFile(JSON.stringify({ ...exported, entries: [{ index: 'x' }] }))).toThrow('entries[0]: "index" is not a whole number');
    expect(() => readExportFile('{')).toThrow('the export is not JSON');
  });
});

describe('npm run verify-audit', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-audit-'));
  const run = (...args: string[]) => {
    const lines: string[] = [];
    const code = main(args, (line) => lines.push(line));
    return { code, output: lines.join('\n') };
  };

  test('says INTACT with exit code 0, keeps the latest checkpoint, and catches a later truncation with it', async () => {
    const log = await dayOfAccesses();
    const file = path.join(folder, 'export.json');
    fs.writeFileSync(file, JSON.stringify(log.export()));
    const kept = path.join(folder, 'kept-checkpoint.txt');
    const first = run(file, '--key', log.signer.verifierKey, '--keep', kept);
    expect(first).toEqual({ code: 0, output: expect.stringContaining('INTACT: the first 40 entries are the log the checkpoints signed.') });
    expect(fs.readFileSync(kept, 'utf8')).toBe(log.checkpoints[4].note);

    const truncated = log.export();
    truncated.entries.splice(20);
    truncated.checkpoints.splice(2);
    fs.writeFileSync(file, JSON.stringify(truncated));
    expect(run(file, '--key', log.signer.verifierKey).code).toBe(0);
    const second = run(file, '--checkpoint', kept, '--key', log.signer.verifierKey);
    expect(second.code).toBe(1);
    expect(second.output).toContain(`BROKEN MISSING_RANGE: Entries 20 to 39 are missing: the kept checkpoint ${kept} signs 40 entries and the export holds 20.`);
  });

  test('an unreadable export or a bad option exits 2, saying why', () => {
    expect(run()).toEqual({ code: 2, output: expect.stringContaining('usage: npm run verify-audit -- <export>') });
    expect(run(path.join(folder, 'none.json')).code).toBe(2);
    expect(run('x.json', '--checkpont', 'y')).toEqual({ code: 2, output: 'verify-audit: unknown option --checkpont' });
  });

  test('the verifier shares no code with the hub: it imports only node built-ins and its own files', () => {
    const dir = path.join(__dirname, '..', 'tools', 'verify-audit');
    for (const file of fs.readdirSync(dir)) {
      const imports = [...fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/from '([^']+)'|require\('([^']+)'\)/g)].map((m) => m[1] ?? m[2]);
      for (const name of imports) expect(`${file}: ${name}`).toMatch(/: (node:[a-z]+|\.\/[a-z-]+)$/);
    }
  });
});

describe("a person checks the proof of one entry of their own access log", () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-proof-'));
  const check = (bundle: object, key: string) => {
    const file = path.join(folder, 'proof.json');
    fs.writeFileSync(file, JSON.stringify(bundle));
    const lines: string[] = [];
    return { code: main(['--proof', file, '--key', key], (line) => lines.push(line)), output: lines.join('\n') };
  };

  test('every entry of the log has a proof the offline verifier accepts against the latest checkpoint', async () => {
    const log = await SyntheticAuditLog.withBatches([5, 8, 1]);
    const key = log.signer.verifierKey;
    for (let index = 0; index < 14; index += 1) {
      const bundle = await log.inclusionProof(index, log.checkpoints[2].note);
      expect(check(bundle, key)).toEqual({ code: 0, output: expect.stringMatching(new RegExp(`^PROVEN: Entry ${index} is in the log the checkpoint of 14 entries signed: `)) });
    }
    const older = await log.inclusionProof(3, log.checkpoints[0].note);
    expect(check(older, key).output).toContain('PROVEN: Entry 3 is in the log the checkpoint of 5 entries signed: 2026-12-02T08:00:03.000Z: staff-3 (adviser, careers-service)');
  });

  test('a changed entry, a path for another entry, or a checkpoint of another key is not proven', async () => {
    const log = await SyntheticAuditLog.withBatches([8, 8]);
    const key = log.signer.verifierKey;
    const bundle = await log.inclusionProof(7, log.checkpoints[1].note);
    expect(check(bundle, key).code).toBe(0);
    expect(check({ ...bundle, leaf: changedLeaf(7) }, key)).toEqual({ code: 1, output: 'NOT PROVEN: entry 7 as given is not in the log the checkpoint of 16 entries signed.' });
    expect(check({ ...bundle, leafIndex: 6 }, key).code).toBe(1);
    const other = await SyntheticAuditLog.withBatches([16]);
    expect(check({ ...bundle, checkpoint: other.checkpoints[0].note }, key).output).toContain("NOT PROVEN: the proof's checkpoint cannot be trusted: it is not signed by the trusted key");
  });

  test('the hub refuses a proof against a checkpoint that does not cover the entry yet', async () => {
    const log = await SyntheticAuditLog.withBatches([4, 4]);
    await expect(log.inclusionProof(5, log.checkpoints[0].note)).rejects.toThrow('entry 5 is not under the checkpoint of 4 entries yet');
  });
});
