import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { hubLog } from '../../platform/request-log';
import type { AccessFacts } from './access-decision-rules';
import { ConsentCopyPolls } from './consent-copy-polls';
import { CONSENT_COPY_PATH, longPollHoldMs, type CopyChange, type CopyConsent, type CopySyncAnswer, type CopySyncEntry } from './consent-copy-sync';

export interface ConsentCopySource {
  subgraph: string;
  /** This subgraph's own service credential: the consent subgraph gives a copy to subgraphs only. */
  serviceCredential: string;
  /** The consent subgraph's GraphQL URL (its /consent-copy is beside it); a function, as consent may learn its port late. */
  consentUrl: () => string;
  /** The categories this subgraph's fields are guarded by: all the copy holds. */
  categories: string[];
}

/** Kept back from the lease the consent subgraph gives, for the two clocks not running at quite the same rate. */
const leaseMargin = (leaseMs: number) => Math.min(250, Math.floor(leaseMs / 4));

type PollOutcome = 'answered' | 'failed' | 'timed out';

const pair = (personId: string, agency: string, category?: string) => (category === undefined ? `${agency}|${personId}` : `${personId}|${agency}|${category}`);

/**
 * This subgraph's in-memory copy of the consent ledger (README, "Local consent decisions"): the
 * active consents of the categories it serves and every agency's open links, kept current by a
 * long poll of the consent subgraph, one for all the copies of a process (ConsentCopyPolls). Each
 * poll renews this copy's lease and acks the version applied; the copy counts as current until the
 * lease of the last answered poll runs out, counted from when that poll was SENT. Not current (consent unreachable too long, or never synced): every
 * guarded field is refused as CONSENT_SERVICE_UNAVAILABLE.
 */
export class ConsentCopy implements AccessFacts {
  readonly holder: string;
  private version: number | null = null;
  private currentUntil = 0;
  private leaseMs = 0;
  private consents = new Map<string, CopyConsent>();
  private consentsByPair = new Map<string, Set<string>>();
  private links = new Map<string, string>();
  private linkCounts = new Map<string, number>();
  private readonly served: ReadonlySet<string>;
  /** Between start() and stop(): while the polls keep this copy. */
  private inPolls = false;
  /** Told when a poll is answered, or fails: a decision waiting on a lapsed copy learns either at once. */
  private renewals: Array<(outcome: PollOutcome) => void> = [];
  /** Since when, and why, every poll has failed; null while polls are answered. */
  private failing: { since: number; error: string } | null = null;
  private hasSynced = false;
  private firstSync!: () => void;
  private readonly synced = new Promise<void>((resolve) => {
    this.firstSync = resolve;
  });

  /** `polls`: those of the whole process when it runs several subgraphs; else this copy's own. */
  constructor(
    private readonly source: ConsentCopySource,
    private readonly polls: ConsentCopyPolls = new ConsentCopyPolls(),
  ) {
    this.holder = `${source.subgraph}:${randomUUID()}`;
    this.served = new Set(source.categories);
  }

  /** Starts syncing; resolves after the first sync or after `waitMs`, whichever is first (consent may not be up yet). */
  async start(waitMs = 5000): Promise<void> {
    if (!this.inPolls) {
      this.inPolls = true;
      this.polls.add(this);
    }
    await this.whenSynced(waitMs);
  }

  /** Whether the copy has ever synced (then it decides whenever it is current). */
  everSynced(): boolean {
    return this.hasSynced;
  }

  /** Resolves true at the first sync, or false once `maxWaitMs` have passed without one. */
  async whenSynced(maxWaitMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const synced = await Promise.race([
      this.synced.then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), maxWaitMs))),
    ]);
    clearTimeout(timer);
    return synced;
  }

  isCurrent(): boolean {
    return performance.now() < this.currentUntil;
  }

  /** False while every poll fails: the copy's own warning has said why, once. */
  syncing(): boolean {
    return this.failing === null;
  }

  /** `current`, `never synced`, `lapsed N ms ago` or `resyncing` (told to load a snapshot): what `/ready` shows anyone. */
  state(): string {
    const now = performance.now();
    if (now < this.currentUntil) return 'current';
    if (!this.hasSynced) return 'never synced';
    return this.currentUntil === 0 ? 'resyncing' : `lapsed ${Math.round(now - this.currentUntil)} ms ago`;
  }

  /** For logs only: the state and, while polls fail, the last poll's error (it may name hosts: not for `/ready`). */
  describe(): string {
    return this.failing ? `${this.state()}; polls failing for ${Math.round(performance.now() - this.failing.since)} ms: ${this.failing.error}` : this.state();
  }

  /**
   * Current now, or once a renewal makes it so within `maxWaitMs`: a process that stalled (a long
   * garbage collection, a busy event loop) past its lease waits for a renewal rather than refusing.
   * The answer to a poll sent before the stall renews from when it was sent, so may leave the copy
   * lapsed still: then it waits for the next one. False as soon as a poll fails (the consent
   * subgraph unreachable or refusing), and after `maxWaitMs` without a renewal that counts.
   */
  async whenCurrent(maxWaitMs: number): Promise<boolean> {
    if (this.isCurrent()) return true; // every decision asks: one clock read when current
    const deadline = performance.now() + maxWaitMs;
    while (!this.isCurrent()) {
      const left = deadline - performance.now();
      if (!this.inPolls || left <= 0) return false;
      if ((await this.nextPoll(left)) !== 'answered') return this.isCurrent();
    }
    return true;
  }

  private nextPoll(maxWaitMs: number): Promise<PollOutcome> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve('timed out'), maxWaitMs);
      this.renewals.push((outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      });
    });
  }

  /** Whether the copy holds this category at all: one the subgraph does not serve is never consented here. */
  holds(category: string): boolean {
    return this.served.has(category);
  }

  consentFor(personId: string, agency: string, category: string, now = Date.now()): string | null {
    for (const consentId of this.consentsByPair.get(pair(personId, agency, category)) ?? []) {
      const consent = this.consents.get(consentId)!;
      if (consent.givenAt <= now && (consent.expiresAt === null || consent.expiresAt > now)) return consentId;
    }
    return null;
  }

  linked(agency: string, personId: string): boolean {
    return (this.linkCounts.get(pair(personId, agency)) ?? 0) > 0;
  }

  /** Stops syncing, and gives the lease back so that no change waits for this copy's lease to run out. */
  async stop(): Promise<void> {
    if (!this.inPolls) return;
    this.inPolls = false;
    for (const told of this.renewals.splice(0)) told('failed');
    this.currentUntil = 0;
    await this.polls.remove(this);
  }

  /** Where this copy's polls go: /consent-copy beside the consent subgraph's /graphql. */
  syncUrl(): string {
    return this.source.consentUrl().replace(/\/graphql$/, CONSENT_COPY_PATH);
  }

  get credential(): string {
    return this.source.serviceCredential;
  }

  /**
   * This copy's part of the next poll. A long poll only while the lease outlasts the hold and
   * `roundTripMs` beside it: a copy near its end (after a stall) asks to be renewed at once.
   */
  pollEntry(sentAt: number, roundTripMs: number): CopySyncEntry {
    const wait = this.currentUntil - sentAt > longPollHoldMs(this.leaseMs) + roundTripMs;
    return { credential: this.source.serviceCredential, holder: this.holder, since: this.version, categories: this.source.categories, wait };
  }

  /** The consent subgraph's answer to a poll sent at `sentAt` (performance.now()): applied, and the lease renewed from then. */
  answered(answer: CopySyncAnswer, sentAt: number): void {
    if (!this.inPolls) return;
    this.apply(answer);
    this.leaseMs = answer.leaseMs;
    this.currentUntil = this.version === null ? 0 : sentAt + answer.leaseMs - leaseMargin(answer.leaseMs);
    if (this.version === null) return;
    this.hasSynced = true;
    this.firstSync();
    if (this.failing) {
      hubLog().info({ subgraph: this.source.subgraph, failedForMs: Math.round(performance.now() - this.failing.since) }, 'consent copy syncing again');
      this.failing = null;
    }
    for (const told of this.renewals.splice(0)) told('answered');
  }

  /** One line when polls start failing (not one per retry), and every waiting decision told at once. */
  failed(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    if (!this.failing) {
      hubLog().warn({ subgraph: this.source.subgraph, error: message, copy: this.describe() }, 'consent copy cannot sync: guarded fields are refused once its lease runs out');
      this.failing = { since: performance.now(), error: message };
    }
    this.failing.error = message;
    for (const told of this.renewals.splice(0)) told('failed');
  }

  private apply(answer: CopySyncAnswer): void {
    if (answer.resync) {
      this.version = null;
      return;
    }
    if (answer.snapshot) {
      this.consents.clear();
      this.consentsByPair.clear();
      this.links.clear();
      this.linkCounts.clear();
      for (const consent of answer.snapshot.consents) this.putConsent(consent);
      for (const link of answer.snapshot.links) this.putLink(link.linkId, pair(link.personId, link.agency));
    }
    for (const change of answer.changes ?? []) this.applyChange(change);
    this.version = answer.version;
  }

  private applyChange(change: CopyChange): void {
    if (change.kind === 'link') {
      this.dropLink(change.linkId);
      if (change.open) this.putLink(change.linkId, pair(change.personId, change.agency));
      return;
    }
    this.dropConsent(change.consentId);
    if (change.active) this.putConsent(change);
  }

  private putConsent({ consentId, personId, agency, categories, givenAt, expiresAt }: CopyConsent): void {
    this.consents.set(consentId, { consentId, personId, agency, categories, givenAt, expiresAt });
    for (const category of categories) {
      const key = pair(personId, agency, category);
      if (!this.consentsByPair.has(key)) this.consentsByPair.set(key, new Set());
      this.consentsByPair.get(key)!.add(consentId);
    }
  }

  private dropConsent(consentId: string): void {
    const consent = this.consents.get(consentId);
    if (!consent) return;
    this.consents.delete(consentId);
    for (const category of consent.categories) {
      const key = pair(consent.personId, consent.agency, category);
      const ids = this.consentsByPair.get(key);
      ids?.delete(consentId);
      if (ids?.size === 0) this.consentsByPair.delete(key);
    }
  }

  private putLink(linkId: string, key: string): void {
    this.links.set(linkId, key);
    this.linkCounts.set(key, (this.linkCounts.get(key) ?? 0) + 1);
  }

  private dropLink(linkId: string): void {
    const key = this.links.get(linkId);
    if (key === undefined) return;
    this.links.delete(linkId);
    const count = (this.linkCounts.get(key) ?? 1) - 1;
    if (count > 0) this.linkCounts.set(key, count);
    else this.linkCounts.delete(key);
  }
}
