import type { AccessReason } from './access-decision.type';
import type { AuditEvent } from './audit-event.type';

type Row = Omit<AuditEvent, 'person' | 'reason'> & { personId: string; reason: string };

export function toAuditEvent({ personId, reason, ...row }: Row): AuditEvent {
  return { ...row, person: personId, reason: reason as AccessReason };
}
