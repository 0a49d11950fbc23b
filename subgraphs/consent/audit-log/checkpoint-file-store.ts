import fs from 'node:fs';
import type { CheckpointRecord } from './checkpoint-issuer';
import type { CheckpointStore } from './checkpoint-store';

/** Enough of the file's end to hold its last line: a note and a right edge of at most 31 hashes. */
const TAIL_BYTES = 16 * 1024;

/**
 * Checkpoints in an append-only file of their own, one JSON line each (the signed note, and the
 * right edge the issuer extends next): for the embedded hub, where the log is in the consent
 * database and this file is not. Each line is synced before `add` resolves. Several processes on
 * one machine may share the file: the checkpointer adds under a lock in the log's database.
 */
export class CheckpointFileStore implements CheckpointStore {
  constructor(private readonly file: string) {}

  async add(record: CheckpointRecord): Promise<void> {
    const latest = await this.latest();
    if (latest && record.state.size <= latest.state.size) throw new Error(`a checkpoint of ${record.state.size} entries does not follow the one of ${latest.state.size}`);
    const line = JSON.stringify({ note: record.note, size: record.state.size, rightEdge: record.state.rightEdge.map((hash) => hash.toString('base64')) });
    const handle = await fs.promises.open(this.file, 'a', 0o600);
    try {
      await handle.appendFile(`${line}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  /** The last line only: the checkpointer asks after every append batch, and the file only grows. */
  async latest(): Promise<CheckpointRecord | null> {
    if (!fs.existsSync(this.file)) return null;
    const handle = await fs.promises.open(this.file, 'r');
    try {
      const { size } = await handle.stat();
      const length = Math.min(size, TAIL_BYTES);
      const tail = Buffer.alloc(length);
      await handle.read(tail, 0, length, size - length);
      const lines = tail.toString('utf8').split('\n').filter((line) => line.length > 0);
      const last = lines.at(-1);
      return last === undefined ? null : this.parse(last, 'its last line');
    } finally {
      await handle.close();
    }
  }

  async all(): Promise<CheckpointRecord[]> {
    if (!fs.existsSync(this.file)) return [];
    const text = await fs.promises.readFile(this.file, 'utf8');
    return text.split('\n').filter((line) => line.length > 0).map((line, number) => this.parse(line, `line ${number + 1}`));
  }

  private parse(line: string, where: string): CheckpointRecord {
    try {
      const { note, size, rightEdge } = JSON.parse(line) as { note: string; size: number; rightEdge: string[] };
      if (typeof note !== 'string' || !Number.isSafeInteger(size) || !Array.isArray(rightEdge)) throw new Error();
      return { note, state: { size, rightEdge: rightEdge.map((hash) => Buffer.from(hash, 'base64')) } };
    } catch {
      throw new Error(`${this.file}, ${where}: not a checkpoint record`);
    }
  }
}
