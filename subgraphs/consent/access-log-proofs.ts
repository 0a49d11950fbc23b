import { openCheckpoint } from './audit-log/checkpoint';
import { INCLUSION_PROOF_FORMAT, type InclusionProofBundle } from './audit-log/inclusion-proof-bundle';
import { buildInclusionProof } from './audit-log/proof-building';
import type { AuditLog } from './database';

/**
 * The inclusion proofs of one request's access-log entries, all against the latest stored
 * checkpoint, read (and its signature checked) once per request. An entry appended after it has
 * no proof yet: checkpoints follow appends within the checkpoint delay.
 */
export class AccessLogProofs {
  private latest: Promise<{ note: string; size: number } | null> | undefined;

  constructor(private readonly audit: AuditLog) {}

  async proofOf(leafIndex: number, leaf: Buffer): Promise<InclusionProofBundle | null> {
    const latest = await (this.latest ??= this.latestCheckpoint());
    if (!latest || leafIndex >= latest.size) return null;
    const path = await buildInclusionProof(this.audit.tree, leafIndex, latest.size);
    return {
      format: INCLUSION_PROOF_FORMAT, origin: this.audit.settings.origin, leafIndex, leaf: leaf.toString('base64'),
      treeSize: latest.size, inclusionPath: path.map((hash) => hash.toString('base64')), checkpoint: latest.note,
    };
  }

  private async latestCheckpoint(): Promise<{ note: string; size: number } | null> {
    const { checkpoints, verifier, origin } = this.audit.settings;
    const record = await checkpoints.latest();
    if (!record) return null;
    const { size } = openCheckpoint(record.note, verifier, origin);
    await this.audit.tree.cover(size);
    return { note: record.note, size };
  }
}
