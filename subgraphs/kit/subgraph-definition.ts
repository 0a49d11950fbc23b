import type { IRules } from 'graphql-shield';
import type { Database } from './database';
import type { SubgraphContext } from './context';
import type { ServiceRoutes } from './service-routes';

type ClassType = abstract new (...args: never[]) => unknown;

/** What a served subgraph may keep beside its database: files under the hub's data folder (the audit log's checkpoint key, by default). */
export interface SubgraphRuntime {
  dataDir: string;
  /** Every subgraph's audit outbox, for the consent subgraph to ask them to ship before it answers from the log. */
  auditOutboxes?: { urls: () => Record<string, string>; serviceCredential: string };
}

/** A typed reference resolver: the entity's key fields in, the entity (or a promise of it) out. */
export type ReferenceResolvers<Context> = Record<
  string,
  { __resolveReference(reference: { id: string }, context: Context): unknown }
>;

/**
 * Everything the kit needs to serve one agency's system as a subgraph. A subgraph folder
 * exports one of these from its `index.ts`; the kit does the rest.
 */
export interface SubgraphDefinition<Db = any, Loaders = any> {
  /**
   * The subgraph's name in the supergraph, its database and its environment variables. The agency
   * whose staff own its records is the one `schema/agency-registry.ts` names for it.
   */
  name: string;
  resolvers: [ClassType, ...ClassType[]];
  /** Types that no query returns (the `Person` stub an agency extends) must be listed here. */
  orphanedTypes?: ClassType[];
  referenceResolvers?: ReferenceResolvers<SubgraphContext<Db, Loaders>>;
  /** `runtime` is given when the subgraph is served; loading demo data opens it without. */
  openDatabase(url: string, runtime?: SubgraphRuntime): Database<Db>;
  /** Fresh per-request DataLoaders over the subgraph's database. */
  createLoaders(db: Db): Loaders;
  /**
   * Types whose records two agencies hold as their own (a referral), each naming its holders in a
   * `holdingAgencies` property: consent questions about them carry the holders, so they are asked
   * by their own fields' rules and never ahead of time from a field above.
   */
  sharedRecordTypes?: string[];
  /** Service-to-service routes beside /graphql (kit/service-routes.ts): the consent subgraph's `appendAuditEntries`. */
  serviceRoutes?: ServiceRoutes<Db>;
  /** graphql-shield rules for the root fields (who may call which query and mutation). */
  rootRules: IRules;
  /** This subgraph serves the consent copies: its own copy is synced from itself, not from CONSENT_URL. */
  servesConsentCopies?: boolean;
}
