import type { Hash } from './merkle-hashing';
import type { MerkleLogStore } from './merkle-log-store';
import { InMemorySubtreeHashes } from './subtree-hashes';
import { EMPTY_TREE, type TreeState } from './tree-state';

/** The Merkle log's store in memory, for tests: appends run one after another, as under the database's lock. */
export class InMemoryMerkleLogStore implements MerkleLogStore {
  private readonly hashes: Hash[] = [];
  private readonly subtrees = new InMemorySubtreeHashes();
  private state: TreeState = EMPTY_TREE;
  private queue: Promise<unknown> = Promise.resolve();

  appendLeafHashes(leafHashes: readonly Hash[], next: (state: TreeState) => TreeState): Promise<TreeState> {
    const append = this.queue.then(() => {
      const state = next(this.state);
      if (state.size !== this.state.size + leafHashes.length) throw new Error(`the new tree state has ${state.size} leaves, not ${this.state.size + leafHashes.length}`);
      this.hashes.push(...leafHashes);
      this.subtrees.append(leafHashes);
      this.state = state;
      return state;
    });
    this.queue = append.catch(() => undefined);
    return append;
  }

  async treeState(): Promise<TreeState> {
    return this.state;
  }

  perfect(level: number, index: number): Promise<Hash> {
    return this.subtrees.perfect(level, index);
  }

  async leafHashes(start: number, end: number): Promise<Hash[]> {
    if (start < 0 || end > this.hashes.length || start > end) throw new RangeError(`leaves [${start}, ${end}) are not in a log of ${this.hashes.length}`);
    return this.hashes.slice(start, end);
  }
}
