import { hashLeaf, type Hash } from './merkle-hashing';
import type { MerkleLogStore } from './merkle-log-store';
import { buildConsistencyProof, buildInclusionProof } from './proof-building';
import { appendLeaves, rootOf, type TreeState } from './tree-state';

export interface AppendResult {
  /** Index of the first appended leaf. */
  firstIndex: number;
  state: TreeState;
  root: Hash;
}

/** An append-only Merkle log over any store: appends leaves, answers roots and proofs. */
export class MerkleLog {
  constructor(private readonly store: MerkleLogStore) {}

  async append(leaves: readonly Uint8Array[]): Promise<AppendResult> {
    const leafHashes = leaves.map(hashLeaf);
    const state = await this.store.appendLeafHashes(leafHashes, (current) => appendLeaves(current, leafHashes));
    return { firstIndex: state.size - leaves.length, state, root: rootOf(state) };
  }

  async root(): Promise<{ size: number; root: Hash }> {
    const state = await this.store.treeState();
    return { size: state.size, root: rootOf(state) };
  }

  async inclusionProof(index: number, size: number): Promise<Hash[]> {
    await this.withinTree(size);
    return buildInclusionProof(this.store, index, size);
  }

  async consistencyProof(size1: number, size2: number): Promise<Hash[]> {
    await this.withinTree(size2);
    return buildConsistencyProof(this.store, size1, size2);
  }

  private async withinTree(size: number): Promise<void> {
    const { size: treeSize } = await this.store.treeState();
    if (size > treeSize) throw new RangeError(`tree size ${size} is larger than the log's ${treeSize}`);
  }
}
