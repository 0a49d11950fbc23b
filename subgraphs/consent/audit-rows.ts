import type { AccessReason } from './access-decision.type';
import type { AuditEvent } from './audit-event.type';

type Row = Omit<AuditEvent, 'person' | 'reason' | 'leafHash'> & { personId: string; reason: string; leafHash: Uint8Array };

export function toAuditEvent({ personId, reason, leafHash, ...row }: Row): AuditEvent {
  return { ...row, person: personId, reason: reason as AccessReason, leafHash: Buffer.from(leafHash).toString('base64') };
}
