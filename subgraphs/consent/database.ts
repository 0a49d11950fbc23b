import { openDatabase, type Database } from '../kit/database';
import { PrismaClient } from '../../prisma/consent/client/client';
import { AuditLogWriter } from './audit-log-writer';

/** The consent ledger's Prisma client, and the audit log's own writer beside it. */
export type ConsentDb = PrismaClient & { readonly auditLog: AuditLogWriter };

export function openConsentDatabase(url: string): Database<ConsentDb> {
  const database = openDatabase(PrismaClient, url);
  const auditLog = new AuditLogWriter(url.replace(/^file:/, ''), database.statements);
  return {
    ...database,
    client: Object.assign(database.client, { auditLog }),
    async close() {
      auditLog.close();
      await database.close();
    },
  };
}
