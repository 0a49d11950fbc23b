import { performance } from 'node:perf_hooks';
import { hubLog } from '../../platform/request-log';
import { SERVICE_CREDENTIAL_HEADER } from '../../platform/service-credentials';
import type { ConsentCopy } from './consent-copy';
import { longPollHoldMs, MAX_COPIES_PER_POLL, type CopySyncRequest, type CopySyncResponse } from './consent-copy-sync';

const RETRY_MS = 200;
const POLL_TIMEOUT_MS = 10_000;
/** The least a long poll leaves of the lease, beside the hold, for its round trip. */
const ROUND_TRIP_BUDGET_MS = 250;

interface InFlight {
  copies: ConsentCopy[];
  /** A held poll is cut short when a copy joins, so the newcomer is not kept waiting for the hold. */
  held: boolean;
  controller: AbortController;
  settled: Promise<void>;
}

/**
 * The long poll of the consent subgraph for every consent copy of one process: a hub that runs all
 * its subgraphs in one process renews every copy's lease with one request and one statement, not
 * one of each per subgraph (BENCHMARKS.md, "One poll per process"). Each copy still carries its own
 * subgraph's credential and is answered for itself. The copies of one ConsentCopyPolls sync from
 * one consent subgraph: the polls go where the first copy's do.
 */
export class ConsentCopyPolls {
  private readonly copies = new Set<ConsentCopy>();
  private loop: Promise<void> | null = null;
  private inFlight: InFlight | null = null;
  /**
   * The slowest recent round trip beyond the consent subgraph's hold, decaying with each poll. A
   * busy process answers its own polls late (the in-process hub's consent subgraph shares the
   * event loop): it leaves more of the lease for the round trip, or its copies lapse, and every
   * decision waits for the renewal (BENCHMARKS.md, "One poll per process").
   */
  private lateMs = 0;

  /** Keeps `copy` current from the next poll on (at once, if the poll now under way is held for changes). */
  add(copy: ConsentCopy): void {
    // The consent subgraph refuses a longer poll, which would leave every copy of the process unsynced: say so at start-up.
    if (this.copies.size >= MAX_COPIES_PER_POLL) throw new Error(`One process keeps at most ${MAX_COPIES_PER_POLL} consent copies (one poll carries them all): run some subgraphs apart.`);
    this.copies.add(copy);
    if (this.inFlight?.held) this.inFlight.controller.abort();
    this.loop ??= this.run();
  }

  /** Stops polling for `copy` and gives its lease back, once no poll under way can renew it again. */
  async remove(copy: ConsentCopy): Promise<void> {
    if (!this.copies.delete(copy)) return;
    const inFlight = this.inFlight;
    if (inFlight?.copies.includes(copy)) {
      inFlight.controller.abort();
      await inFlight.settled;
    }
    await this.post(copy.syncUrl(), copy.credential, { release: true, copies: [{ credential: copy.credential, holder: copy.holder }] }, AbortSignal.timeout(1000)).catch(() => undefined);
  }

  /** Polls while any copy is kept; a copy added after the last one left starts it again. */
  private async run(): Promise<void> {
    try {
      while (this.copies.size > 0) await this.pollOnce([...this.copies]);
    } catch (error) {
      // Not a failed poll (pollOnce tells those to the copies): the copies lapse and refuse, and the log says why.
      hubLog().error({ error: error instanceof Error ? error.message : String(error) }, 'consent copy polls stopped');
    } finally {
      this.loop = null;
    }
  }

  private async pollOnce(copies: ConsentCopy[]): Promise<void> {
    const sentAt = performance.now();
    const roundTripMs = Math.max(ROUND_TRIP_BUDGET_MS, 2 * this.lateMs);
    const entries = copies.map((copy) => copy.pollEntry(sentAt, roundTripMs));
    let settle!: () => void;
    const inFlight: InFlight = { copies, held: entries.every((entry) => entry.wait), controller: new AbortController(), settled: new Promise((resolve) => (settle = resolve)) };
    this.inFlight = inFlight;
    let failed = false;
    try {
      const { answers } = (await this.post(copies[0].syncUrl(), copies[0].credential, { copies: entries }, AbortSignal.any([inFlight.controller.signal, AbortSignal.timeout(POLL_TIMEOUT_MS)]))) as CopySyncResponse;
      if (!Array.isArray(answers) || answers.length !== copies.length) throw new Error(`consent copy sync answered ${answers?.length ?? 'no'} answers for ${copies.length} copies`);
      copies.forEach((copy, i) => copy.answered(answers[i], sentAt));
      const late = performance.now() - sentAt - (inFlight.held ? longPollHoldMs(answers[0].leaseMs) : 0);
      this.lateMs = Math.max(late, this.lateMs * 0.8);
    } catch (error) {
      if (inFlight.controller.signal.aborted) return; // a copy joined or left: poll again at once, for those there now
      failed = true;
      for (const copy of copies) if (this.copies.has(copy)) copy.failed(error);
    } finally {
      this.inFlight = null;
      settle();
    }
    if (failed) await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }

  private async post(url: string, credential: string, body: CopySyncRequest, signal: AbortSignal): Promise<unknown> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SERVICE_CREDENTIAL_HEADER]: credential },
      body: JSON.stringify(body),
      signal,
    });
    if (!response.ok) throw new Error(`consent copy sync answered ${response.status}: ${await response.text()}`);
    return response.json();
  }
}
