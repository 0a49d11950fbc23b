import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { captureLogs } from './support/captured-logs';
import { AuditShipments, type OutboxAnswer, type OutboxRow, type ShipmentRequest, type ShippingOutbox } from '../subgraphs/kit/audit-shipments';

/** An outbox held in memory, as audit-shipper.ts holds one in its subgraph's database. */
class MemoryOutbox implements ShippingOutbox {
  holding = false;
  rows: OutboxRow[] = [];
  reads = 0;
  private next = 1;

  constructor(readonly subgraph: string, readonly credential: string, private readonly url: () => string) {}

  consentUrl(): string {
    return this.url();
  }

  commit(count: number): void {
    for (let i = 0; i < count; i += 1) this.rows.push({ sequence: String(this.next++), requestId: `${this.subgraph}-${this.next}` });
  }

  async unshipped(limit: number): Promise<OutboxRow[]> {
    this.reads += 1;
    return this.rows.slice(0, limit);
  }

  async shipped(sequences: string[]): Promise<void> {
    this.rows = this.rows.filter((row) => !sequences.includes(row.sequence));
  }
}

/** Consent's `/audit-log/entries` as the shipments see it: it refuses the outbox whose credential is 'refused'. */
function fakeConsent() {
  const shipments: ShipmentRequest[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const shipment = JSON.parse(body) as ShipmentRequest;
      shipments.push(shipment);
      const answers: OutboxAnswer[] = shipment.outboxes.map((outbox) =>
        outbox.credential === 'refused' ? { error: { code: 'UNAUTHENTICATED', message: 'outboxes[1].credential was refused' } } : { appended: outbox.entries.length },
      );
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ answers }));
    });
  });
  return {
    shipments,
    url: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    listen: () => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const logs = captureLogs();

describe('the audit shipments of one process', () => {
  const consent = fakeConsent();
  beforeAll(() => consent.listen());
  afterAll(() => consent.close());

  test('one shipment carries every outbox of the process, each under its own credential; a refused outbox keeps its rows and holds up no other', async () => {
    const shipments = new AuditShipments({ delayMs: 10_000, sweepMs: 60_000, batchSize: 10 });
    const housing = new MemoryOutbox('housing', 'housing-credential', consent.url);
    const careers = new MemoryOutbox('careers', 'refused', consent.url);
    const welfare = new MemoryOutbox('welfare-rights', 'welfare-credential', consent.url);
    housing.commit(3);
    careers.commit(2);
    welfare.commit(1);
    for (const outbox of [housing, careers, welfare]) shipments.add(outbox);
    try {
      consent.shipments.length = 0;
      await expect(shipments.flush(careers)).rejects.toThrow(/consent refused the shipment: UNAUTHENTICATED/);
      expect(consent.shipments).toHaveLength(1);
      expect(consent.shipments[0].outboxes.map((outbox) => [outbox.credential, outbox.entries.length])).toEqual([
        ['housing-credential', 3],
        ['refused', 2],
        ['welfare-credential', 1],
      ]);
      expect(housing.rows).toEqual([]);
      expect(welfare.rows).toEqual([]);
      expect(careers.rows).toHaveLength(2);
    } finally {
      for (const outbox of [housing, careers, welfare]) await shipments.remove(outbox);
    }
  });

  test('a backlog in one outbox is shipped in fair shares beside the others, until every outbox is empty', async () => {
    const shipments = new AuditShipments({ delayMs: 10_000, sweepMs: 60_000, batchSize: 10 });
    const busy = new MemoryOutbox('housing', 'housing-credential', consent.url);
    const quiet = new MemoryOutbox('careers', 'careers-credential', consent.url);
    busy.commit(23);
    quiet.commit(2);
    shipments.add(busy);
    shipments.add(quiet);
    try {
      consent.shipments.length = 0;
      expect(await shipments.flush(busy)).toBe(23);
      expect(consent.shipments.map((shipment) => shipment.outboxes.map((outbox) => outbox.entries.length))).toEqual([[5, 2], [10], [8]]);
      expect(busy.rows).toEqual([]);
      expect(quiet.rows).toEqual([]);
    } finally {
      await shipments.remove(busy);
      await shipments.remove(quiet);
    }
  });

  test('an outbox that has not committed since its last read is not read again until the sweep', async () => {
    const shipments = new AuditShipments({ delayMs: 20, sweepMs: 60_000 });
    const active = new MemoryOutbox('housing', 'housing-credential', consent.url);
    const idle = new MemoryOutbox('careers', 'careers-credential', consent.url);
    shipments.add(active);
    shipments.add(idle);
    try {
      await new Promise((resolve) => setTimeout(resolve, 100)); // the first shipment, on start, reads both
      expect([active.reads, idle.reads]).toEqual([1, 1]);
      consent.shipments.length = 0;
      for (let i = 0; i < 3; i += 1) {
        active.commit(1);
        shipments.committed(active);
        await new Promise((resolve) => setTimeout(resolve, 60));
      }
      expect(active.rows).toEqual([]);
      expect(consent.shipments).toHaveLength(3);
      expect([active.reads, idle.reads]).toEqual([4, 1]);
    } finally {
      await shipments.remove(active);
      await shipments.remove(idle);
    }
  });

  test('while consent cannot be reached the rows stay, the log warns once, and says so when shipping goes again', async () => {
    const shipments = new AuditShipments({ delayMs: 10_000, sweepMs: 60_000 });
    let reachable = false;
    const outbox = new MemoryOutbox('housing', 'housing-credential', () => (reachable ? consent.url() : 'http://127.0.0.1:9/graphql'));
    outbox.commit(2);
    shipments.add(outbox);
    try {
      const before = logs.lines().length;
      for (let i = 0; i < 3; i += 1) await expect(shipments.flush(outbox)).rejects.toThrow();
      expect(outbox.rows).toHaveLength(2);
      reachable = true;
      expect(await shipments.flush(outbox)).toBe(2);
      const said = logs.lines().slice(before).filter((line) => line.subgraph === 'housing').map((line) => line.msg);
      expect(said).toEqual(['audit outbox: shipment failed; it is sent again on every sweep until it goes', 'audit outbox: shipping again']);
    } finally {
      await shipments.remove(outbox);
    }
  });

  test('a flush asked while the process stops is refused, not reported as shipped', async () => {
    const shipments = new AuditShipments({ delayMs: 10_000, sweepMs: 60_000 });
    const outbox = new MemoryOutbox('housing', 'housing-credential', consent.url);
    shipments.add(outbox);
    await shipments.remove(outbox);
    outbox.commit(1);
    await expect(shipments.flush(outbox)).rejects.toThrow(/stopping/);
    expect(outbox.rows).toHaveLength(1);
  });
});
