import type { CheckpointRecord } from './checkpoint-issuer';

/**
 * Where checkpoints are kept: never the log's own table or database, so that whoever can rewrite
 * the log cannot also rewrite what it was checked against (docs/AUDIT_LOG.md, "Where the key and
 * the checkpoints live").
 */
export interface CheckpointStore {
  /** Adds a checkpoint after the latest; refuses one that is not larger than the latest. */
  add(record: CheckpointRecord): Promise<void>;
  latest(): Promise<CheckpointRecord | null>;
  /** Every checkpoint, oldest first. */
  all(): Promise<CheckpointRecord[]>;
  close?(): Promise<void>;
}

export class InMemoryCheckpointStore implements CheckpointStore {
  private readonly records: CheckpointRecord[] = [];

  async add(record: CheckpointRecord): Promise<void> {
    const latest = this.records.at(-1);
    if (latest && record.state.size <= latest.state.size) throw new Error(`a checkpoint of ${record.state.size} entries does not follow the one of ${latest.state.size}`);
    this.records.push(record);
  }

  async latest(): Promise<CheckpointRecord | null> {
    return this.records.at(-1) ?? null;
  }

  async all(): Promise<CheckpointRecord[]> {
    return [...this.records];
  }
}
