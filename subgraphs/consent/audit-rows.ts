import type { AccessReason } from './access-decision.type';
import type { AuditEvent } from './audit-event.type';

export const withReview = { breakGlassReview: true } as const;

type Row = Omit<AuditEvent, 'person' | 'reason' | 'reviewedAt' | 'reviewFinding'> & {
  personId: string;
  reason: string;
  breakGlassReview?: { reviewedAt: Date; finding: string } | null;
};

export function toAuditEvent({ personId, reason, breakGlassReview, ...row }: Row): AuditEvent {
  return {
    ...row,
    person: personId,
    reason: reason as AccessReason,
    reviewedAt: breakGlassReview?.reviewedAt ?? null,
    reviewFinding: breakGlassReview?.finding ?? null,
  };
}
