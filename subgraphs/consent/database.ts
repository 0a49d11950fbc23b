import { openDatabase, sqliteFile, type Database } from '../kit/database';
import { PrismaClient } from '../../prisma/consent/client/client';
import { ActiveConsents } from './active-consents';
import { ActiveLinks } from './active-links';
import { AuditLogWriter } from './audit-log-writer';

/**
 * The consent ledger's Prisma client, with the two statements every access decision runs beside
 * it on connections of their own: the active-consent and active-link lookups and the audit log's append.
 */
export type ConsentDb = PrismaClient & {
  readonly activeConsents: ActiveConsents;
  readonly activeLinks: ActiveLinks;
  readonly auditLog: AuditLogWriter;
};

export function openConsentDatabase(url: string): Database<ConsentDb> {
  const database = openDatabase(PrismaClient, url);
  const file = sqliteFile(url);
  if (!file) throw new Error(`The consent subgraph keeps its ledger and audit log in SQLite: ${url} is not a file: URL.`);
  const activeConsents = new ActiveConsents(file, database.statements);
  const activeLinks = new ActiveLinks(file, database.statements);
  const auditLog = new AuditLogWriter(file, database.statements);
  return {
    ...database,
    client: Object.assign(database.client, { activeConsents, activeLinks, auditLog }),
    async close() {
      activeConsents.close();
      activeLinks.close();
      auditLog.close();
      await database.close();
    },
  };
}
