import { signCheckpoint } from './checkpoint';
import type { Hash } from './merkle-hashing';
import type { NoteSigner } from './signed-note';
import { appendLeaves, rootOf, type TreeState } from './tree-state';

/** What the checkpoint store keeps of each checkpoint: the signed note, and the tree's right edge to extend next time. */
export interface CheckpointRecord {
  note: string;
  state: TreeState;
}

export class CheckpointRefusedError extends Error {}

/**
 * The next checkpoint, or a refusal. The issuer never trusts the log's store for what it already
 * signed: it extends its own kept right edge with the leaf hashes appended since, and signs only
 * if that gives the root the log's store now has. So a rewrite of entries below the last
 * checkpoint (with every hash recomputed) is refused here rather than signed over.
 */
export function issueCheckpoint(
  origin: string,
  signer: NoteSigner,
  previous: CheckpointRecord | null,
  leafHashesSince: readonly Hash[],
  logState: TreeState,
  extensions: readonly string[] = [],
): CheckpointRecord {
  const kept = previous?.state ?? { size: 0, rightEdge: [] };
  const state = appendLeaves(kept, leafHashesSince);
  if (state.size !== logState.size) {
    throw new CheckpointRefusedError(`the log holds ${logState.size} entries, but checkpoint ${kept.size} and the ${leafHashesSince.length} appended since make ${state.size}`);
  }
  const root = rootOf(state);
  if (!root.equals(rootOf(logState))) {
    throw new CheckpointRefusedError(`the log's tree of ${logState.size} entries does not extend the checkpoint of ${kept.size}: entries below ${kept.size} were changed`);
  }
  return { note: signCheckpoint({ origin, size: state.size, root }, signer, extensions), state };
}
