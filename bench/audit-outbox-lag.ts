import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoUser } from '../hub/demo-users';
import { inProcessHubConfig } from '../hub/in-process-config';
import { startHub } from '../hub/start-hub';
import { issueToken } from '../hub/tokens';
import { demoPeople } from '../prisma/demo-people';
import { sendLogsTo } from '../platform/request-log';
import type { ConsentDb } from '../subgraphs/consent/database';

/**
 * npm run bench:outbox-lag: the bound of docs/AUDIT_LOG.md, "The audit outbox": from the answer
 * (its entries committed to the subgraphs' own outboxes before it left) to every entry being a
 * leaf of the central Merkle log (every outbox empty: rows are deleted only after consent
 * acknowledged the append), and to a signed checkpoint covering them. On the embedded hub, demo
 * data. Two phases: requests one at a time, 300 ms apart; and the same with 4 advisers asking
 * back to back in the background (the measured request waits its turn with theirs).
 */
const VIEW = `query($id: ID!) { person(id: $id) { givenName welfare { householdType debts { amountPence } } socialCare { lookedAfterStatus } } }`;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main() {
  sendLogsTo({ write: () => true }, 'silent');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-lag-'));
  const hub = await startHub(inProcessHubConfig(dataDir));
  try {
    const token = await issueToken(hub.signingKey!, demoUser('dana')!.claims);
    const ask = async (correlationId?: string) => {
      const response = await fetch(hub.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(correlationId ? { 'x-request-id': correlationId } : {}) },
        body: JSON.stringify({ query: VIEW, variables: { id: demoPeople.tomasz.id } }),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      await response.json();
    };
    const consent = hub.subgraphs.get('consent')!.database;
    const { checkpointer } = (consent.client as ConsentDb).audit!;
    const pools = [...hub.subgraphs.values()].map((subgraph) => subgraph.database.pool);
    /** The request's entries still in an outbox (the correlation id names the request). */
    const unshipped = async (correlationId: string) => {
      const counts = await Promise.all(
        pools.map((pool) => pool.query<{ n: number }>('SELECT count(*)::int AS n FROM "AuditOutbox" WHERE "correlationId" = $1', [correlationId])),
      );
      return counts.reduce((sum, { rows }) => sum + rows[0].n, 0);
    };
    /** The tree size a checkpoint must reach to cover the request's entries. */
    const coveringSize = async (correlationId: string) =>
      ((await consent.pool.query<{ last: number | null }>('SELECT max("leafIndex") AS last FROM "AuditEvent" WHERE "correlationId" = $1', [correlationId])).rows[0].last ?? -1) + 1;
    const signedSize = () => Math.max(0, ...checkpointer.lags.map((lag) => lag.size));

    /** One measured request: answer → central leaf → signed checkpoint, in ms. */
    let measured = 0;
    const measure = async () => {
      const correlationId = `outbox-lag-${(measured += 1)}`;
      await ask(correlationId);
      const answered = performance.now();
      while ((await unshipped(correlationId)) > 0) await new Promise((resolve) => setTimeout(resolve, 2));
      const central = performance.now() - answered;
      const size = await coveringSize(correlationId);
      while (signedSize() < size) await new Promise((resolve) => setTimeout(resolve, 2));
      return { central, signed: performance.now() - answered };
    };
    const report = (name: string, figures: Array<{ central: number; signed: number }>) => {
      const line = (values: number[]) => {
        const sorted = [...values].sort((a, b) => a - b);
        return `${[50, 90, 99].map((p) => `p${p} ${percentile(sorted, p).toFixed(0)}`).join('  ')}  max ${sorted.at(-1)!.toFixed(0)}`;
      };
      console.log(`${name.padEnd(40)} ${String(figures.length).padStart(3)} requests`);
      console.log(`  answer -> central leaf (ms)            ${line(figures.map((f) => f.central))}`);
      console.log(`  answer -> signed checkpoint (ms)       ${line(figures.map((f) => f.signed))}`);
    };

    for (let warm = 0; warm < 5; warm += 1) await ask();
    await checkpointer.settled();
    console.log(`Audit outbox lag on the embedded hub, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}`);

    const idle: Array<{ central: number; signed: number }> = [];
    for (let n = 0; n < 30; n += 1) {
      idle.push(await measure());
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    report('one request at a time, 300 ms apart', idle);

    let busy = true;
    const background = Promise.all(Array.from({ length: 4 }, async () => {
      while (busy) await ask();
    }));
    const loaded: Array<{ central: number; signed: number }> = [];
    const until = performance.now() + 15_000;
    while (performance.now() < until) loaded.push(await measure());
    busy = false;
    await background;
    report('with 4 advisers asking back to back', loaded);
  } finally {
    await hub.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
