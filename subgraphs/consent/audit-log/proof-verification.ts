import { createHash } from 'node:crypto';

/**
 * Proof verification by RFC 9162 §2.1.3.2 and §2.1.4.2, with its own node hashing so that a bug
 * in proof building cannot hide itself here. Sizes and indices are BigInt: a proof handed in from
 * outside may name any 64-bit size.
 */

function hashChildren(left: Uint8Array, right: Uint8Array): Buffer {
  return createHash('sha256').update(Buffer.from([0x01])).update(left).update(right).digest();
}

const isOdd = (n: bigint) => (n & 1n) === 1n;

/** Whether `proof` shows the leaf hashed `leafHash` at `index` in the tree of `size` leaves whose root is `root`. */
export function verifyInclusion(index: bigint, size: bigint, leafHash: Uint8Array, proof: readonly Uint8Array[], root: Uint8Array): boolean {
  if (index < 0n || index >= size || leafHash.length !== 32) return false;
  let fn = index;
  let sn = size - 1n;
  let r: Buffer = Buffer.from(leafHash);
  for (const p of proof) {
    if (sn === 0n) return false;
    if (isOdd(fn) || fn === sn) {
      r = hashChildren(p, r);
      if (!isOdd(fn)) while (!isOdd(fn) && fn !== 0n) { fn >>= 1n; sn >>= 1n; }
    } else {
      r = hashChildren(r, p);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  return sn === 0n && r.equals(root);
}

/** Whether `proof` shows the tree of `size1` leaves with root `root1` is a prefix of the tree of `size2` leaves with root `root2`. */
export function verifyConsistency(size1: bigint, size2: bigint, root1: Uint8Array, root2: Uint8Array, proof: readonly Uint8Array[]): boolean {
  // As transparency-dev's verifier: a proof from the empty tree says nothing, so none is accepted.
  if (size1 <= 0n || size2 < size1) return false;
  if (size1 === size2) return proof.length === 0 && Buffer.from(root1).equals(root2);
  if (proof.length === 0) return false;
  const path = (size1 & (size1 - 1n)) === 0n ? [root1, ...proof] : [...proof];
  let fn = size1 - 1n;
  let sn = size2 - 1n;
  while (isOdd(fn)) { fn >>= 1n; sn >>= 1n; }
  let fr: Buffer = Buffer.from(path[0]);
  let sr: Buffer = Buffer.from(path[0]);
  for (const c of path.slice(1)) {
    if (sn === 0n) return false;
    if (isOdd(fn) || fn === sn) {
      fr = hashChildren(c, fr);
      sr = hashChildren(c, sr);
      if (!isOdd(fn)) while (!isOdd(fn) && fn !== 0n) { fn >>= 1n; sn >>= 1n; }
    } else {
      sr = hashChildren(sr, c);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  return sn === 0n && fr.equals(root1) && sr.equals(root2);
}
