import { buildAuditLogExport, type AuditLogExport } from '../../subgraphs/consent/audit-log/audit-log-export';
import { encodeAuditLeaf, type AuditLeafFields } from '../../subgraphs/consent/audit-log/audit-leaf';
import { buildInclusionProofBundle, type InclusionProofBundle } from '../../subgraphs/consent/audit-log/inclusion-proof-bundle';
import { issueCheckpoint, type CheckpointRecord } from '../../subgraphs/consent/audit-log/checkpoint-issuer';
import { InMemoryMerkleLogStore } from '../../subgraphs/consent/audit-log/in-memory-merkle-log-store';
import { hashLeaf } from '../../subgraphs/consent/audit-log/merkle-hashing';
import { MerkleLog } from '../../subgraphs/consent/audit-log/merkle-log';
import { generateSignerKey, parseSignerKey, parseVerifierKey, type NoteSigner } from '../../subgraphs/consent/audit-log/signed-note';

export const ORIGIN = 'one-story-hub.test/audit-log';

/** The n-th access decision of a synthetic day at the hub. */
export function syntheticEntry(n: number, overrides: Partial<AuditLeafFields> = {}): AuditLeafFields {
  return {
    subject: `staff-${n % 7}`, agency: n % 5 === 0 ? null : 'careers-service', role: 'adviser', personId: `person-${n % 11}`,
    subgraph: 'careers', fieldPath: 'Person.careersRecord.goals', category: 'careers', decision: n % 3 === 0 ? 'DENIED' : 'ALLOWED',
    reason: n % 3 === 0 ? 'NO_CONSENT' : 'CONSENT', consentId: n % 3 === 0 ? null : `consent-${n}`, justification: null,
    requestId: `req-${n}`, correlationId: n % 2 === 0 ? `caller-${n}` : null, at: new Date(Date.UTC(2026, 11, 2, 8, 0, n)),
    ...overrides,
  };
}

/** A log built by the hub's own code: entries appended in batches, a checkpoint after each batch. */
export class SyntheticAuditLog {
  readonly leaves: Buffer[] = [];
  readonly checkpoints: CheckpointRecord[] = [];
  private readonly log = new MerkleLog(new InMemoryMerkleLogStore());

  constructor(readonly signer: NoteSigner = parseSignerKey(generateSignerKey(ORIGIN))) {}

  async appendBatch(entries: AuditLeafFields[]): Promise<void> {
    const leaves = entries.map(encodeAuditLeaf);
    const { state } = await this.log.append(leaves);
    this.checkpoints.push(issueCheckpoint(ORIGIN, this.signer, this.checkpoints.at(-1) ?? null, leaves.map(hashLeaf), state));
    this.leaves.push(...leaves);
  }

  static async withBatches(sizes: number[], signer?: NoteSigner, entry = syntheticEntry): Promise<SyntheticAuditLog> {
    const log = new SyntheticAuditLog(signer);
    let n = 0;
    for (const size of sizes) await log.appendBatch(Array.from({ length: size }, () => entry(n++)));
    return log;
  }

  inclusionProof(index: number, checkpointNote: string): Promise<InclusionProofBundle> {
    return buildInclusionProofBundle(this.log, ORIGIN, parseVerifierKey(this.signer.verifierKey), index, this.leaves[index], checkpointNote);
  }

  export(): AuditLogExport {
    return buildAuditLogExport({
      origin: ORIGIN, checkpointKey: this.signer.verifierKey, leaves: this.leaves,
      storedLeafHashes: this.leaves.map(hashLeaf), checkpoints: this.checkpoints.map((c) => c.note),
    });
  }
}
