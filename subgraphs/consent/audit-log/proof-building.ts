import { splitPoint, type Hash } from './merkle-hashing';
import { rootOfRange } from './tree-state';

/**
 * Proofs built from the leaf hashes, by RFC 9162 §2.1.3.1 (PATH) and §2.1.4.1 (SUBPROOF).
 * Their verification is in proof-verification.ts and shares nothing with this file.
 */

/** The audit path of leaf `index` in the tree of the first `size` leaf hashes. */
export function buildInclusionProof(leafHashes: readonly Hash[], index: number, size: number): Hash[] {
  if (!Number.isSafeInteger(size) || size < 1 || size > leafHashes.length) throw new RangeError(`tree size ${size} is not between 1 and ${leafHashes.length}`);
  if (!Number.isSafeInteger(index) || index < 0 || index >= size) throw new RangeError(`leaf index ${index} is not in a tree of size ${size}`);
  return path(leafHashes, index, 0, size);
}

function path(leafHashes: readonly Hash[], m: number, start: number, end: number): Hash[] {
  const n = end - start;
  if (n === 1) return [];
  const k = splitPoint(n);
  return m < k
    ? [...path(leafHashes, m, start, start + k), rootOfRange(leafHashes, start + k, end)]
    : [...path(leafHashes, m - k, start + k, end), rootOfRange(leafHashes, start, start + k)];
}

/** The proof that the tree of the first `size1` leaf hashes is a prefix of the tree of the first `size2`. */
export function buildConsistencyProof(leafHashes: readonly Hash[], size1: number, size2: number): Hash[] {
  if (!Number.isSafeInteger(size2) || size2 < 0 || size2 > leafHashes.length) throw new RangeError(`tree size ${size2} is not between 0 and ${leafHashes.length}`);
  if (!Number.isSafeInteger(size1) || size1 < 0 || size1 > size2) throw new RangeError(`tree size ${size1} is not between 0 and ${size2}`);
  if (size1 === 0 || size1 === size2) return [];
  return subproof(leafHashes, size1, 0, size2, true);
}

function subproof(leafHashes: readonly Hash[], m: number, start: number, end: number, startsAtOldRoot: boolean): Hash[] {
  const n = end - start;
  if (m === n) return startsAtOldRoot ? [] : [rootOfRange(leafHashes, start, end)];
  const k = splitPoint(n);
  return m <= k
    ? [...subproof(leafHashes, m, start, start + k, startsAtOldRoot), rootOfRange(leafHashes, start + k, end)]
    : [...subproof(leafHashes, m - k, start + k, end, false), rootOfRange(leafHashes, start, start + k)];
}
