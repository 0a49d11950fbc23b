import type { CopyChange } from '../kit/consent-copy-sync';
import type { Prisma } from '../../prisma/consent/client/client';

/**
 * The consent feed: every change to consents or agency links, as the subgraphs' local copies
 * apply it (kit/consent-copy.ts). A consent change carries its categories so the feed, like the
 * snapshot, gives a subgraph only the categories it serves; a link change concerns every agency.
 */
export type ConsentFeedChange = CopyChange;

/** The channel every consent replica listens on to wake the copies' long polls. */
export const CONSENT_FEED_CHANNEL = 'consent_feed';

/**
 * Appends changes in the transaction that makes them, and answers the last one's version. The
 * versions come from the feed's one counter row, whose row lock lasts to the commit: versions
 * commit in order, so a copy that has every change up to V has them all, never one with a gap before it.
 */
export async function recordFeedChanges(tx: Prisma.TransactionClient, changes: ConsentFeedChange[]): Promise<number> {
  const [{ last }] = await tx.$queryRaw<Array<{ last: number }>>`UPDATE "ConsentFeedState" SET version = version + ${changes.length} WHERE id = 1 RETURNING version AS last`;
  const first = last - changes.length + 1;
  await tx.$executeRaw`INSERT INTO "ConsentChange" (version, change)
    SELECT ${first}::int + ordinality::int - 1, change FROM unnest(${changes.map((change) => JSON.stringify(change))}::jsonb[]) WITH ORDINALITY AS c(change, ordinality)`;
  // Delivered at commit, to every consent replica listening.
  await tx.$queryRaw`SELECT pg_notify(${CONSENT_FEED_CHANNEL}, ${String(last)})::text AS notified`;
  return last;
}

/** What a consent change of the feed says of a ledger row. */
export const consentChangeOf = (
  row: { id: string; personId: string; agency: string; givenAt: Date; expiresAt: Date | null; withdrawnAt: Date | null },
  categories: string[],
): ConsentFeedChange => ({
  kind: 'consent',
  consentId: row.id,
  personId: row.personId,
  agency: row.agency,
  categories,
  givenAt: row.givenAt.getTime(),
  expiresAt: row.expiresAt?.getTime() ?? null,
  active: row.withdrawnAt === null,
});

/** The change as a subgraph serving `categories` is given it: null when none of its categories is concerned. */
export function changeFor(change: ConsentFeedChange, categories: ReadonlySet<string>): ConsentFeedChange | null {
  if (change.kind === 'link') return change;
  const served = change.categories.filter((category) => categories.has(category));
  return served.length > 0 ? { ...change, categories: served } : null;
}
