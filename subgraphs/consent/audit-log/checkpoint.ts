import type { Hash } from './merkle-hashing';
import { openNote, signNote, SignedNoteError, type NoteSigner, type NoteVerifier } from './signed-note';

/**
 * A checkpoint (C2SP tlog-checkpoint, as transparency-dev/formats log.Checkpoint): the body of a
 * signed note, three lines, each ending in "\n": the log's origin, the tree size in decimal, the
 * root hash in base64.
 */
export interface Checkpoint {
  origin: string;
  size: number;
  root: Hash;
}

/**
 * The note text. Extension lines (tlog-checkpoint allows them after the root; readers ignore them)
 * carry what the checkpoint vouches for beside the tree: the first checkpoint of a log that was a
 * hash chain names the old chain's head.
 */
export function checkpointBody({ origin, size, root }: Checkpoint, extensions: readonly string[] = []): string {
  if (origin.length === 0 || origin.includes('\n')) throw new SignedNoteError('checkpoint origin must be one non-empty line');
  if (extensions.some((line) => line.length === 0 || line.includes('\n'))) throw new SignedNoteError('a checkpoint extension must be one non-empty line');
  return `${origin}\n${size}\n${root.toString('base64')}\n${extensions.map((line) => `${line}\n`).join('')}`;
}

export function parseCheckpointBody(body: string): Checkpoint {
  const [origin, size, root] = body.split('\n');
  if (!origin || !/^(0|[1-9][0-9]*)$/.test(size ?? '') || !Number.isSafeInteger(Number(size))) throw new SignedNoteError('checkpoint body is not origin, size and root hash on three lines');
  const hash = Buffer.from(root ?? '', 'base64');
  if (hash.toString('base64') !== root) throw new SignedNoteError('checkpoint root hash is not base64');
  return { origin, size: Number(size), root: hash };
}

export function signCheckpoint(checkpoint: Checkpoint, signer: NoteSigner, extensions: readonly string[] = []): string {
  return signNote(checkpointBody(checkpoint, extensions), signer);
}

/** The checkpoint in `note`, if signed by `verifier` and of the log named `origin`; throws, saying why, otherwise. */
export function openCheckpoint(note: string, verifier: NoteVerifier, origin: string): Checkpoint {
  const checkpoint = parseCheckpointBody(openNote(note, verifier));
  if (checkpoint.origin !== origin) throw new SignedNoteError(`the checkpoint is of the log "${checkpoint.origin}", not "${origin}"`);
  return checkpoint;
}
