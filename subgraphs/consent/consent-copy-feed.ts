import type { Pool } from 'pg';
import { longPollHoldMs, type CopyConsent, type CopyLink, type CopySyncAnswer } from '../kit/consent-copy-sync';
import { changeFor, type ConsentFeedChange } from './consent-feed';
import type { ConsentFeedSignal } from './consent-feed-signal';

/** How long a copy counts as current after the poll that renewed its lease was sent (CONSENT_COPY_LEASE_MS). */
export function copyLeaseMsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CONSENT_COPY_LEASE_MS;
  if (raw === undefined || raw === '') return 2000;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 200 || ms > 60_000) {
    throw new Error(`CONSENT_COPY_LEASE_MS must be a whole number of milliseconds from 200 to 60000 (got "${raw}").`);
  }
  return ms;
}

/** The most changes one answer carries; a copy further behind catches up over several polls. */
const MAX_CHANGES = 2000;
const BARRIER_STEP_MS = 5;

// The database's clock, in UTC as Prisma keeps `timestamp(3)`: every lease is written and read by it.
const DB_NOW = `(clock_timestamp() AT TIME ZONE 'UTC')`;

// Every copy of one poll renewed in one statement, before anything is read.
const RENEW_LEASES = {
  name: 'consent-copy-renew-leases',
  text:
    `INSERT INTO "ConsentCopyLease" (holder, subgraph, "ackedVersion", "expiresAt") ` +
    `SELECT holder, subgraph, acked, ${DB_NOW} + $4 * interval '1 millisecond' FROM unnest($1::text[], $2::text[], $3::int[]) AS t(holder, subgraph, acked) ` +
    `ON CONFLICT (holder) DO UPDATE SET "ackedVersion" = EXCLUDED."ackedVersion", "expiresAt" = EXCLUDED."expiresAt", subgraph = EXCLUDED.subgraph`,
};
const CHANGES_SINCE = {
  name: 'consent-copy-changes-since',
  text: `SELECT version, change FROM "ConsentChange" WHERE version > $1 ORDER BY version LIMIT ${MAX_CHANGES}`,
};
const FEED_VERSION = { name: 'consent-copy-feed-version', text: 'SELECT version FROM "ConsentFeedState" WHERE id = 1' };
const LAGGING_HOLDERS = {
  name: 'consent-copy-lagging-holders',
  text: `SELECT holder FROM "ConsentCopyLease" WHERE "ackedVersion" < $1 AND "expiresAt" > ${DB_NOW}`,
};

/** One copy of a poll, its credential checked: whose it is and what it may hold. */
export interface CopyPoll {
  holder: string;
  subgraph: string;
  since: number | null;
  categories: ReadonlySet<string>;
  wait: boolean;
}

/**
 * The consent side of local decisions (README, "Local consent decisions"): snapshots and changes
 * for the subgraphs' copies, the lease each poll renews, and the barrier a change waits at.
 *
 * The order that makes a withdrawal count from the next request, on every replica of every
 * subgraph: a poll renews its holder's lease (acking `since`) BEFORE it reads the changes, and
 * a change, once committed, waits until no live lease has acked less than its version. A lease
 * renewed after the writer looked reads the change; one renewed before is waited for.
 */
export class ConsentCopyFeed {
  constructor(
    private readonly pool: Pool,
    private readonly signal: ConsentFeedSignal,
    readonly leaseMs: number,
  ) {}

  // Not counted in the subgraph's SqlStatementCounter: the copies' polls run beside requests, not for them.
  private query<Row extends object>(statement: { name: string; text: string }, values: unknown[]) {
    return this.pool.query<Row>({ ...statement, values });
  }

  /**
   * One poll for every copy of a process: each copy's whole copy when its `since` is null, else the
   * changes after its `since`. Held a little for a change only when the feed has not moved past any
   * copy's `since` and every copy asked to wait. Answers in the order asked.
   */
  async poll(copies: CopyPoll[]): Promise<CopySyncAnswer[]> {
    await this.query(RENEW_LEASES, [copies.map((c) => c.holder), copies.map((c) => c.subgraph), copies.map((c) => c.since ?? 0), this.leaseMs]);
    const following = copies.filter((copy) => copy.since !== null);
    const wake = this.signal.next(longPollHoldMs(this.leaseMs));
    try {
      let changes = await this.changesSince(following);
      // Held only when the feed has not moved for any copy: a copy whose version moves (even by a change
      // it does not hold) is answered at once, as a writer's barrier waits for it to ack that version.
      const idle = following.length === copies.length && copies.every((copy) => copy.wait && changes.get(copy)!.version === copy.since && !changes.get(copy)!.resync);
      if (idle) {
        await wake.woken;
        changes = await this.changesSince(following);
      }
      return Promise.all(copies.map((copy) => changes.get(copy) ?? this.snapshot(copy.categories)));
    } finally {
      wake.cancel();
    }
  }

  /** One read of the feed from the furthest-behind copy, and each copy's share of it. */
  private async changesSince(copies: CopyPoll[]): Promise<Map<CopyPoll, CopySyncAnswer>> {
    const answers = new Map<CopyPoll, CopySyncAnswer>();
    if (copies.length === 0) return answers;
    const { rows } = await this.query<{ version: number; change: ConsentFeedChange }>(CHANGES_SINCE, [Math.min(...copies.map((c) => c.since!))]);
    const last = rows.length > 0 ? rows[rows.length - 1].version : null;
    // A window cut at MAX_CHANGES may end before a copy further on even starts: those read on from their own place.
    const beyond = rows.length === MAX_CHANGES ? copies.filter((copy) => copy.since! >= last!) : [];
    if (beyond.length > 0) for (const [copy, answer] of await this.changesSince(beyond)) answers.set(copy, answer);
    let feedVersion: number | null = null;
    for (const copy of copies) {
      const since = copy.since!;
      if (answers.has(copy)) continue;
      if (last !== null && last > since) {
        const changes = rows
          .filter((row) => row.version > since)
          .map((row) => changeFor(row.change, copy.categories))
          .filter((change): change is ConsentFeedChange => change !== null);
        answers.set(copy, { version: last, leaseMs: this.leaseMs, changes });
        continue;
      }
      feedVersion ??= (await this.query<{ version: number }>(FEED_VERSION, [])).rows[0].version;
      // A copy ahead of the feed was made from another ledger (a database restored or replaced): it starts again.
      answers.set(copy, since > feedVersion ? { version: feedVersion, leaseMs: this.leaseMs, resync: true, changes: [] } : { version: since, leaseMs: this.leaseMs, changes: [] });
    }
    return answers;
  }

  /** Every active consent (for `categories`) and open link, with the feed version they stand at, from one snapshot of the database. */
  private async snapshot(categories: ReadonlySet<string>): Promise<CopySyncAnswer> {
    const connection = await this.pool.connect();
    try {
      await connection.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const { rows: state } = await connection.query<{ version: number }>('SELECT version FROM "ConsentFeedState" WHERE id = 1');
      const { rows: consents } = await connection.query<CopyConsent>(
        `SELECT c.id AS "consentId", c."personId", c.agency, array_agg(cc.category ORDER BY cc.category) AS categories,
                (extract(epoch FROM c."givenAt") * 1000)::float8 AS "givenAt",
                (extract(epoch FROM c."expiresAt") * 1000)::float8 AS "expiresAt"
         FROM "Consent" c JOIN "ConsentCategory" cc ON cc."consentId" = c.id
         WHERE c."withdrawnAt" IS NULL AND (c."expiresAt" IS NULL OR c."expiresAt" > $1::timestamp) AND cc.category = ANY($2::text[])
         GROUP BY c.id`,
        [new Date().toISOString(), [...categories]],
      );
      const { rows: links } = await connection.query<CopyLink>(`SELECT "linkId", "personId", agency FROM "AgencyLinkCopy" WHERE "endedAt" IS NULL`);
      await connection.query('COMMIT');
      return { version: state[0].version, leaseMs: this.leaseMs, snapshot: { consents, links } };
    } catch (error) {
      await connection.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      connection.release();
    }
  }

  /** Holders that stop cleanly give their leases back, so that no change waits for them. */
  async release(holders: string[]): Promise<void> {
    await this.pool.query('DELETE FROM "ConsentCopyLease" WHERE holder = ANY($1::text[])', [holders]);
  }

  /**
   * Returns once every live copy has applied `version` (acked it in a later poll) or its lease
   * has run out in the database, so that a request starting after this returns, anywhere, is
   * decided with the change. Bounded by the lease length: a lease not renewed lapses.
   */
  async barrier(version: number): Promise<void> {
    this.signal.wakeAll();
    const deadline = Date.now() + this.leaseMs * 2 + 1000;
    for (;;) {
      const { rows } = await this.query<{ holder: string }>(LAGGING_HOLDERS, [version]);
      if (rows.length === 0) return;
      if (Date.now() > deadline) {
        throw new Error(`The change is recorded, but these consent copies did not confirm it within their lease: ${rows.map((row) => row.holder).join(', ')}.`);
      }
      await new Promise((resolve) => setTimeout(resolve, BARRIER_STEP_MS));
    }
  }
}
