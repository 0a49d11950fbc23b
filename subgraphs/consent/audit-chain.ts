import { createHash } from 'node:crypto';
import type { ConsentDb } from './database';

/** What one audit entry records; the chain adds its sequence, the previous hash and its own hash. */
export interface AuditEntry {
  at: Date;
  subject: string;
  agency: string | null;
  role: string;
  personId: string;
  subgraph: string;
  fieldPath: string;
  category: string;
  decision: 'ALLOWED' | 'DENIED';
  reason: string;
  consentId: string | null;
  justification: string | null;
  /** The gateway's request id: joins every decision of one request. */
  requestId: string;
  /** The caller's own request id, if they sent one: a correlation value, never the audit's key. */
  correlationId: string | null;
}

export const GENESIS_HASH = '0'.repeat(64);

/** The hash of an entry: every recorded field, in a fixed order, and the hash of the entry before. */
export function hashEntry(previousHash: string, entry: AuditEntry): string {
  const recorded = [
    previousHash, entry.at.toISOString(), entry.subject, entry.agency, entry.role, entry.personId, entry.subgraph,
    entry.fieldPath, entry.category, entry.decision, entry.reason, entry.consentId, entry.justification, entry.requestId,
  ];
  // Appended only when present, so that entries written before correlation ids existed still verify.
  const canonical = JSON.stringify(entry.correlationId === null ? recorded : [...recorded, entry.correlationId]);
  return createHash('sha256').update(canonical).digest('hex');
}

export interface ChainVerification {
  intact: boolean;
  entriesChecked: number;
  /** The first entry whose stored hash or link does not match what it records. */
  firstBrokenSequence: number | null;
  problem: string | null;
}

/** Walks the whole chain in order, recomputing every hash. */
export async function verifyAuditChain(db: ConsentDb, pageSize = 1000): Promise<ChainVerification> {
  let previousHash = GENESIS_HASH;
  let checked = 0;
  let after = 0;
  for (;;) {
    const page = await db.auditEvent.findMany({ where: { sequence: { gt: after } }, orderBy: { sequence: 'asc' }, take: pageSize });
    if (page.length === 0) return { intact: true, entriesChecked: checked, firstBrokenSequence: null, problem: null };
    for (const row of page) {
      const broken = (problem: string) => ({ intact: false, entriesChecked: checked, firstBrokenSequence: row.sequence, problem });
      if (row.previousHash !== previousHash) return broken('its link to the entry before does not match');
      if (hashEntry(previousHash, { ...row, decision: row.decision as AuditEntry['decision'] }) !== row.hash) {
        return broken('what it records does not match its hash');
      }
      previousHash = row.hash;
      checked += 1;
      after = row.sequence;
    }
  }
}
