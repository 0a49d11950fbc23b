import type { Caller } from './caller';

/** What every resolver of every subgraph receives, built afresh for each request. */
export interface SubgraphContext<Db, Loaders> {
  caller: Caller;
  /** The gateway's request id, carried to every subgraph so the audit log can join them. */
  requestId: string;
  /** The agency owning the subgraph answering (null for hub-core subgraphs). */
  owningAgency: string | null;
  db: Db;
  loaders: Loaders;
}
