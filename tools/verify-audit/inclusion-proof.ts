import { createHash } from 'node:crypto';
import { parseTrustedKey, readCheckpoint } from './checkpoint-note';
import { describeLeaf, readLeaf } from './leaf-format';
import { leafHash } from './merkle';

const nodeHash = (left: Buffer, right: Buffer) => createHash('sha256').update(Buffer.concat([Buffer.from([1]), left, right])).digest();

/**
 * The root an inclusion path leads to (RFC 9162 §2.1.3.2), or null if the path cannot belong to
 * leaf `index` of a tree of `size`. Written apart from the hub's verifier.
 */
export function rootFromInclusionPath(index: number, size: number, leaf: Buffer, path: Buffer[]): Buffer | null {
  if (!(index >= 0 && index < size)) return null;
  let node = index;
  let last = size - 1;
  let hash = leafHash(leaf);
  for (const sibling of path) {
    if (last === 0) return null;
    if (node % 2 === 1 || node === last) {
      hash = nodeHash(sibling, hash);
      while (node % 2 === 0 && node !== 0) { node /= 2; last = Math.floor(last / 2); }
    } else {
      hash = nodeHash(hash, sibling);
    }
    node = Math.floor(node / 2);
    last = Math.floor(last / 2);
  }
  return last === 0 ? hash : null;
}

/** Checks a person's inclusion proof file against the trusted key: one sentence saying what it proves, or what is wrong. */
export function verifyInclusionProofFile(text: string, trustedKey: string): { valid: boolean; message: string } {
  let proof: Record<string, unknown>;
  try {
    proof = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { valid: false, message: 'the proof is not JSON' };
  }
  if (proof?.format !== 'one-story-hub/audit-inclusion-proof/v1') return { valid: false, message: 'the proof\'s "format" is not one-story-hub/audit-inclusion-proof/v1' };
  const { origin, leafIndex, leaf, treeSize, inclusionPath, checkpoint } = proof;
  if (typeof origin !== 'string' || typeof leaf !== 'string' || typeof checkpoint !== 'string' || !Number.isSafeInteger(leafIndex) || !Number.isSafeInteger(treeSize)
    || !Array.isArray(inclusionPath) || inclusionPath.some((hash) => typeof hash !== 'string')) {
    return { valid: false, message: 'the proof lacks one of origin, leafIndex, leaf, treeSize, inclusionPath, checkpoint' };
  }
  const signed = readCheckpoint(checkpoint, parseTrustedKey(trustedKey), origin);
  if (typeof signed === 'string') return { valid: false, message: `the proof's checkpoint cannot be trusted: ${signed}` };
  if (signed.size !== treeSize) return { valid: false, message: `the proof is for a tree of ${treeSize} entries, its checkpoint signs ${signed.size}` };
  const entry = readLeaf(Buffer.from(leaf, 'base64'));
  if (typeof entry === 'string') return { valid: false, message: `the entry is not a well-formed audit leaf: ${entry}` };
  const root = rootFromInclusionPath(leafIndex as number, treeSize as number, Buffer.from(leaf, 'base64'), (inclusionPath as string[]).map((hash) => Buffer.from(hash, 'base64')));
  if (!root || !root.equals(signed.root)) return { valid: false, message: `entry ${leafIndex} as given is not in the log the checkpoint of ${signed.size} entries signed` };
  return { valid: true, message: `Entry ${leafIndex} is in the log the checkpoint of ${signed.size} entries signed: ${describeLeaf(entry)}.` };
}
