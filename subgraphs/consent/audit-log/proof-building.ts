import { hashChildren, splitPoint, type Hash } from './merkle-hashing';
import type { SubtreeHashes } from './subtree-hashes';

/**
 * Proofs by RFC 9162 §2.1.3.1 (PATH) and §2.1.4.1 (SUBPROOF), reading perfect subtree hashes
 * from the store. Their verification is in proof-verification.ts and shares nothing with this file.
 */

/** The audit path of leaf `index` in the tree of the first `size` leaves. */
export async function buildInclusionProof(tree: SubtreeHashes, index: number, size: number): Promise<Hash[]> {
  if (!Number.isSafeInteger(size) || size < 1) throw new RangeError(`tree size ${size} is not a whole number from 1`);
  if (!Number.isSafeInteger(index) || index < 0 || index >= size) throw new RangeError(`leaf index ${index} is not in a tree of size ${size}`);
  return path(tree, index, 0, size);
}

async function path(tree: SubtreeHashes, m: number, start: number, end: number): Promise<Hash[]> {
  const n = end - start;
  if (n === 1) return [];
  const k = splitPoint(n);
  return m < k
    ? [...await path(tree, m, start, start + k), await rootOfRange(tree, start + k, end)]
    : [...await path(tree, m - k, start + k, end), await rootOfRange(tree, start, start + k)];
}

/** The proof that the tree of the first `size1` leaves is a prefix of the tree of the first `size2`. */
export async function buildConsistencyProof(tree: SubtreeHashes, size1: number, size2: number): Promise<Hash[]> {
  if (!Number.isSafeInteger(size2) || size2 < 0) throw new RangeError(`tree size ${size2} is not a whole number`);
  if (!Number.isSafeInteger(size1) || size1 < 0 || size1 > size2) throw new RangeError(`tree size ${size1} is not between 0 and ${size2}`);
  if (size1 === 0 || size1 === size2) return [];
  return subproof(tree, size1, 0, size2, true);
}

async function subproof(tree: SubtreeHashes, m: number, start: number, end: number, startsAtOldRoot: boolean): Promise<Hash[]> {
  const n = end - start;
  if (m === n) return startsAtOldRoot ? [] : [await rootOfRange(tree, start, end)];
  const k = splitPoint(n);
  return m <= k
    ? [...await subproof(tree, m, start, start + k, startsAtOldRoot), await rootOfRange(tree, start + k, end)]
    : [...await subproof(tree, m - k, start + k, end, false), await rootOfRange(tree, start, start + k)];
}

/**
 * MTH of leaves [start, end), where `start` is a multiple of the largest power of two not above
 * end - start (true of every range PATH and SUBPROOF ask for): the perfect subtrees of the binary
 * decomposition of its length, folded right to left.
 */
async function rootOfRange(tree: SubtreeHashes, start: number, end: number): Promise<Hash> {
  const parts: Hash[] = [];
  for (let at = start, left = end - start; left > 0;) {
    let width = 1;
    while (width * 2 <= left) width *= 2;
    if (at % width !== 0) throw new RangeError(`leaves [${start}, ${end}) do not split into aligned subtrees`);
    parts.push(await tree.perfect(Math.log2(width), at / width));
    at += width;
    left -= width;
  }
  if (parts.length === 0) throw new RangeError('an empty range has no subtree root');
  return parts.reduceRight((right, part) => hashChildren(part, right));
}
