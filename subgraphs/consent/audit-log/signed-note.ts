import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

/**
 * Signed notes (C2SP signed-note, as golang.org/x/mod/sumdb/note) with Ed25519 keys:
 *
 *   note      = text (ends with "\n") || "\n" || signature line, one per signer
 *   signature = "— " || key name || " " || base64(key hash (4 bytes) || Ed25519 signature of text) || "\n"
 *   key hash  = first 4 bytes of SHA-256(key name || "\n" || 0x01 || public key)
 *   verifier key = name "+" hex(key hash) "+" base64(0x01 || public key)
 *   signer key   = "PRIVATE+KEY+" name "+" hex(key hash) "+" base64(0x01 || private seed)
 */

const ED25519 = 0x01;
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const SIGNATURE_PREFIX = '\u2014 ';

export class SignedNoteError extends Error {}

export interface NoteSigner {
  name: string;
  keyHash: Buffer;
  privateKey: KeyObject;
  verifierKey: string;
}

export interface NoteVerifier {
  name: string;
  keyHash: Buffer;
  publicKey: KeyObject;
}

function checkKeyName(name: string): void {
  if (name.length === 0 || /[\s+]/u.test(name)) throw new SignedNoteError(`key name "${name}" must be non-empty, without spaces or "+"`);
}

/** name "+" hash "+" key: the base64 key may itself hold "+", so split at the first two only. */
function splitKey(text: string, kind: string): [string, string, string] {
  const first = text.indexOf('+');
  const second = text.indexOf('+', first + 1);
  if (first < 0 || second < 0) throw new SignedNoteError(`${kind} key is not of the form name+hash+key`);
  const hash = text.slice(first + 1, second);
  if (!/^[0-9a-f]{8}$/.test(hash)) throw new SignedNoteError(`${kind} key hash is not 8 hex digits`);
  return [text.slice(0, first), hash, text.slice(second + 1)];
}

function keyHashOf(name: string, publicKey: Buffer): Buffer {
  return createHash('sha256').update(`${name}\n`).update(Buffer.from([ED25519])).update(publicKey).digest().subarray(0, 4);
}

function rawPublicKey(key: KeyObject): Buffer {
  return key.export({ format: 'der', type: 'spki' }).subarray(SPKI_ED25519_PREFIX.length);
}

/** A new Ed25519 key, as the signer key string to keep secret. */
export function generateSignerKey(name: string): string {
  checkKeyName(name);
  const { privateKey } = generateKeyPairSync('ed25519');
  const seed = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(PKCS8_ED25519_PREFIX.length);
  const publicKey = rawPublicKey(createPublicKey(privateKey));
  return `PRIVATE+KEY+${name}+${keyHashOf(name, publicKey).toString('hex')}+${Buffer.concat([Buffer.from([ED25519]), seed]).toString('base64')}`;
}

export function parseSignerKey(signerKey: string): NoteSigner {
  const trimmed = signerKey.trim();
  if (!trimmed.startsWith('PRIVATE+KEY+')) throw new SignedNoteError('signer key is not of the form PRIVATE+KEY+name+hash+key');
  const [name, hash, encoded] = splitKey(trimmed.slice('PRIVATE+KEY+'.length), 'signer');
  checkKeyName(name);
  const material = Buffer.from(encoded, 'base64');
  if (material.length !== 33 || material[0] !== ED25519 || material.toString('base64') !== encoded) throw new SignedNoteError('signer key is not an Ed25519 key');
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, material.subarray(1)]), format: 'der', type: 'pkcs8' });
  const publicKey = rawPublicKey(createPublicKey(privateKey));
  const keyHash = keyHashOf(name, publicKey);
  if (keyHash.toString('hex') !== hash) throw new SignedNoteError('signer key hash does not match its key');
  return { name, keyHash, privateKey, verifierKey: `${name}+${hash}+${Buffer.concat([Buffer.from([ED25519]), publicKey]).toString('base64')}` };
}

export function parseVerifierKey(verifierKey: string): NoteVerifier {
  const [name, hash, encoded] = splitKey(verifierKey.trim(), 'verifier');
  checkKeyName(name);
  const material = Buffer.from(encoded, 'base64');
  if (material.length !== 33 || material[0] !== ED25519 || material.toString('base64') !== encoded) throw new SignedNoteError('verifier key is not an Ed25519 key');
  const keyHash = keyHashOf(name, material.subarray(1));
  if (keyHash.toString('hex') !== hash) throw new SignedNoteError('verifier key hash does not match its key');
  return { name, keyHash, publicKey: createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, material.subarray(1)]), format: 'der', type: 'spki' }) };
}

export function signNote(text: string, signer: NoteSigner): string {
  if (!text.endsWith('\n') || text.includes('\n\n')) throw new SignedNoteError('note text must end with a newline and hold no blank line');
  const signature = sign(null, Buffer.from(text, 'utf8'), signer.privateKey);
  return `${text}\n${SIGNATURE_PREFIX}${signer.name} ${Buffer.concat([signer.keyHash, signature]).toString('base64')}\n`;
}

/** The note's text if `verifier` signed it; throws, saying why, otherwise. Other signers' lines are ignored. */
export function openNote(note: string, verifier: NoteVerifier): string {
  const split = note.lastIndexOf('\n\n');
  if (split < 0 || !note.endsWith('\n')) throw new SignedNoteError('not a signed note: no signature block');
  const text = note.slice(0, split + 1);
  const lines = note.slice(split + 2, -1).split('\n');
  for (const line of lines) {
    if (!line.startsWith(SIGNATURE_PREFIX)) throw new SignedNoteError(`malformed signature line "${line}"`);
    const [name, encoded, ...rest] = line.slice(SIGNATURE_PREFIX.length).split(' ');
    const bytes = Buffer.from(encoded ?? '', 'base64');
    if (rest.length > 0 || bytes.length < 5) throw new SignedNoteError(`malformed signature line "${line}"`);
    if (name !== verifier.name || !bytes.subarray(0, 4).equals(verifier.keyHash)) continue;
    if (verify(null, Buffer.from(text, 'utf8'), verifier.publicKey, bytes.subarray(4))) return text;
    throw new SignedNoteError(`the signature of ${verifier.name} does not match the note`);
  }
  throw new SignedNoteError(`the note is not signed by ${verifier.name}+${verifier.keyHash.toString('hex')}`);
}
