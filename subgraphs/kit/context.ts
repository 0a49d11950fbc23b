import type DataLoader from 'dataloader';
import type { Caller } from '../../platform/caller';
import type { CallingService } from '../../platform/service-credentials';
import type { AuditRecorder } from './audit-recorder';
import type { AccessAnswer, AccessQuestion } from './consent-decisions';
import type { ConsentLedger } from './consent-ledger';

/** What every resolver of every subgraph receives, built afresh for each request. */
export interface SubgraphContext<Db, Loaders> {
  caller: Caller;
  /** The gateway's request id, carried to every subgraph so the audit log can join them; made here when no hub service sent one. */
  requestId: string;
  /** The caller's own request id, kept apart as a correlation value only. */
  correlationId: string | null;
  /** The hub service calling on the caller's behalf (with a verified credential), or null for a direct call. */
  callingService: CallingService | null;
  /** This subgraph's own credential, sent when it calls another hub service. */
  serviceCredential: string;
  /** The agency owning the subgraph answering (null for hub-core subgraphs). */
  owningAgency: string | null;
  db: Db;
  loaders: Loaders;
  /** Access decisions for this request, taken in batches from this subgraph's consent copy (consent-copy.ts). */
  decisions: DataLoader<AccessQuestion, AccessAnswer, string>;
  /** This subgraph's audit outbox: the entries of its access decisions, durable locally before any answer leaves. */
  auditRecorder: AuditRecorder;
  /** The consent ledger, for writes that record consent in the same step (a referral). */
  consentLedger: ConsentLedger;
  /** Break-glass: the written justification the caller sent in `x-break-glass`, if any. */
  breakGlassJustification: string | null;
}
