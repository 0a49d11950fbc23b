import { openDatabase, type Database } from '../kit/database';
import { PrismaClient } from '../../prisma/consent/client/client';
import { ActiveConsents } from './active-consents';
import { ActiveLinks } from './active-links';
import { AuditLogWriter } from './audit-log-writer';

/**
 * The consent ledger's Prisma client, with the two statements every access decision runs beside
 * it on the same pool: the active-consent and active-link lookups and the audit log's append.
 */
export type ConsentDb = PrismaClient & {
  readonly activeConsents: ActiveConsents;
  readonly activeLinks: ActiveLinks;
  readonly auditLog: AuditLogWriter;
};

export function openConsentDatabase(url: string): Database<ConsentDb> {
  const database = openDatabase(PrismaClient, url);
  const activeConsents = new ActiveConsents(database.pool, database.statements);
  const activeLinks = new ActiveLinks(database.pool, database.statements);
  const auditLog = new AuditLogWriter(database.pool, database.statements);
  return { ...database, client: Object.assign(database.client, { activeConsents, activeLinks, auditLog }) };
}
