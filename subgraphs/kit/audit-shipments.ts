import { performance } from 'node:perf_hooks';
import { hubLog } from '../../platform/request-log';
import { SERVICE_CREDENTIAL_HEADER } from '../../platform/service-credentials';

/** The most outbox rows one shipment carries, every outbox of the process together; consent refuses more (consent/append-audit-entries.ts). */
export const SHIP_BATCH_SIZE = 1000;
/** The most outboxes one shipment carries (one per subgraph of the process); consent refuses more. */
export const MAX_OUTBOXES_PER_SHIPMENT = 32;
/** The sweep: rows left by a crashed process (or a failed shipment) are shipped within this, whoever committed them. */
export const SHIP_SWEEP_MS = 1000;
/**
 * After a commit, a shipment waits this long for more commits to join it: under load one shipment
 * (a read and a delete per outbox, one POST, consent's append) carries the decisions of many
 * requests of every subgraph of the process. Adds at most this to the bound of docs/AUDIT_LOG.md §9;
 * views do not wait for it (they flush). 250 ms rather than 50 (BENCHMARKS.md, "CPU per answer, and a longer ship delay").
 */
export const SHIP_DELAY_MS = 250;
/** Long enough for consent's append of a full shipment on a saturated machine: a shipment cut short is sent again, and consent's work on it is wasted. */
const SHIP_TIMEOUT_MS = 30_000;

/** An outbox row as shipped: its sequence (as text) and the fields of its audit entry. */
export type OutboxRow = Record<string, unknown> & { sequence: string };

/** What `POST /audit-log/entries` takes: each outbox's rows under its own subgraph's credential. */
export interface ShipmentRequest {
  outboxes: Array<{ credential: string; entries: Array<Record<string, unknown>> }>;
}
/** One answer per outbox of the request, in order: appended (then its rows may be deleted), or why not. */
export type OutboxAnswer = { appended: number } | { error: { code: string; message: string; field?: string } };

/** One subgraph's outbox as a shipment sees it (audit-shipper.ts). */
export interface ShippingOutbox {
  readonly subgraph: string;
  readonly credential: string;
  consentUrl(): string;
  /** Left out of automatic shipments (a test's slow shipper); a flush of it still ships it. */
  readonly holding: boolean;
  unshipped(limit: number): Promise<OutboxRow[]>;
  /** Deletes rows consent has acknowledged. */
  shipped(sequences: string[]): Promise<void>;
}

/** Where consent takes shipped entries: beside its GraphQL endpoint. */
export const appendEntriesUrl = (consentGraphqlUrl: string) => consentGraphqlUrl.replace(/\/graphql$/, '') + '/audit-log/entries';

/**
 * The shipments of every audit outbox of one process to the consent subgraph's Merkle log
 * (docs/AUDIT_LOG.md, "The audit outbox"): a hub that runs all its subgraphs in one process ships
 * them all with one POST, not one per subgraph (BENCHMARKS.md, "One audit shipment per process"), as it
 * renews all its consent copies with one poll. Each outbox still goes under its own subgraph's
 * credential and is answered for itself, so one refused outbox holds up no other. Shipments run one
 * at a time: a row is never in two shipments at once, and consent skips what a shipment sent again holds.
 */
export class AuditShipments {
  /** Each outbox: whether it has committed since it was last read, when that was, and whether its last shipment failed. */
  private readonly outboxes = new Map<ShippingOutbox, { dirty: boolean; readAt: number; failing: boolean }>();
  /** The shipment under way, then those queued behind it: one at a time. */
  private chain: Promise<unknown> = Promise.resolve();
  private automaticQueued = false;
  private delayed: NodeJS.Timeout | null = null;
  private sweep: NodeJS.Timeout | null = null;
  /** Aborted when the last outbox leaves: the shipment in flight is cut, its rows stay and go again. */
  private stopping = new AbortController();

  constructor(private readonly timing: { delayMs?: number; sweepMs?: number; batchSize?: number } = {}) {}

  add(outbox: ShippingOutbox): void {
    if (this.outboxes.size >= MAX_OUTBOXES_PER_SHIPMENT) throw new Error(`One process ships at most ${MAX_OUTBOXES_PER_SHIPMENT} audit outboxes (one shipment carries them all): run some subgraphs apart.`);
    if (this.outboxes.size === 0) {
      this.stopping = new AbortController();
      this.sweep = setInterval(() => this.committed(), this.timing.sweepMs ?? SHIP_SWEEP_MS);
      this.sweep.unref();
    }
    this.outboxes.set(outbox, { dirty: true, readAt: -Infinity, failing: false });
    this.committed();
  }

  /** Resolves once no shipment under way carries `outbox` (the last to leave cuts it short). */
  async remove(outbox: ShippingOutbox): Promise<void> {
    if (!this.outboxes.delete(outbox)) return;
    if (this.outboxes.size === 0) {
      this.stopping.abort();
      if (this.sweep) clearInterval(this.sweep);
      if (this.delayed) clearTimeout(this.delayed);
      this.sweep = this.delayed = null;
    }
    await this.chain;
  }

  /** Rows were committed to `outbox`: ship SHIP_DELAY_MS from now, or after the shipment under way. Without one, the sweep. */
  committed(outbox?: ShippingOutbox): void {
    if (outbox) {
      const state = this.outboxes.get(outbox);
      if (!state) return; // not started, or stopped: its rows wait for the next process
      state.dirty = true;
    }
    if (this.delayed || this.outboxes.size === 0) return;
    this.delayed = setTimeout(() => {
      this.delayed = null;
      // A shipment queued and not yet started reads the outboxes when it starts: it carries these rows.
      if (this.automaticQueued) return;
      this.automaticQueued = true;
      void this.exclusive(() => {
        this.automaticQueued = false;
        return this.shipUntilEmpty(null);
      }).catch(() => undefined);
    }, this.timing.delayMs ?? SHIP_DELAY_MS);
  }

  /** Ships until `outbox` is empty (every other outbox not held rides along). Resolves with its rows shipped; rejects with why not. */
  async flush(outbox: ShippingOutbox): Promise<number> {
    const shipped = await this.exclusive(() => this.shipUntilEmpty(outbox));
    const failure = shipped.failures.get(outbox);
    if (failure) throw new Error(failure);
    return shipped.rows.get(outbox) ?? 0;
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.chain.then(work, work);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async shipUntilEmpty(flushing: ShippingOutbox | null) {
    const rows = new Map<ShippingOutbox, number>();
    const failures = new Map<ShippingOutbox, string>();
    let taking = this.due(flushing);
    while (taking.length > 0 && !this.stopping.signal.aborted) {
      // A fair share each: a backlog in one outbox does not keep the others waiting behind it.
      const limit = Math.max(1, Math.floor((this.timing.batchSize ?? SHIP_BATCH_SIZE) / taking.length));
      const shipment = await this.shipOnce(taking, limit);
      for (const [outbox, failure] of shipment.failures) failures.set(outbox, failure);
      for (const [outbox, count] of shipment.rows) rows.set(outbox, (rows.get(outbox) ?? 0) + count);
      // Again for each that filled its share: it may hold more.
      taking = taking.filter((outbox) => shipment.rows.get(outbox) === limit);
    }
    // Asked to flush while the process stops: say so, rather than report an outbox shipped that was not.
    if (flushing && this.stopping.signal.aborted && !failures.has(flushing)) failures.set(flushing, 'the process is stopping: the outbox was not shipped');
    return { rows, failures };
  }

  /**
   * The outboxes a shipment reads: those that committed since they were last read, and, for the
   * sweep, those not read for half a sweep (rows a crashed replica left, a failed shipment's). An
   * idle outbox is read once a sweep, a busy one only when it has committed: no empty reads under load.
   */
  private due(flushing: ShippingOutbox | null): ShippingOutbox[] {
    const now = performance.now();
    const sweepMs = this.timing.sweepMs ?? SHIP_SWEEP_MS;
    const due = [...this.outboxes]
      .filter(([outbox, state]) => outbox === flushing || (!outbox.holding && (state.dirty || now - state.readAt >= sweepMs / 2)))
      .map(([outbox]) => outbox);
    if (flushing && !this.outboxes.has(flushing)) due.push(flushing);
    return due;
  }

  private async shipOnce(taking: ShippingOutbox[], limit: number) {
    const rows = new Map<ShippingOutbox, number>();
    const failures = new Map<ShippingOutbox, string>();
    const fail = (outbox: ShippingOutbox, failure: string) => {
      failures.set(outbox, failure);
      const state = this.outboxes.get(outbox);
      // Once when it starts failing, not on every sweep while consent is down.
      if (!state?.failing && !this.stopping.signal.aborted) hubLog().warn({ subgraph: outbox.subgraph, error: failure }, 'audit outbox: shipment failed; it is sent again on every sweep until it goes');
      // Read again on the next shipment, not only when it commits.
      if (state) Object.assign(state, { dirty: true, failing: true });
    };
    const went = (outbox: ShippingOutbox, count: number) => {
      rows.set(outbox, count);
      const state = this.outboxes.get(outbox);
      if (state?.failing) hubLog().info({ subgraph: outbox.subgraph }, 'audit outbox: shipping again');
      if (state) state.failing = false;
    };
    const read = await Promise.all(
      taking.map(async (outbox) => {
        // Marked read before the read: a commit while it runs marks the outbox again.
        const state = this.outboxes.get(outbox);
        if (state) Object.assign(state, { dirty: false, readAt: performance.now() });
        try {
          return { outbox, rows: await outbox.unshipped(limit) };
        } catch (error) {
          fail(outbox, `the outbox could not be read: ${(error as Error).message}`);
          return { outbox, rows: [] };
        }
      }),
    );
    const carrying = read.filter((outbox) => outbox.rows.length > 0);
    for (const { outbox } of read.filter((entry) => entry.rows.length === 0 && !failures.has(entry.outbox))) went(outbox, 0);
    if (carrying.length === 0) return { rows, failures };
    let answers: OutboxAnswer[];
    try {
      answers = await this.post(carrying[0].outbox, {
        // `subgraph` is not sent: consent takes it from each outbox's credential.
        outboxes: carrying.map(({ outbox, rows: carried }) => ({ credential: outbox.credential, entries: carried.map(({ subgraph: _fromCredential, ...row }) => row) })),
      });
      if (!Array.isArray(answers) || answers.length !== carrying.length) throw new Error(`consent answered ${Array.isArray(answers) ? answers.length : 'no'} answers for ${carrying.length} outboxes`);
    } catch (error) {
      for (const { outbox } of carrying) fail(outbox, (error as Error).message);
      return { rows, failures };
    }
    await Promise.all(
      carrying.map(async ({ outbox, rows: carried }, index) => {
        const answer = answers[index];
        if ('error' in answer) return fail(outbox, `consent refused the shipment: ${answer.error.code} ${answer.error.message}`);
        try {
          await outbox.shipped(carried.map((row) => row.sequence));
          went(outbox, carried.length);
        } catch (error) {
          fail(outbox, (error as Error).message);
        }
      }),
    );
    return { rows, failures };
  }

  private async post(first: ShippingOutbox, body: ShipmentRequest): Promise<OutboxAnswer[]> {
    const response = await fetch(appendEntriesUrl(first.consentUrl()), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SERVICE_CREDENTIAL_HEADER]: first.credential },
      body: JSON.stringify(body),
      signal: AbortSignal.any([this.stopping.signal, AbortSignal.timeout(SHIP_TIMEOUT_MS)]),
    });
    if (!response.ok) throw new Error(`consent refused the shipment: ${response.status} ${(await response.text()).slice(0, 300)}`);
    return ((await response.json()) as { answers: OutboxAnswer[] }).answers;
  }
}
