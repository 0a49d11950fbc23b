import type { Hash } from './merkle-hashing';
import type { SubtreeHashes } from './subtree-hashes';
import type { TreeState } from './tree-state';

/**
 * What the Merkle log needs from its store. On PostgreSQL (docs/AUDIT_LOG.md, integration plan):
 * `appendLeafHashes` runs in the append's transaction under the log's advisory lock, so that
 * replicas' appends are serialised and each sees the state the one before it wrote.
 */
export interface MerkleLogStore extends SubtreeHashes {
  /** In one all-or-nothing step: read the tree state, keep the leaf hashes at its end, write `next(state)`. */
  appendLeafHashes(leafHashes: readonly Hash[], next: (state: TreeState) => TreeState): Promise<TreeState>;
  treeState(): Promise<TreeState>;
  /** Leaf hashes [start, end), in order. */
  leafHashes(start: number, end: number): Promise<Hash[]>;
}
