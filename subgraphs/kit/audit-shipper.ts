import type { Request, Response, Router } from 'express';
import type { Pool } from 'pg';
import { sendGraphQLError } from '../../platform/json-body';
import type { ServiceCredentialVerifier } from '../../platform/service-credentials';
import { serviceOnlyRoute } from './service-routes';
import { OUTBOX_COLUMNS } from './audit-outbox';
import { AuditShipments, type OutboxRow, type ShippingOutbox } from './audit-shipments';

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
  /** The process's one shipment for every outbox it holds (hub/start-subgraphs.ts); this outbox's own unless given. */
  shipments?: AuditShipments;
}

/**
 * Ships this subgraph's audit outbox to the consent subgraph's Merkle log (docs/AUDIT_LOG.md, "The
 * audit outbox"), oldest first, in the process's shipments (audit-shipments.ts): after each local
 * commit, on every sweep, and when consent asks (`flush`, before it answers from the log). A row is
 * deleted only after consent has acknowledged its append; a shipment cut anywhere is sent again and
 * consent skips what it holds already, so nothing is lost and nothing is logged twice. Any replica
 * ships every row of the shared database, including rows another replica left.
 */
export class AuditShipper implements ShippingOutbox {
  private readonly shipments: AuditShipments;
  holding = false;

  constructor(private readonly pool: Pool, private readonly options: ShipperOptions) {
    this.shipments = options.shipments ?? new AuditShipments();
  }

  get subgraph(): string {
    return this.options.subgraph;
  }

  get credential(): string {
    return this.options.serviceCredential;
  }

  consentUrl(): string {
    return this.options.consentUrl();
  }

  start(): void {
    this.shipments.add(this);
  }

  /** Rows committed to the outbox: shipped SHIP_DELAY_MS from now, or after the shipment under way. */
  committed(): void {
    this.shipments.committed(this);
  }

  /** Ships until this outbox is empty (or a shipment fails: then rejects with why). Resolves with the rows shipped. */
  flush(): Promise<number> {
    return this.shipments.flush(this);
  }

  /** For tests, a slow shipper: no shipment of this outbox after commits or on the sweep until the returned function is called; `flush` still ships. */
  holdAutomaticShipping(): () => void {
    this.holding = true;
    return () => {
      this.holding = false;
      this.committed();
    };
  }

  /** Leaves the process's shipments once none under way carries this outbox: its rows stay for the next process. */
  async stop(): Promise<void> {
    await this.shipments.remove(this);
  }

  async unshipped(limit: number): Promise<OutboxRow[]> {
    return (await this.pool.query<OutboxRow>({ ...UNSHIPPED, values: [limit] })).rows;
  }

  async shipped(sequences: string[]): Promise<void> {
    await this.pool.query({ ...SHIPPED, values: [sequences] });
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
