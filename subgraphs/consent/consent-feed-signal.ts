import { Client } from 'pg';
import { CONSENT_FEED_CHANNEL } from './consent-feed';

/**
 * Wakes the long polls of this consent process when any replica commits a feed change: one
 * LISTEN connection per process. Without it (not yet connected, or lost) a poll wakes every
 * 50 ms instead, which is slower but never wrong: a poll always reads the feed after waking.
 */
export class ConsentFeedSignal {
  private waiters = new Set<() => void>();
  private client: Client | null = null;
  private listening = false;
  private stopped = false;

  constructor(private readonly url: string) {}

  start(): void {
    if (this.stopped || this.client) return;
    const client = new Client({ connectionString: this.url });
    this.client = client;
    const lost = () => {
      this.listening = false;
      if (this.client === client) this.client = null;
      client.end().catch(() => undefined);
      if (!this.stopped) setTimeout(() => this.start(), 1000).unref();
    };
    client.on('error', lost);
    client.on('notification', () => this.wakeAll());
    client
      .connect()
      .then(() => client.query(`LISTEN ${CONSENT_FEED_CHANNEL}`))
      .then(() => {
        this.listening = true;
      })
      .catch(lost);
  }

  /** Resolves at the next change (of any replica) or after `ms`; registered at once, so a change committed from now on is not missed. */
  next(ms: number): { woken: Promise<void>; cancel(): void } {
    let wake!: () => void;
    const woken = new Promise<void>((resolve) => {
      wake = resolve;
    });
    const timer = setTimeout(wake, this.listening ? ms : Math.min(ms, 50));
    const waiter = () => wake();
    this.waiters.add(waiter);
    void woken.then(() => {
      clearTimeout(timer);
      this.waiters.delete(waiter);
    });
    return { woken, cancel: wake };
  }

  /** A change committed by this process: its own polls need not wait for the notification's round trip. */
  wakeAll(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeAll();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
