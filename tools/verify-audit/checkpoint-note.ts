import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';

/** Signed-note checkpoints (C2SP signed-note and tlog-checkpoint), Ed25519 only, verified with node:crypto. */
export interface TrustedKey {
  text: string;
  name: string;
  keyHash: Buffer;
  publicKey: KeyObject;
}

export interface SignedCheckpoint {
  origin: string;
  size: number;
  root: Buffer;
}

export function parseTrustedKey(text: string): TrustedKey {
  // name+hash+key, where the base64 key may itself hold "+"
  const match = /^([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/]+=*)$/.exec(text.trim());
  const [, name, hash, encoded] = match ?? [];
  const key = Buffer.from(encoded ?? '', 'base64');
  if (!match || key.length !== 33 || key[0] !== 1 || key.toString('base64') !== encoded) throw new Error(`"${text.trim()}" is not an Ed25519 verifier key (name+hash+key)`);
  const keyHash = createHash('sha256').update(Buffer.concat([Buffer.from(`${name}\n`), key])).digest().subarray(0, 4);
  if (keyHash.toString('hex') !== hash) throw new Error(`verifier key "${text.trim()}": its hash does not match its key`);
  const publicKey = createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), key.subarray(1)]), format: 'der', type: 'spki' });
  return { text: text.trim(), name, keyHash, publicKey };
}

/** The checkpoint a note holds, or a sentence saying why it cannot be trusted. */
export function readCheckpoint(note: string, key: TrustedKey, origin: string): SignedCheckpoint | string {
  const split = note.lastIndexOf('\n\n');
  if (split < 0 || !note.endsWith('\n')) return 'it is not a signed note';
  const text = note.slice(0, split + 1);
  const signed = note.slice(split + 2, -1).split('\n').some((line) => {
    const match = /^\u2014 (\S+) ([A-Za-z0-9+/=]+)$/.exec(line);
    if (!match || match[1] !== key.name) return false;
    const signature = Buffer.from(match[2], 'base64');
    return signature.subarray(0, 4).equals(key.keyHash) && verify(null, Buffer.from(text), key.publicKey, signature.subarray(4));
  });
  if (!signed) return `it is not signed by the trusted key ${key.name}+${key.keyHash.toString('hex')}`;
  const [noteOrigin, size, root] = text.split('\n');
  if (!/^(0|[1-9][0-9]*)$/.test(size ?? '') || !/^[A-Za-z0-9+/]{43}=$/.test(root ?? '')) return 'its text is not origin, size and a SHA-256 root';
  if (noteOrigin !== origin) return `it is a checkpoint of the log "${noteOrigin}", not "${origin}"`;
  return { origin: noteOrigin, size: Number(size), root: Buffer.from(root, 'base64') };
}
