import { EMPTY_ROOT, hashChildren, type Hash } from './merkle-hashing';

/**
 * What a store must keep to go on appending: the tree size and the roots of the perfect subtrees
 * along the tree's right edge, largest first, one per set bit of the size (a "compact range"
 * [0, size) in transparency-dev's terms). At most 64 hashes, whatever the log's size.
 */
export interface TreeState {
  size: number;
  rightEdge: Hash[];
}

export const EMPTY_TREE: TreeState = { size: 0, rightEdge: [] };

/** The state after appending `leafHashes` (in order) to the tree described by `state`. Pure: `state` is not changed. */
export function appendLeaves(state: TreeState, leafHashes: readonly Hash[]): TreeState {
  const rightEdge = [...state.rightEdge];
  let size = state.size;
  for (const leafHash of leafHashes) {
    let merged = leafHash;
    // Each trailing set bit of the old size is a perfect subtree of the new leaf's height: merge it in.
    for (let bits = size; bits % 2 === 1; bits = Math.floor(bits / 2)) merged = hashChildren(rightEdge.pop()!, merged);
    rightEdge.push(merged);
    size += 1;
  }
  return { size, rightEdge };
}

/** The root hash of the tree described by `state` (RFC 9162 MTH). */
export function rootOf(state: TreeState): Hash {
  if (state.rightEdge.length === 0) return EMPTY_ROOT;
  let root = state.rightEdge[state.rightEdge.length - 1];
  for (let i = state.rightEdge.length - 2; i >= 0; i -= 1) root = hashChildren(state.rightEdge[i], root);
  return root;
}

/** RFC 9162 MTH of leaf hashes [start, end). */
export function rootOfRange(leafHashes: readonly Hash[], start = 0, end = leafHashes.length): Hash {
  return rootOf(appendLeaves(EMPTY_TREE, leafHashes.slice(start, end)));
}
