import { createHash, createPublicKey, verify } from 'node:crypto';

/**
 * A verifier of the audit log's published format written for the tests from docs/AUDIT_LOG.md
 * alone: node:crypto and nothing of the hub's (nor of tools/verify-audit). Deliberately the plain
 * recursive definitions of RFC 9162 rather than anything fast.
 */
const sha256 = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
export const leafHashOf = (leaf: Buffer) => sha256(Buffer.from([0]), leaf);
const nodeHash = (left: Buffer, right: Buffer) => sha256(Buffer.from([1]), left, right);

/** MTH over leaf hashes (RFC 9162 §2.1.1). */
export function treeHead(leafHashes: Buffer[]): Buffer {
  if (leafHashes.length === 0) return sha256();
  if (leafHashes.length === 1) return leafHashes[0];
  let k = 1;
  while (k * 2 < leafHashes.length) k *= 2;
  return nodeHash(treeHead(leafHashes.slice(0, k)), treeHead(leafHashes.slice(k)));
}

/** The root an inclusion path leads to (RFC 9162 §2.1.3.2), or null when the path does not fit the size. */
export function rootFromPath(index: number, size: number, leafHash: Buffer, path: Buffer[]): Buffer | null {
  if (index >= size) return null;
  let fn = index;
  let sn = size - 1;
  let r = leafHash;
  for (const p of path) {
    if (sn === 0) return null;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) { fn >>= 1; sn >>= 1; }
    } else {
      r = nodeHash(r, p);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn === 0 ? r : null;
}

/** A checkpoint note's origin, size and root, if signed by the verifier key (name+hash+base64(0x01 || Ed25519 key)); null otherwise. */
export function openNote(note: string, verifierKey: string): { origin: string; size: number; root: Buffer } | null {
  const [name, hash, key] = [verifierKey.slice(0, verifierKey.indexOf('+')), ...verifierKey.slice(verifierKey.indexOf('+') + 1).split(/\+(.*)/s)];
  const raw = Buffer.from(key, 'base64').subarray(1);
  const publicKey = createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw]), format: 'der', type: 'spki' });
  const split = note.lastIndexOf('\n\n');
  const text = note.slice(0, split + 1);
  const signed = note.slice(split + 2).split('\n').some((line) => {
    if (!line.startsWith(`\u2014 ${name} `)) return false;
    const signature = Buffer.from(line.slice(name.length + 3), 'base64');
    return signature.subarray(0, 4).toString('hex') === hash && verify(null, Buffer.from(text), publicKey, signature.subarray(4));
  });
  if (!signed) return null;
  const [origin, size, root] = text.split('\n');
  return { origin, size: Number(size), root: Buffer.from(root, 'base64') };
}

const FIELDS = ['subject', 'agency', 'role', 'personId', 'subgraph', 'fieldPath', 'category', 'decision', 'reason', 'consentId', 'justification', 'requestId', 'correlationId', 'at'] as const;

/** The fields a leaf records (docs/AUDIT_LOG.md §1). */
export function readLeaf(leaf: Buffer): Record<(typeof FIELDS)[number], string | null> {
  if (leaf[0] !== 1) throw new Error(`leaf format ${leaf[0]}`);
  let at = 1;
  const fields: Record<string, string | null> = {};
  for (const name of FIELDS) {
    if (leaf[at] === 0) { fields[name] = null; at += 1; continue; }
    const length = leaf.readUInt32BE(at + 1);
    fields[name] = leaf.subarray(at + 5, at + 5 + length).toString('utf8');
    at += 5 + length;
  }
  if (at !== leaf.length) throw new Error('bytes after the last field');
  return fields as Record<(typeof FIELDS)[number], string | null>;
}
