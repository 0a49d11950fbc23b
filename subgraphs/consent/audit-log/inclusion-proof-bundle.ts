import { openCheckpoint } from './checkpoint';
import type { MerkleLog } from './merkle-log';
import type { NoteVerifier } from './signed-note';

/** What a person gets for one entry of their own access log (docs/AUDIT_LOG.md, "Inclusion proof file"). */
export const INCLUSION_PROOF_FORMAT = 'one-story-hub/audit-inclusion-proof/v1';

export interface InclusionProofBundle {
  format: typeof INCLUSION_PROOF_FORMAT;
  origin: string;
  leafIndex: number;
  /** The entry's canonical leaf, base64. */
  leaf: string;
  treeSize: number;
  /** Sibling hashes from the leaf up, base64. */
  inclusionPath: string[];
  /** The signed checkpoint of `treeSize` entries the proof leads to. */
  checkpoint: string;
}

/** The proof of entry `leafIndex` against `checkpointNote`, refused if the checkpoint does not cover it or the log no longer matches it. */
export async function buildInclusionProofBundle(
  log: MerkleLog, origin: string, verifier: NoteVerifier, leafIndex: number, leaf: Buffer, checkpointNote: string,
): Promise<InclusionProofBundle> {
  const { size } = openCheckpoint(checkpointNote, verifier, origin);
  if (leafIndex >= size) throw new RangeError(`entry ${leafIndex} is not under the checkpoint of ${size} entries yet`);
  const path = await log.inclusionProof(leafIndex, size);
  return {
    format: INCLUSION_PROOF_FORMAT, origin, leafIndex, leaf: leaf.toString('base64'), treeSize: size,
    inclusionPath: path.map((hash) => hash.toString('base64')), checkpoint: checkpointNote,
  };
}

