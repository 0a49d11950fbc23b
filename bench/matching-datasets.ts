import { databasesOnServer } from '../hub/database-copies';
import type { DatabaseUrls } from '../hub/database-url';
import { prepareDatabases } from '../hub/prepare-databases';
import type { BenchSettings } from './bench-settings';
import type { BenchProcess } from './bench-processes';
import { corruptedRegistrations } from './corrupted-registrations';
import { runMatchingBenchmark, type MatchingReport } from './matching-benchmark';
import { loadRegister } from './matching-register';
import { generateRegister } from './synthetic-register';

export interface MatchingServers {
  /** Starts the subgraphs over `databases` and a gateway in front of them: the gateway's process. */
  start: (databases: DatabaseUrls, label: string) => Promise<BenchProcess>;
  /** An adviser of the registering agency. */
  token: string;
}

/**
 * Comparison 6: one synthetic register, its first `smallRegister` people in one set of databases and
 * all `largeRegister` in another (so every probe's truth is in both), each served by its own
 * subgraphs and gateway; the same corrupted registrations go to both.
 */
export async function measureMatching(serverUrl: string, settings: BenchSettings, servers: MatchingServers): Promise<MatchingReport> {
  const { smallRegister, largeRegister, known, newcomers, batch, concurrency, accuracyKnown, accuracyNewcomers } = settings.matching;
  const register = generateRegister(largeRegister);
  const sizes = [
    { label: `${largeRegister} people`, people: largeRegister, prefix: 'bench_matching_large_' },
    { label: `${smallRegister} people`, people: smallRegister, prefix: 'bench_matching_small_' },
  ];
  const loadSeconds: Record<string, number> = {};
  const targets = [];
  for (const size of sizes) {
    const databases = databasesOnServer(serverUrl, size.prefix);
    await prepareDatabases(databases, { demoData: false });
    loadSeconds[size.label] = await loadRegister(databases.people, register.slice(0, size.people));
    console.log(`  loaded ${size.label} in ${loadSeconds[size.label].toFixed(1)}s`);
    const gateway = await servers.start(databases, size.label);
    targets.push({ label: size.label, people: size.people, url: gateway.urls.gateway, token: servers.token });
  }
  const probes = corruptedRegistrations(register, { known, newcomers, from: smallRegister });
  // A few registrations to warm both sides up (connections, query plans), not counted.
  const warmUp = corruptedRegistrations(register, { known: 0, newcomers: 4, from: smallRegister, seed: 99 });
  await runMatchingBenchmark(targets, warmUp, { batch: warmUp.length, concurrency });
  const sides = await runMatchingBenchmark(targets, probes, { batch, concurrency });
  // People the first run did not register again (their ids are past smallRegister), and newcomers of another seed.
  const more = corruptedRegistrations(register.slice(smallRegister), { known: accuracyKnown, newcomers: accuracyNewcomers, from: largeRegister, seed: 2015 });
  const [accuracy] = await runMatchingBenchmark([{ ...targets[0], label: `${targets[0].label}, ${more.length} more` }], more, { batch: more.length, concurrency });
  return { loadSeconds, concurrency, sides, accuracy };
}
