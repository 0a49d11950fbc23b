import Database, { type Statement } from 'better-sqlite3';
import type { SqlStatementCounter } from '../kit/database';

/**
 * Which of these people an agency works with now: its open links, as the people subgraph pushed
 * them (agency-link.mutations.ts). Read beside every access decision, so a prepared statement on a
 * read-only connection of its own, as active-consents.ts does and for the same reason.
 */
export class ActiveLinks {
  private readonly connection: Database.Database;
  private readonly query: Statement<[string, string], { personId: string }>;

  constructor(file: string, private readonly statements: SqlStatementCounter) {
    this.connection = new Database(file, { readonly: true, timeout: 5000 });
    this.query = this.connection.prepare(`
      SELECT DISTINCT personId FROM "AgencyLinkCopy"
      WHERE agency = ? AND personId IN (SELECT value FROM json_each(?)) AND endedAt IS NULL`);
  }

  /** The people of `personIds` that `agency` has an open link to. */
  linkedPeople(agency: string, personIds: string[]): Set<string> {
    if (personIds.length === 0) return new Set();
    this.statements.record(this.query.source);
    return new Set(this.query.all(agency, JSON.stringify(personIds)).map((row) => row.personId));
  }

  isLinked(agency: string, personId: string): boolean {
    return this.linkedPeople(agency, [personId]).has(personId);
  }

  close(): void {
    this.connection.close();
  }
}
