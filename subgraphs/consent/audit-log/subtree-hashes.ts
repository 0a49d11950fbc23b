import { hashChildren, type Hash } from './merkle-hashing';

/**
 * Where proofs read their hashes from: the root of the perfect subtree of 2^level leaves starting
 * at leaf index × 2^level. A store answers from the nodes it kept (every level in memory; on
 * PostgreSQL, levels 0, 8, 16, ... with the rest recomputed from at most 256 hashes below), so
 * that a proof costs O(log n) reads instead of rehashing the whole log.
 */
export interface SubtreeHashes {
  perfect(level: number, index: number): Promise<Hash>;
}

/** Every level of the tree over `leafHashes`, kept as leaves are appended: for the in-memory store and tests. */
export class InMemorySubtreeHashes implements SubtreeHashes {
  private readonly levels: Hash[][] = [[]];

  constructor(leafHashes: readonly Hash[] = []) {
    this.append(leafHashes);
  }

  append(leafHashes: readonly Hash[]): void {
    for (const leafHash of leafHashes) {
      this.levels[0].push(leafHash);
      for (let level = 0; this.levels[level].length % 2 === 0; level += 1) {
        const below = this.levels[level];
        (this.levels[level + 1] ??= []).push(hashChildren(below[below.length - 2], below[below.length - 1]));
      }
    }
  }

  async perfect(level: number, index: number): Promise<Hash> {
    const hash = this.levels[level]?.[index];
    if (!hash) throw new RangeError(`no complete subtree at level ${level}, index ${index}`);
    return hash;
  }
}
