import type { Pool } from 'pg';
import type { SqlStatementCounter } from '../kit/database';

/**
 * Which of these people an agency works with now: its open links, as the people subgraph pushed
 * them (agency-link.mutations.ts). Read beside every access decision, so one named (prepared)
 * statement on the consent subgraph's pool, as active-consents.ts does and for the same reason.
 */
const LINKED_PEOPLE = {
  name: 'active-links',
  text: `SELECT DISTINCT "personId" FROM "AgencyLinkCopy" WHERE agency = $1 AND "personId" = ANY($2::text[]) AND "endedAt" IS NULL`,
};

export class ActiveLinks {
  constructor(private readonly pool: Pool, private readonly statements: SqlStatementCounter) {}

  /** The people of `personIds` that `agency` has an open link to. */
  async linkedPeople(agency: string, personIds: string[]): Promise<Set<string>> {
    if (personIds.length === 0) return new Set();
    this.statements.record(LINKED_PEOPLE.text);
    const { rows } = await this.pool.query<{ personId: string }>({ ...LINKED_PEOPLE, values: [agency, personIds] });
    return new Set(rows.map((row) => row.personId));
  }

  async isLinked(agency: string, personId: string): Promise<boolean> {
    return (await this.linkedPeople(agency, [personId])).has(personId);
  }
}
