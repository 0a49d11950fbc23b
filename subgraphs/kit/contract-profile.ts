import type { Role } from '../../platform/caller';

/** A caller's token claims, as an identity provider would issue them. */
export interface ContractCaller {
  sub: string;
  role: Role;
  agency?: string;
}

/**
 * What the subgraph contract (test/subgraph-contract.test.ts) needs to know of a subgraph that it
 * cannot read off the schema: each subgraph exports one as `contract` from `subgraphs/<name>/contract.ts`.
 * Everything else the contract checks (guarded fields, refusals, tokens, SQL reads, the audit log)
 * it derives from the subgraph's own schema and the registry.
 */
export interface ContractProfile<Db = any> {
  /**
   * Writes records for these people straight into the subgraph's database: its person-level record
   * and at least two rows in every per-person list, so the caseload check reads every loader.
   * (The hub's own subgraphs leave it out: bench/generated-caseload.ts writes theirs.)
   */
  generateRecords?(db: Db, personIds: string[]): Promise<void>;
  /** A write of the subgraph with one bad field: refused naming that field, and nothing written. */
  badWrite: {
    document: string;
    variables(personId: string): Record<string, unknown>;
    /** The field `extensions.invalidFields` must name. */
    invalidField: string;
    /** Who writes: by default an adviser of the agency owning the subgraph, which works with the person. */
    writer?(personId: string): ContractCaller;
  };
}
