import type { AccessReason } from './access-decision.type';
import type { AuditEvent } from './audit-event.type';

type Row = {
  sequence: number; at: Date; subject: string; agency: string | null; role: string; personId: string; subgraph: string;
  fieldPath: string; category: string; decision: string; reason: string; consentId: string | null;
  justification: string | null; requestId: string; hash: string;
  breakGlassReview?: { reviewedAt: Date; finding: string } | null;
};

export const withReview = { breakGlassReview: true } as const;

export function toAuditEvent(row: Row): AuditEvent {
  return {
    sequence: row.sequence, at: row.at, subject: row.subject, agency: row.agency, role: row.role, person: row.personId,
    subgraph: row.subgraph, fieldPath: row.fieldPath, category: row.category, decision: row.decision,
    reason: row.reason as AccessReason, consentId: row.consentId, justification: row.justification, requestId: row.requestId,
    hash: row.hash, reviewedAt: row.breakGlassReview?.reviewedAt ?? null, reviewFinding: row.breakGlassReview?.finding ?? null,
  };
}
