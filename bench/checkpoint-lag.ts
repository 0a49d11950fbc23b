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
import { CHECKPOINT_INTERVAL_MS } from '../subgraphs/consent/audit-checkpointer';
import type { ConsentDb } from '../subgraphs/consent/database';

/**
 * npm run bench:checkpoint-lag: how long after an append its entries are under a stored, signed
 * checkpoint (docs/AUDIT_LOG.md §8), on the embedded hub (its own PostgreSQL under a temporary
 * folder, demo data, the checkpoint file store). Two phases: requests one at a time with pauses
 * (an idle hub), then 8 advisers asking back to back for 10 s (appends far more often than the
 * checkpoint interval). Prints the lag of every checkpoint: from the commit of the oldest entry
 * not yet covered to the synced write of the checkpoint that covers it.
 */
const VIEW = `query($id: ID!) { person(id: $id) { givenName welfare { householdType debts { amountPence } } socialCare { lookedAfterStatus } } }`;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main() {
  sendLogsTo({ write: () => true }, 'silent');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'checkpoint-lag-'));
  const hub = await startHub(inProcessHubConfig(dataDir));
  try {
    const token = await issueToken(hub.signingKey!, demoUser('dana')!.claims);
    let askedMs = 0;
    const ask = async () => {
      const asked = performance.now();
      const response = await fetch(hub.gatewayUrl, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: VIEW, variables: { id: demoPeople.tomasz.id } }),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      await response.json();
      askedMs += performance.now() - asked;
    };
    const { checkpointer } = (hub.subgraphs.get('consent')!.database.client as ConsentDb).audit!;
    const report = (name: string, requests: number, seconds: number) => {
      const lags = checkpointer.lags.splice(0).map((lag) => lag.lagMs).sort((a, b) => a - b);
      const figures = [50, 90, 99].map((p) => `p${p} ${percentile(lags, p).toFixed(1)}`).join('  ');
      console.log(
        `${name.padEnd(34)} ${String(requests).padStart(5)} requests in ${seconds.toFixed(1)} s (mean answer ${(askedMs / requests).toFixed(0)} ms), ` +
          `${String(lags.length).padStart(4)} checkpoints: lag ms ${figures}  max ${lags.at(-1)!.toFixed(1)}`,
      );
      askedMs = 0;
    };
    for (let warm = 0; warm < 5; warm += 1) await ask();
    await checkpointer.settled();
    checkpointer.lags.splice(0);
    askedMs = 0;

    console.log(`Checkpoint lag on the embedded hub (interval ${CHECKPOINT_INTERVAL_MS} ms; stated bound 250 ms), ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}`);
    let started = performance.now();
    for (let n = 0; n < 30; n += 1) {
      await ask();
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    await checkpointer.settled();
    report('one request at a time, 300 ms apart', 30, (performance.now() - started) / 1000);

    started = performance.now();
    let requests = 0;
    const until = started + 10_000;
    await Promise.all(Array.from({ length: 8 }, async () => {
      while (performance.now() < until) {
        await ask();
        requests += 1;
      }
    }));
    await checkpointer.settled();
    report('8 advisers back to back, 10 s', requests, (performance.now() - started) / 1000);
  } finally {
    await hub.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
