import type { AuditLeafFields } from '../consent/audit-log/audit-leaf';

/** One audit entry: the fields of its Merkle leaf (docs/AUDIT_LOG.md §1), as a subgraph records it. */
export type AuditEntry = AuditLeafFields;

/**
 * Where a subgraph records the audit entries of its access decisions: durable in its own database
 * (the audit outbox, audit-outbox.ts) when `record` resolves, shipped to the central Merkle log after
 * (audit-shipper.ts). No guarded field may be served before `record` has resolved for its decision.
 */
export interface AuditRecorder {
  record(entries: AuditEntry[]): Promise<void>;
}
