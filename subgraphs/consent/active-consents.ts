import Database, { type Statement } from 'better-sqlite3';
import type { SqlStatementCounter } from '../kit/database';
import { storedDate } from './stored-dates';

interface ActiveConsentRow {
  personId: string;
  category: string;
  consentId: string;
}

/**
 * The one read every access decision makes: which of these people have an active consent to
 * this agency for these categories. A prepared statement on a read-only connection of its own,
 * taking the lists as JSON so that one statement serves any batch size. Through Prisma the query
 * was built and compiled afresh for every decision batch, which showed high in the consent
 * subgraph's CPU profile (BENCHMARKS.md). The schema is still Prisma's; this only reads it.
 */
export class ActiveConsents {
  private readonly connection: Database.Database;
  private readonly query: Statement<[string, string, string, string, string], ActiveConsentRow>;

  constructor(file: string, private readonly statements: SqlStatementCounter) {
    this.connection = new Database(file, { readonly: true, timeout: 5000 });
    this.query = this.connection.prepare(`
      SELECT cc.personId AS personId, cc.category AS category, cc.consentId AS consentId
      FROM "ConsentCategory" cc JOIN "Consent" c ON c.id = cc.consentId
      WHERE cc.agency = ?
        AND cc.personId IN (SELECT value FROM json_each(?))
        AND cc.category IN (SELECT value FROM json_each(?))
        AND c.withdrawnAt IS NULL
        AND c.givenAt <= ?
        AND (c.expiresAt IS NULL OR c.expiresAt > ?)`);
  }

  /** The consent id behind each (person, category) that may be read, keyed `personId|category`. */
  find(agency: string, personIds: string[], categories: string[], now = new Date()): Map<string, string> {
    const at = storedDate(now);
    this.statements.record(this.query.source);
    const rows = this.query.all(agency, JSON.stringify(personIds), JSON.stringify(categories), at, at);
    return new Map(rows.map((row) => [`${row.personId}|${row.category}`, row.consentId]));
  }

  close(): void {
    this.connection.close();
  }
}
