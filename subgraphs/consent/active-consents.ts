import type { Pool } from 'pg';
import type { SqlStatementCounter } from '../kit/database';

interface ActiveConsentRow {
  personId: string;
  category: string;
  consentId: string;
}

/**
 * The one read every access decision makes: which of these people have an active consent to
 * this agency for these categories. One named (prepared) statement on the consent subgraph's
 * pool, taking the lists as arrays so that one statement serves any batch size. Through Prisma
 * the query was built afresh for every decision batch, which showed high in the consent
 * subgraph's CPU profile (BENCHMARKS.md). The schema is still Prisma's; this only reads it.
 */
const ACTIVE_CONSENTS = {
  name: 'active-consents',
  text: `
    SELECT cc."personId", cc.category, cc."consentId"
    FROM "ConsentCategory" cc JOIN "Consent" c ON c.id = cc."consentId"
    WHERE cc.agency = $1
      AND cc."personId" = ANY($2::text[])
      AND cc.category = ANY($3::text[])
      AND c."withdrawnAt" IS NULL
      AND c."givenAt" <= $4::timestamp
      AND (c."expiresAt" IS NULL OR c."expiresAt" > $4::timestamp)`,
};

export class ActiveConsents {
  constructor(private readonly pool: Pool, private readonly statements: SqlStatementCounter) {}

  /** The consent id behind each (person, category) that may be read, keyed `personId|category`. */
  async find(agency: string, personIds: string[], categories: string[], now = new Date()): Promise<Map<string, string>> {
    this.statements.record(ACTIVE_CONSENTS.text);
    // Prisma keeps DateTime as UTC in `timestamp(3)`; an ISO string's `Z` is dropped by the cast, leaving UTC.
    const { rows } = await this.pool.query<ActiveConsentRow>({ ...ACTIVE_CONSENTS, values: [agency, personIds, categories, now.toISOString()] });
    return new Map(rows.map((row) => [`${row.personId}|${row.category}`, row.consentId]));
  }
}
