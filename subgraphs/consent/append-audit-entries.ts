import type { Request, Response, Router } from 'express';
import { sendGraphQLError } from '../../platform/json-body';
import { hubLog } from '../../platform/request-log';
import type { CallingService, ServiceCredentialVerifier } from '../../platform/service-credentials';
import { MAX_OUTBOXES_PER_SHIPMENT, SHIP_BATCH_SIZE, type OutboxAnswer } from '../kit/audit-shipments';
import { serviceOnlyRoute } from '../kit/service-routes';
import { AuditLeafError, encodeAuditLeaf } from './audit-log/audit-leaf';
import { AuditSourceConflictError, type AuditEntry, type AuditEntrySource } from './audit-log-writer';
import type { ConsentDb } from './database';

/** The most entries one shipment may carry, all its outboxes together (kit/audit-shipments.ts sends at most this). */
export const MAX_SHIPPED_ENTRIES = SHIP_BATCH_SIZE;

const TEXT = ['subject', 'role', 'personId', 'fieldPath', 'category', 'decision', 'reason', 'requestId'] as const;
const OPTIONAL_TEXT = ['agency', 'consentId', 'justification', 'correlationId'] as const;
const SEQUENCE = /^[1-9][0-9]{0,18}$/;
const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

class BadEntry extends Error {}

/** Why one outbox of a shipment was not appended: its answer, beside the others'. */
type Refused = Extract<OutboxAnswer, { error: unknown }>;
const refused = (code: string, message: string, field?: string): Refused => ({ error: { code, message, ...(field ? { field } : {}) } });

/**
 * `appendAuditEntries` (POST /audit-log/entries): the subgraphs of one process ship the entries of
 * their audit outboxes (kit/audit-shipments.ts) to the Merkle log, `{ outboxes: [{ credential,
 * entries }] }`. Service-only: a subgraph's credential sends it, never a person's token, and never
 * the gateway. Each outbox carries its own subgraph's credential, verified for itself: its entries'
 * `subgraph` is that credential's service name, whatever the body says. Each outbox is answered for
 * itself, in order, all its entries or none: one refused outbox holds up no other. Entries already
 * appended (a shipment sent again) are skipped. Answers only once the appends have committed: then
 * each shipper may delete the rows of its outbox that were appended.
 */
export function appendAuditEntriesRoute(app: Router, { db, verifyService }: { db: ConsentDb; verifyService: ServiceCredentialVerifier }) {
  app.post(
    '/audit-log/entries',
    ...serviceOnlyRoute(verifyService, (service) => service.name !== 'gateway', '2mb'),
    (req: Request, res: Response) =>
      void appendAuditEntries(db, verifyService, req, res).catch((error: Error) => {
        hubLog().error({ error: error.message }, 'audit log: a shipment could not be taken');
        if (!res.headersSent) sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'The shipment could not be taken; send it again.');
      }),
  );
}

async function appendAuditEntries(db: ConsentDb, verifyService: ServiceCredentialVerifier, req: Request, res: Response) {
  const outboxes = (req.body as { outboxes?: unknown } | null)?.outboxes;
  if (!Array.isArray(outboxes) || outboxes.length === 0 || outboxes.length > MAX_OUTBOXES_PER_SHIPMENT) {
    return sendGraphQLError(res, 400, 'BAD_USER_INPUT', `"outboxes" must list from 1 to ${MAX_OUTBOXES_PER_SHIPMENT} audit outboxes, each { credential, entries }.`);
  }
  const total = outboxes.reduce((sum: number, outbox) => sum + (Array.isArray((outbox as { entries?: unknown } | null)?.entries) ? (outbox as { entries: unknown[] }).entries.length : 0), 0);
  if (total > MAX_SHIPPED_ENTRIES) return sendGraphQLError(res, 400, 'BAD_USER_INPUT', `One shipment may hold at most ${MAX_SHIPPED_ENTRIES} entries; it holds ${total}.`);
  // Every credential first, then the names in order: the first outbox of a subgraph is taken, a second refused.
  const checked = await Promise.all(outboxes.map((outbox: unknown, index) => checkedOutbox(outbox, `outboxes[${index}]`, verifyService)));
  const seen = new Set<string>();
  const answers = await Promise.all(
    checked.map(async (outbox, index): Promise<OutboxAnswer> => {
      if ('error' in outbox) return outbox;
      if (seen.has(outbox.subgraph)) return refused('BAD_USER_INPUT', `outboxes[${index}]: ${outbox.subgraph}'s outbox is named twice in one shipment.`, `outboxes[${index}].credential`);
      seen.add(outbox.subgraph);
      try {
        await db.auditLog.appendShipped(outbox.entries, outbox.sources);
        return { appended: outbox.entries.length };
      } catch (error) {
        if (error instanceof AuditSourceConflictError) {
          hubLog().fatal({ subgraph: outbox.subgraph, error: error.message }, 'audit log: a shipped entry reuses an outbox sequence the log holds with other fields');
          return refused('AUDIT_SOURCE_CONFLICT', error.message);
        }
        return refused('AUDIT_LOG_UNAVAILABLE', 'The audit log could not be appended to; send the entries again.');
      }
    }),
  );
  res.json({ answers });
}

type CheckedOutbox = { subgraph: string; entries: AuditEntry[]; sources: AuditEntrySource[] };

/** One outbox of a shipment checked field by field, its credential first. */
async function checkedOutbox(outbox: unknown, at: string, verifyService: ServiceCredentialVerifier): Promise<CheckedOutbox | Refused> {
  const { credential, entries } = (typeof outbox === 'object' && outbox !== null ? outbox : {}) as Record<string, unknown>;
  if (typeof credential !== 'string') return refused('BAD_USER_INPUT', `${at}.credential must be the service credential of the outbox's subgraph.`, `${at}.credential`);
  let service: CallingService;
  try {
    service = await verifyService(credential);
  } catch (error) {
    return refused('UNAUTHENTICATED', `${at}.credential was refused: ${(error as Error).message}`, `${at}.credential`);
  }
  if (service.name === 'gateway') return refused('FORBIDDEN', 'The gateway keeps no audit outbox.', `${at}.credential`);
  try {
    return { subgraph: service.name, ...entriesOf(entries, service.name, `${at}.entries`) };
  } catch (error) {
    if (!(error instanceof BadEntry || error instanceof AuditLeafError)) throw error;
    return refused('BAD_USER_INPUT', error.message);
  }
}

function entriesOf(list: unknown, subgraph: string, at: string): { entries: AuditEntry[]; sources: AuditEntrySource[] } {
  if (!Array.isArray(list)) throw new BadEntry(`${at} must be a list of audit entries.`);
  const entries: AuditEntry[] = [];
  const sources: AuditEntrySource[] = [];
  list.forEach((raw: Record<string, unknown>, index) => {
    const field = (name: string) => `${at}[${index}].${name}`;
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
      throw new BadEntry(`${at}[${index}]: ${(error as Error).message}`);
    }
    entries.push(entry);
    sources.push({ subgraph, sequence: raw.sequence });
  });
  return { entries, sources };
}
