import { openDatabase, type Database } from '../kit/database';
import type { SubgraphRuntime } from '../kit/subgraph-definition';
import { PrismaClient } from '../../prisma/consent/client/client';
import { ActiveConsents } from './active-consents';
import { ActiveLinks } from './active-links';
import { AuditCheckpointer } from './audit-checkpointer';
import { LeafHashTree } from './audit-log/leaf-hash-tree';
import { auditLogSettingsFromEnv, type AuditLogSettings } from './audit-log-settings';
import { AuditLogWriter } from './audit-log-writer';
import { ConsentCopyFeed, copyLeaseMsFromEnv } from './consent-copy-feed';
import { ConsentFeedSignal } from './consent-feed-signal';
import { auditOutboxFlusher } from './audit-outbox-flush';

/** The Merkle audit log beside the consent ledger: its writer, its checkpoints and what proofs read. */
export interface AuditLog {
  settings: AuditLogSettings;
  checkpointer: AuditCheckpointer;
  tree: LeafHashTree;
}

/**
 * The consent ledger's Prisma client, with the statements every access decision runs beside it on
 * the same pool: the active-consent and active-link lookups and the audit log's append.
 */
export type ConsentDb = PrismaClient & {
  readonly activeConsents: ActiveConsents;
  readonly activeLinks: ActiveLinks;
  readonly auditLog: AuditLogWriter;
  /** Absent when the database is opened only to load demo data: then nothing may be appended. */
  readonly audit: AuditLog | null;
  /** The subgraphs' consent copies are served from here; absent when opened only to load demo data. */
  readonly copyFeed: ConsentCopyFeed | null;
  /** Asks every subgraph to ship its audit outbox; resolves with those that did not in time (audit-outbox-flush.ts). */
  readonly flushAuditOutboxes: () => Promise<string[]>;
};

export function openConsentDatabase(url: string, runtime?: SubgraphRuntime): Database<ConsentDb> {
  const database = openDatabase(PrismaClient, url);
  const activeConsents = new ActiveConsents(database.pool, database.statements);
  const activeLinks = new ActiveLinks(database.pool, database.statements);
  let audit: AuditLog | null = null;
  let copyFeed: ConsentCopyFeed | null = null;
  let signal: ConsentFeedSignal | null = null;
  if (runtime) {
    signal = new ConsentFeedSignal(url);
    signal.start();
    copyFeed = new ConsentCopyFeed(database.pool, signal, copyLeaseMsFromEnv());
    const settings = auditLogSettingsFromEnv(runtime.dataDir, url);
    audit = { settings, checkpointer: new AuditCheckpointer(database.pool, settings), tree: new LeafHashTree(database.pool) };
  }
  const checkpointer = audit?.checkpointer;
  const auditLog = new AuditLogWriter(database.pool, database.statements, checkpointer ? () => checkpointer.appended() : null);
  audit?.checkpointer.catchUp();
  const close = database.close;
  let closed: Promise<void> | undefined;
  return {
    ...database,
    client: Object.assign(database.client, { activeConsents, activeLinks, auditLog, audit, copyFeed, flushAuditOutboxes: auditOutboxFlusher(runtime?.auditOutboxes) }),
    close() {
      // The last checkpoint before the pool goes: an entry committed is an entry signed, when the process stops cleanly.
      closed ??= Promise.all([audit?.checkpointer.stop(), signal?.stop()]).then(close);
      return closed;
    },
  };
}
