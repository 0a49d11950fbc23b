import type { Prisma } from '../../prisma/consent/client/client';
import { recordFeedChanges, type ConsentFeedChange } from './consent-feed';
import type { ConsentDb } from './database';

/**
 * The one path of every change to consents and agency links: the change and its feed row in one
 * transaction, then the barrier, so that when a grant, a withdrawal or a link change returns,
 * every subgraph's copy already decides with it (or has lapsed and refuses).
 */
export async function withFeedChange<T>(
  db: ConsentDb,
  change: (tx: Prisma.TransactionClient) => Promise<{ result: T; feed: ConsentFeedChange | null }>,
): Promise<T> {
  let version: number | null = null;
  const result = await db.$transaction(async (tx) => {
    const { result, feed } = await change(tx);
    if (feed) version = await recordFeedChanges(tx, [feed]);
    return result;
  });
  if (version !== null && db.copyFeed) await db.copyFeed.barrier(version);
  return result;
}

/**
 * For rows written straight into the ledger rather than through its mutations (the benchmark's and
 * tests' generated caseloads): their changes, published to the feed in one transaction, and the
 * barrier, so that the copies hold them when this returns, as they would after the mutations.
 */
export async function publishFeedChanges(db: ConsentDb, changes: ConsentFeedChange[]): Promise<void> {
  if (changes.length === 0) return;
  const version = await db.$transaction((tx) => recordFeedChanges(tx, changes));
  if (db.copyFeed) await db.copyFeed.barrier(version);
}
