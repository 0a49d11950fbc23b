import type { Request, Response, Router } from 'express';
import type { Pool } from 'pg';
import { sendGraphQLError } from '../../platform/json-body';
import { SERVICE_CREDENTIAL_HEADER, type ServiceCredentialVerifier } from '../../platform/service-credentials';
import { serviceOnlyRoute } from './service-routes';
import { hubLog } from '../../platform/request-log';
import { OUTBOX_COLUMNS } from './audit-outbox';

/** The most outbox rows one shipment carries; consent refuses more (consent/append-audit-entries.ts). */
export const SHIP_BATCH_SIZE = 1000;
/** The sweep: rows left by a crashed process (or a failed shipment) are shipped within this, whoever committed them. */
export const SHIP_SWEEP_MS = 1000;
/**
 * After a commit, a shipment waits this long for more commits to join it: under load one shipment
 * (a read, a POST, consent's append, a delete) carries the decisions of many requests instead of
 * one each. Adds at most this to the bound of docs/AUDIT_LOG.md §9; views do not wait for it (they flush).
 * 250 ms rather than 50: under a stream of writes at most one shipment per 250 ms instead of one per 50 ms
 * (BENCHMARKS.md, "CPU per answer, and a longer ship delay").
 */
export const SHIP_DELAY_MS = 250;
/** Long enough for consent's append of a full batch on a saturated machine: a shipment cut short is sent again, and consent's work on it is wasted. */
const SHIP_TIMEOUT_MS = 30_000;

const UNSHIPPED = {
  name: 'audit-outbox-unshipped',
  text:
    // `at` back as the UTC text it was written from (audit-outbox.ts).
    `SELECT "sequence"::text AS "sequence", to_char("at", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "at", ` +
    `${OUTBOX_COLUMNS.slice(1).map((column) => `"${column}"`).join(', ')} FROM "AuditOutbox" ORDER BY "sequence" LIMIT $1`,
};
const SHIPPED = { name: 'audit-outbox-shipped', text: 'DELETE FROM "AuditOutbox" WHERE "sequence" = ANY($1::bigint[])' };

export interface ShipperOptions {
  subgraph: string;
  /** The consent subgraph's GraphQL URL; shipments go to its `/audit-log/entries` beside it. */
  consentUrl: () => string;
  /** This subgraph's own credential: consent takes the entries' subgraph from it. */
  serviceCredential: string;
  batchSize?: number;
  sweepMs?: number;
  delayMs?: number;
}

/** Where consent takes shipped entries: beside its GraphQL endpoint. */
export const appendEntriesUrl = (consentGraphqlUrl: string) => consentGraphqlUrl.replace(/\/graphql$/, '') + '/audit-log/entries';

/**
 * Ships this subgraph's audit outbox to the consent subgraph's Merkle log (docs/AUDIT_LOG.md, "The
 * audit outbox"), oldest first, at most `batchSize` rows a shipment: after each local commit, on
 * every sweep, and when consent asks (`flush`, before it answers from the log). A row is deleted only
 * after consent has acknowledged its append; a shipment cut anywhere is sent again and consent skips
 * what it holds already, so nothing is lost and nothing is logged twice. Any replica ships every row
 * of the shared database, including rows another replica left.
 */
export class AuditShipper {
  private running: Promise<number> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private delayed: NodeJS.Timeout | null = null;
  /** Stopping cuts a shipment in flight: its rows stay in the outbox and are sent again (consent skips what it holds). */
  private readonly stopping = new AbortController();
  private holding = false;
  /** The last shipment's failure, if the outbox is not empty because of it. */
  lastFailure: string | null = null;

  constructor(private readonly pool: Pool, private readonly options: ShipperOptions) {}

  start(): void {
    this.timer = setInterval(() => this.committed(), this.options.sweepMs ?? SHIP_SWEEP_MS);
    this.timer.unref();
    this.committed();
  }

  private get stopped(): boolean {
    return this.stopping.signal.aborted;
  }

  /** Rows committed to the outbox: ship them SHIP_DELAY_MS from now, or after the shipment under way if it is still running then. */
  committed(): void {
    if (this.stopped || this.holding || this.delayed) return;
    this.delayed = setTimeout(() => {
      this.delayed = null;
      if (this.stopped || this.holding) return;
      // That shipment may have read its rows before this commit: ship again after it.
      if (this.running) this.again = true;
      else void this.shipAll().catch(() => undefined);
    }, this.options.delayMs ?? SHIP_DELAY_MS);
  }

  /** Ships until the outbox is empty (or a shipment fails: then rejects with why). Resolves with the rows shipped. */
  flush(): Promise<number> {
    return this.shipAll();
  }

  /** For tests, a slow shipper: no shipment after commits or on the sweep until the returned function is called; `flush` still ships. */
  holdAutomaticShipping(): () => void {
    this.holding = true;
    return () => {
      this.holding = false;
      this.committed();
    };
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    if (this.timer) clearInterval(this.timer);
    if (this.delayed) clearTimeout(this.delayed);
    await this.running?.catch(() => undefined);
  }

  private shipAll(): Promise<number> {
    // A shipment under way may have read its rows before the newest commit: after it, ship again.
    if (this.running) return this.running.then(() => this.shipAll(), () => this.shipAll());
    const run = (async () => {
      let total = 0;
      try {
        let shipped: number;
        do {
          shipped = await this.shipOnce();
          total += shipped;
        } while (shipped === (this.options.batchSize ?? SHIP_BATCH_SIZE));
        this.lastFailure = null;
        return total;
      } catch (error) {
        this.lastFailure = (error as Error).message;
        if (!this.stopped) hubLog().warn({ subgraph: this.options.subgraph, error: this.lastFailure }, 'audit outbox: shipment failed; it is sent again on the next sweep');
        throw error;
      } finally {
        // Cleared before anyone waiting on this run goes on: they see no shipment under way.
        this.running = null;
        if (this.again) {
          this.again = false;
          this.committed();
        }
      }
    })();
    this.running = run;
    return run;
  }

  private async shipOnce(): Promise<number> {
    const { rows } = await this.pool.query<Record<string, unknown> & { sequence: string }>({
      ...UNSHIPPED,
      values: [this.options.batchSize ?? SHIP_BATCH_SIZE],
    });
    if (rows.length === 0) return 0;
    const response = await fetch(appendEntriesUrl(this.options.consentUrl()), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SERVICE_CREDENTIAL_HEADER]: this.options.serviceCredential },
      body: JSON.stringify({
        // `subgraph` is not sent: consent takes it from the credential.
        entries: rows.map(({ subgraph: _fromCredential, ...row }) => row),
      }),
      signal: AbortSignal.any([this.stopping.signal, AbortSignal.timeout(SHIP_TIMEOUT_MS)]),
    });
    if (!response.ok) throw new Error(`consent refused the shipment: ${response.status} ${(await response.text()).slice(0, 300)}`);
    await this.pool.query({ ...SHIPPED, values: [rows.map((row) => row.sequence)] });
    return rows.length;
  }
}

/** How long a flush asked by consent may take before consent names this subgraph as not flushed. */
export const FLUSH_WAIT_MS = 2000;

/**
 * `POST /audit-outbox/flush`: the consent subgraph, before it answers from the audit log, asks every
 * subgraph to ship what its outbox holds. Only the consent service may ask; the answer says how many
 * rows were shipped, nothing of what they hold.
 */
export function auditOutboxFlushRoute(app: Router, shipper: AuditShipper, verifyService: ServiceCredentialVerifier): void {
  app.post('/audit-outbox/flush', ...serviceOnlyRoute(verifyService, (service) => service.name === 'consent'), async (_req: Request, res: Response) => {
    try {
      res.json({ shipped: await shipper.flush() });
    } catch (error) {
      sendGraphQLError(res, 503, 'AUDIT_OUTBOX_NOT_SHIPPED', `The audit outbox could not be shipped: ${(error as Error).message}`);
    }
  });
}
