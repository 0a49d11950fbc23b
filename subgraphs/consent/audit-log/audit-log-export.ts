import type { Hash } from './merkle-hashing';

/** The DPO's export of the log (docs/AUDIT_LOG.md, "Export file"), read by `npm run verify-audit`. */
export const EXPORT_FORMAT = 'one-story-hub/audit-log-export/v1';

export interface AuditLogExport {
  format: typeof EXPORT_FORMAT;
  origin: string;
  /** The verifier key of the checkpoint signer, as the hub names it; a DPO should pin their own copy. */
  checkpointKey: string;
  exportedAt: string;
  /** Every entry in log order: its canonical leaf, and the leaf hash the hub stored when appending it (both base64). */
  entries: Array<{ index: number; leaf: string; leafHash: string }>;
  /** Every checkpoint the hub kept, oldest first, as signed notes. */
  checkpoints: string[];
}

export function buildAuditLogExport(input: {
  origin: string;
  checkpointKey: string;
  leaves: readonly Buffer[];
  storedLeafHashes: readonly Hash[];
  checkpoints: readonly string[];
  exportedAt?: Date;
}): AuditLogExport {
  if (input.leaves.length !== input.storedLeafHashes.length) throw new Error(`${input.leaves.length} leaves but ${input.storedLeafHashes.length} leaf hashes`);
  return {
    format: EXPORT_FORMAT,
    origin: input.origin,
    checkpointKey: input.checkpointKey,
    exportedAt: (input.exportedAt ?? new Date()).toISOString(),
    entries: input.leaves.map((leaf, index) => ({ index, leaf: leaf.toString('base64'), leafHash: input.storedLeafHashes[index].toString('base64') })),
    checkpoints: [...input.checkpoints],
  };
}
