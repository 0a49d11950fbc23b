import { createHash } from 'node:crypto';

/** A SHA-256 digest: a leaf hash, a node hash or a root. */
export type Hash = Buffer;

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

/** RFC 9162 §2.1.1: the root of the empty tree is the hash of nothing. */
export const EMPTY_ROOT: Hash = createHash('sha256').digest();

/** RFC 9162 §2.1.1: a leaf is hashed behind a 0x00 byte, so that no leaf can pass for an inner node. */
export function hashLeaf(leaf: Uint8Array): Hash {
  return createHash('sha256').update(LEAF_PREFIX).update(leaf).digest();
}

/** RFC 9162 §2.1.1: an inner node is the hash of 0x01, its left child and its right child. */
export function hashChildren(left: Uint8Array, right: Uint8Array): Hash {
  return createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();
}

/** The largest power of two smaller than `n` (n > 1): where RFC 9162 splits a tree of n leaves. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}
