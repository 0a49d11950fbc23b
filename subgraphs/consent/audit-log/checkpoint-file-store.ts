import fs from 'node:fs';
import type { CheckpointRecord } from './checkpoint-issuer';
import type { CheckpointStore } from './checkpoint-store';

/**
 * Checkpoints in an append-only file of their own, one JSON line each (the signed note, and the
 * right edge the issuer extends next): for the embedded hub, where the log is in the consent
 * database and this file is not. Each line is synced before `add` resolves.
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

  async latest(): Promise<CheckpointRecord | null> {
    return (await this.all()).at(-1) ?? null;
  }

  async all(): Promise<CheckpointRecord[]> {
    if (!fs.existsSync(this.file)) return [];
    const text = await fs.promises.readFile(this.file, 'utf8');
    return text.split('\n').filter((line) => line.length > 0).map((line, number) => {
      try {
        const { note, size, rightEdge } = JSON.parse(line) as { note: string; size: number; rightEdge: string[] };
        return { note, state: { size, rightEdge: rightEdge.map((hash) => Buffer.from(hash, 'base64')) } };
      } catch {
        throw new Error(`${this.file}, line ${number + 1}: not a checkpoint record`);
      }
    });
  }
}
