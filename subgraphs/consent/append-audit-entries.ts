import type { Request, Response, Router } from 'express';
import { sendGraphQLError } from '../../platform/json-body';
import { hubLog } from '../../platform/request-log';
import type { ServiceCredentialVerifier } from '../../platform/service-credentials';
import { serviceOnlyRoute, type ServiceLocals } from '../kit/service-routes';
import { AuditLeafError, encodeAuditLeaf } from './audit-log/audit-leaf';
import { AuditSourceConflictError, type AuditEntry, type AuditEntrySource } from './audit-log-writer';
import type { ConsentDb } from './database';

/** The most entries one shipment may carry (kit/audit-shipper.ts sends at most this). */
export const MAX_SHIPPED_ENTRIES = 1000;

const TEXT = ['subject', 'role', 'personId', 'fieldPath', 'category', 'decision', 'reason', 'requestId'] as const;
const OPTIONAL_TEXT = ['agency', 'consentId', 'justification', 'correlationId'] as const;
const SEQUENCE = /^[1-9][0-9]{0,18}$/;
const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

class BadEntry extends Error {}

/**
 * `appendAuditEntries` (POST /audit-log/entries): a subgraph ships the entries of its audit outbox
 * (kit/audit-shipper.ts) to the Merkle log. Service-only: the subgraph's own credential, never a
 * person's token, and never the gateway. Each entry's `subgraph` is the credential's service name,
 * whatever the body says; entries already appended (a shipment sent again) are skipped. Answers
 * only once the append has committed: then the shipper may delete its rows.
 */
export function appendAuditEntriesRoute(app: Router, { db, verifyService }: { db: ConsentDb; verifyService: ServiceCredentialVerifier }) {
  app.post(
    '/audit-log/entries',
    ...serviceOnlyRoute(verifyService, (service) => service.name !== 'gateway', '2mb'),
    (req: Request, res: Response) => void appendAuditEntries(db, req, res),
  );
}

async function appendAuditEntries(db: ConsentDb, req: Request, res: Response) {
  const { callingService } = res.locals as ServiceLocals;
  let shipped: { entries: AuditEntry[]; sources: AuditEntrySource[] };
  try {
    shipped = entriesOf(req.body, callingService.name);
  } catch (error) {
    if (!(error instanceof BadEntry || error instanceof AuditLeafError)) throw error;
    return sendGraphQLError(res, 400, 'BAD_USER_INPUT', error.message);
  }
  try {
    await db.auditLog.appendShipped(shipped.entries, shipped.sources);
    res.json({ appended: shipped.entries.length });
  } catch (error) {
    if (error instanceof AuditSourceConflictError) {
      hubLog().fatal({ subgraph: callingService.name, error: error.message }, 'audit log: a shipped entry reuses an outbox sequence the log holds with other fields');
      return sendGraphQLError(res, 409, 'AUDIT_SOURCE_CONFLICT', error.message);
    }
    sendGraphQLError(res, 503, 'AUDIT_LOG_UNAVAILABLE', 'The audit log could not be appended to; send the entries again.');
  }
}

function entriesOf(body: unknown, subgraph: string): { entries: AuditEntry[]; sources: AuditEntrySource[] } {
  const list = (body as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(list)) throw new BadEntry('"entries" must be a list of audit entries.');
  if (list.length > MAX_SHIPPED_ENTRIES) throw new BadEntry(`"entries" may hold at most ${MAX_SHIPPED_ENTRIES} entries; it holds ${list.length}.`);
  const entries: AuditEntry[] = [];
  const sources: AuditEntrySource[] = [];
  list.forEach((raw: Record<string, unknown>, index) => {
    const field = (name: string) => `entries[${index}].${name}`;
    if (typeof raw !== 'object' || raw === null) throw new BadEntry(`${field('')} must be an object.`);
    if (typeof raw.sequence !== 'string' || !SEQUENCE.test(raw.sequence)) throw new BadEntry(`${field('sequence')} must be the outbox sequence, a positive integer as text.`);
    for (const name of TEXT) if (typeof raw[name] !== 'string' || raw[name] === '') throw new BadEntry(`${field(name)} must be non-empty text.`);
    for (const name of OPTIONAL_TEXT) if (raw[name] !== null && raw[name] !== undefined && typeof raw[name] !== 'string') throw new BadEntry(`${field(name)} must be text or null.`);
    if (typeof raw.at !== 'string' || !UTC_TIME.test(raw.at) || Number.isNaN(Date.parse(raw.at))) throw new BadEntry(`${field('at')} must be a UTC time like 2026-12-02T06:50:07.123Z.`);
    const entry: AuditEntry = {
      at: new Date(raw.at),
      subject: raw.subject as string,
      agency: (raw.agency as string | null | undefined) ?? null,
      role: raw.role as string,
      personId: raw.personId as string,
      // From the credential: a subgraph cannot log under another's name.
      subgraph,
      fieldPath: raw.fieldPath as string,
      category: raw.category as string,
      decision: raw.decision as AuditEntry['decision'],
      reason: raw.reason as string,
      consentId: (raw.consentId as string | null | undefined) ?? null,
      justification: (raw.justification as string | null | undefined) ?? null,
      requestId: raw.requestId as string,
      correlationId: (raw.correlationId as string | null | undefined) ?? null,
    };
    try {
      encodeAuditLeaf(entry);
    } catch (error) {
      throw new BadEntry(`entries[${index}]: ${(error as Error).message}`);
    }
    entries.push(entry);
    sources.push({ subgraph, sequence: raw.sequence });
  });
  return { entries, sources };
}
