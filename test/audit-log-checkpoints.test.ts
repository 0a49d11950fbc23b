import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vectors from './fixtures/signed-note-vectors.json';
import { checkpointBody, openCheckpoint, signCheckpoint } from '../subgraphs/consent/audit-log/checkpoint';
import { CheckpointFileStore } from '../subgraphs/consent/audit-log/checkpoint-file-store';
import { CheckpointRefusedError, issueCheckpoint } from '../subgraphs/consent/audit-log/checkpoint-issuer';
import { checkpointSignerFromFile } from '../subgraphs/consent/audit-log/checkpoint-key-file';
import { hashLeaf } from '../subgraphs/consent/audit-log/merkle-hashing';
import { generateSignerKey, openNote, parseSignerKey, parseVerifierKey, signNote } from '../subgraphs/consent/audit-log/signed-note';
import { appendLeaves, EMPTY_TREE, rootOf } from '../subgraphs/consent/audit-log/tree-state';
import { parseTrustedKey, readCheckpoint } from '../tools/verify-audit/checkpoint-note';

/** Expected notes, keys and signatures come from golang.org/x/mod and transparency-dev/formats (the fixture's `source`). */
describe('checkpoints are signed notes as the Go checksum database signs them', () => {
  const { peterNeumann, enochRoot, goSumDatabaseCheckpoint } = vectors;

  test("signing the published text with the published key gives the published note, byte for byte", () => {
    const signer = parseSignerKey(peterNeumann.signerKey);
    expect(signer.verifierKey).toBe(peterNeumann.verifierKey);
    expect(signNote(peterNeumann.text, signer)).toBe(peterNeumann.signedNote);
  });

  test("the published note opens with its verifier key, another signer's line alongside is ignored", () => {
    const note = peterNeumann.signedNote + enochRoot.signatureLine;
    expect(openNote(note, parseVerifierKey(peterNeumann.verifierKey))).toBe(peterNeumann.text);
    expect(openNote(note, parseVerifierKey(enochRoot.verifierKey))).toBe(peterNeumann.text);
  });

  test('a changed text, a changed signature or another key is refused, saying which', () => {
    const verifier = parseVerifierKey(peterNeumann.verifierKey);
    expect(() => openNote(peterNeumann.signedNote.replace('answer', 'question'), verifier)).toThrow('does not match the note');
    expect(() => openNote(peterNeumann.signedNote.replace('x08go', 'x08gp'), verifier)).toThrow();
    expect(() => openNote(peterNeumann.signedNote, parseVerifierKey(enochRoot.verifierKey))).toThrow('not signed by EnochRoot+af0cfe78');
  });

  test('the published bad verifier keys are refused', () => {
    for (const key of vectors.badVerifierKeys) expect(() => parseVerifierKey(key)).toThrow();
  });

  test('checkpoint bodies are written as transparency-dev writes them', () => {
    for (const { origin, size, hashUtf8, body } of vectors.checkpointBodies) {
      expect(checkpointBody({ origin, size, root: Buffer.from(hashUtf8, 'utf8') })).toBe(body);
    }
  });

  test("a real checkpoint of the Go checksum database opens in the hub and in the offline verifier", () => {
    const { verifierKey, signedNote, origin, size } = goSumDatabaseCheckpoint;
    const opened = openCheckpoint(signedNote, parseVerifierKey(verifierKey), origin);
    expect(opened.size).toBe(size);
    const offline = readCheckpoint(signedNote, parseTrustedKey(verifierKey), origin);
    expect(offline).toEqual({ origin, size, root: opened.root });
    expect(readCheckpoint(signedNote, parseTrustedKey(verifierKey), 'another log')).toBe('it is a checkpoint of the log "go.sum database tree", not "another log"');
  });
});

describe('the checkpoint key and store', () => {
  const folder = () => fs.mkdtempSync(path.join(os.tmpdir(), 'checkpoint-key-'));

  test('a new key is written readable by its owner only, and read back as the same signer', () => {
    const file = path.join(folder(), 'keys', 'checkpoint.key');
    const created = checkpointSignerFromFile(file, 'hub/audit-log', { create: true });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(checkpointSignerFromFile(file, 'hub/audit-log', { create: false }).verifierKey).toBe(created.verifierKey);
  });

  test('a key file others can read, a missing key in production, or a key of another name is refused', () => {
    const file = path.join(folder(), 'checkpoint.key');
    expect(() => checkpointSignerFromFile(file, 'hub/audit-log', { create: false })).toThrow(`no checkpoint signing key at ${file}`);
    fs.writeFileSync(file, generateSignerKey('hub/audit-log'), { mode: 0o644 });
    fs.chmodSync(file, 0o644);
    expect(() => checkpointSignerFromFile(file, 'hub/audit-log', { create: false })).toThrow('readable by others');
    fs.chmodSync(file, 0o600);
    expect(() => checkpointSignerFromFile(file, 'other/log', { create: false })).toThrow('is named "hub/audit-log", not "other/log"');
  });

  test('checkpoints kept in their file come back in order with the right edge to extend, and none may go backwards', async () => {
    const store = new CheckpointFileStore(path.join(folder(), 'checkpoints.jsonl'));
    const signer = parseSignerKey(generateSignerKey('hub/audit-log'));
    const leafHashes = ['a', 'b', 'c'].map((leaf) => hashLeaf(Buffer.from(leaf)));
    const first = issueCheckpoint('hub/audit-log', signer, null, leafHashes.slice(0, 2), appendLeaves(EMPTY_TREE, leafHashes.slice(0, 2)));
    const second = issueCheckpoint('hub/audit-log', signer, first, leafHashes.slice(2), appendLeaves(EMPTY_TREE, leafHashes));
    await store.add(first);
    await store.add(second);
    await expect(store.add(first)).rejects.toThrow('a checkpoint of 2 entries does not follow the one of 3');
    const kept = await store.all();
    expect(kept.map((record) => record.note)).toEqual([first.note, second.note]);
    expect(rootOf((await store.latest())!.state)).toEqual(rootOf(second.state));
  });
});

describe('the hub will not sign a checkpoint over a rewritten log', () => {
  const signer = parseSignerKey(generateSignerKey('hub/audit-log'));
  const leafHashes = Array.from({ length: 10 }, (_, i) => hashLeaf(Buffer.from(`entry ${i}`)));
  const kept = issueCheckpoint('hub/audit-log', signer, null, leafHashes.slice(0, 6), appendLeaves(EMPTY_TREE, leafHashes.slice(0, 6)));

  test('entries appended after the last checkpoint are signed over', () => {
    const next = issueCheckpoint('hub/audit-log', signer, kept, leafHashes.slice(6), appendLeaves(EMPTY_TREE, leafHashes));
    const opened = openCheckpoint(next.note, parseVerifierKey(signer.verifierKey), 'hub/audit-log');
    expect(opened.size).toBe(10);
    expect(opened.root).toEqual(rootOf(appendLeaves(EMPTY_TREE, leafHashes)));
  });

  test('a log whose entry 2 was changed, with the tree state recomputed, is refused', () => {
    const rewritten = [...leafHashes];
    rewritten[2] = hashLeaf(Buffer.from('entry 2, rewritten'));
    expect(() => issueCheckpoint('hub/audit-log', signer, kept, rewritten.slice(6), appendLeaves(EMPTY_TREE, rewritten)))
      .toThrow(new CheckpointRefusedError("the log's tree of 10 entries does not extend the checkpoint of 6: entries below 6 were changed"));
  });

  test('a log that lost entries is refused', () => {
    expect(() => issueCheckpoint('hub/audit-log', signer, kept, leafHashes.slice(6, 8), appendLeaves(EMPTY_TREE, leafHashes.slice(0, 5))))
      .toThrow('the log holds 5 entries, but checkpoint 6 and the 2 appended since make 8');
  });

  test('a signed checkpoint says nothing but origin, size and root', () => {
    const note = signCheckpoint({ origin: 'hub/audit-log', size: 6, root: rootOf(kept.state) }, signer);
    expect(note).toBe(kept.note);
    expect(note.split('\n\n')[0].split('\n')).toEqual(['hub/audit-log', '6', rootOf(kept.state).toString('base64')]);
  });
});
