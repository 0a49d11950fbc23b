import type DataLoader from 'dataloader';
import type { Caller } from '../../platform/caller';
import type { AccessAnswer, AccessQuestion } from './consent-decisions';
import type { ConsentLedger } from './consent-ledger';

/** What every resolver of every subgraph receives, built afresh for each request. */
export interface SubgraphContext<Db, Loaders> {
  caller: Caller;
  /** The hub service that presented its credential beside the caller's token; null for a user. */
  callingService?: { name: string } | null;
  /** The gateway's request id, carried to every subgraph so the audit log can join them. */
  requestId: string;
  /** The agency owning the subgraph answering (null for hub-core subgraphs). */
  owningAgency: string | null;
  db: Db;
  loaders: Loaders;
  /** Access decisions for this request, asked of the consent subgraph in batches. */
  decisions: DataLoader<AccessQuestion, AccessAnswer, string>;
  /** The consent ledger, for writes that record consent in the same step (a referral). */
  consentLedger: ConsentLedger;
  /** Break-glass: the written justification the caller sent in `x-break-glass`, if any. */
  breakGlassJustification: string | null;
}
