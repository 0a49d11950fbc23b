/**
 * What a subgraph's consent copy and the consent subgraph say to each other over
 * `POST /consent-copy` (service credential only): the one protocol of local consent decisions.
 */

/** The path on the consent subgraph, beside its /graphql. */
export const CONSENT_COPY_PATH = '/consent-copy';

/**
 * How long the consent subgraph holds a poll that has no changes: a quarter of the lease (0.5 s at
 * the 2 s default), at most 5 s. A change wakes the held polls at once, so the hold sets only how
 * often an idle copy renews (and what an idle copy costs both sides), not how fast a change lands.
 */
export const longPollHoldMs = (leaseMs: number) => Math.min(5000, Math.max(50, Math.floor(leaseMs / 4)));

/**
 * One process polls once for all the copies it keeps (a hub that runs every subgraph in one process
 * sends one poll, not one per subgraph). Each copy carries its own subgraph's credential, and is
 * answered only what that credential allows; one refused entry refuses the whole poll.
 */
export interface CopySyncRequest {
  copies: CopySyncEntry[];
  /** The holders are stopping: their leases are given back and nothing else is answered. */
  release?: boolean;
}

/** The most copies one poll carries: a process keeps one per subgraph it runs. */
export const MAX_COPIES_PER_POLL = 32;

export interface CopySyncEntry {
  /** This copy's subgraph's own service credential: its holder and categories must be that subgraph's. */
  credential: string;
  /** `<subgraph>:<random>`: one per copy; refused unless named for the credential's subgraph. */
  holder: string;
  /** The feed version the copy has applied (acked by this very poll), or null for a whole snapshot. Not read when releasing. */
  since?: number | null;
  /** The categories the copy wants; refused unless the subgraph serves every one. All it serves when absent. */
  categories?: string[];
  /** False: answer at once even with no changes (a copy whose lease is running out). The poll is held only if every copy says true. */
  wait?: boolean;
}

/** The answer to a poll: one per copy, in the order asked. */
export interface CopySyncResponse {
  answers: CopySyncAnswer[];
}

export interface CopyConsent {
  consentId: string;
  personId: string;
  agency: string;
  /** Only the categories the asking subgraph serves. */
  categories: string[];
  /** Epoch milliseconds. */
  givenAt: number;
  expiresAt: number | null;
}

export interface CopyLink {
  linkId: string;
  personId: string;
  agency: string;
}

export type CopyChange =
  | (CopyConsent & { kind: 'consent'; active: boolean })
  | (CopyLink & { kind: 'link'; open: boolean });

export interface CopySyncAnswer {
  /** The feed version the copy stands at once it has applied this answer. */
  version: number;
  /** How long the copy counts as current from the moment this poll was sent (less a margin for clock rates). */
  leaseMs: number;
  snapshot?: { consents: CopyConsent[]; links: CopyLink[] };
  changes?: CopyChange[];
  /** The copy is ahead of the feed (another ledger): it must load a snapshot. */
  resync?: boolean;
}
