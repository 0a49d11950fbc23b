import type { Pool } from 'pg';
import { hashChildren, type Hash } from './merkle-hashing';
import type { SubtreeHashes } from './subtree-hashes';

const HASH = 32;
/** Leaf hashes read from the database per query while catching up. */
const PAGE = 10_000;

/** One level of the tree: its complete subtree roots, 32 bytes each, end to end in one buffer. */
class Level {
  private bytes = Buffer.alloc(HASH * 1024);
  length = 0;

  push(hash: Hash): void {
    if ((this.length + 1) * HASH > this.bytes.length) {
      const grown = Buffer.alloc(this.bytes.length * 2);
      this.bytes.copy(grown);
      this.bytes = grown;
    }
    hash.copy(this.bytes, this.length * HASH);
    this.length += 1;
  }

  at(index: number): Hash | undefined {
    return index < this.length ? Buffer.from(this.bytes.subarray(index * HASH, (index + 1) * HASH)) : undefined;
  }
}

/**
 * The complete subtrees of the audit log, in this process's memory (64 bytes an entry), built from
 * the leaf hashes in the consent database and caught up from where it stopped before each proof:
 * inclusion proofs then cost a few hash lookups instead of rehashing the log (docs/AUDIT_LOG.md §8).
 * Proofs lead to a signed checkpoint, so a rewrite of the database after these were read gives
 * proofs that no longer match the entry: the person's own check says so.
 */
export class LeafHashTree implements SubtreeHashes {
  private readonly levels: Level[] = [new Level()];
  private catchingUp: Promise<void> = Promise.resolve();

  constructor(private readonly pool: Pool) {}

  get size(): number {
    return this.levels[0].length;
  }

  /** Reads the leaf hashes up to `size` that are not here yet. */
  cover(size: number): Promise<void> {
    this.catchingUp = this.catchingUp.catch(() => undefined).then(async () => {
      while (this.size < size) {
        const from = this.size;
        const { rows } = await this.pool.query<{ leafIndex: number; leafHash: Buffer }>(
          'SELECT "leafIndex", "leafHash" FROM "AuditEvent" WHERE "leafIndex" >= $1 AND "leafIndex" < $2 ORDER BY "leafIndex" LIMIT $3',
          [from, size, PAGE],
        );
        if (rows.length === 0 || rows[0].leafIndex !== from) throw new RangeError(`entry ${from} is not in the audit log`);
        for (const [offset, row] of rows.entries()) {
          if (row.leafIndex !== from + offset) throw new RangeError(`entry ${from + offset} is not in the audit log`);
          this.append(row.leafHash);
        }
      }
    });
    return this.catchingUp;
  }

  async perfect(level: number, index: number): Promise<Hash> {
    const hash = this.levels[level]?.at(index);
    if (!hash) throw new RangeError(`no complete subtree at level ${level}, index ${index}`);
    return hash;
  }

  private append(leafHash: Hash): void {
    this.levels[0].push(leafHash);
    for (let level = 0; this.levels[level].length % 2 === 0; level += 1) {
      const below = this.levels[level];
      (this.levels[level + 1] ??= new Level()).push(hashChildren(below.at(below.length - 2)!, below.at(below.length - 1)!));
    }
  }
}
