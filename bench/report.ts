import type { SideResult } from './alternating-rounds';
import type { BenchSettings } from './bench-settings';
import type { MatchingReport, MatchingSide } from './matching-benchmark';
import type { StatementCounts } from './statements-per-request';

export interface Comparison {
  id: 'consent' | 'floor' | 'gateway' | 'one-subgraph' | 'caseload-size' | 'register-size';
  scenario: string;
  /** The first side is measured against each other side: ratios are first / other. */
  sides: SideResult[];
  /** Every side was asked once before the rounds and returned identical `data` (gateway, one-subgraph, floor). */
  sameAnswers?: boolean;
}

export interface BenchReport {
  settings: BenchSettings;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; platform: string };
  startedAt: string;
  /** os.loadavg() (1, 5, 15 min) when the run started and ended: how busy the machine was. */
  loadAverage?: { start: number[]; end: number[] };
  seconds: number;
  datasets: { people: Record<string, number>; rowsCloned: number; seconds: number };
  comparisons: Comparison[];
  statements: Array<{ label: string } & StatementCounts>;
  /** `--topology separate`: the machine PostgreSQL server the separate-services comparisons ran on, or why they were skipped. */
  topologies?: { separate?: { server: string } | { skipped: string } };
  /** Comparison 6, when it ran: the large register first. */
  matching?: MatchingReport;
  targets?: Target[];
  /** The run stopped here: the comparisons above were measured before it. */
  failed?: string;
}

export interface Target {
  target: string;
  figure: string;
  met: boolean;
}

const TITLES: Record<Comparison['id'], string> = {
  consent: '1 consent on / off',
  floor: '1b hub / floor',
  gateway: '2 hub / Hive Gateway',
  'one-subgraph': '3 gateway / direct',
  'caseload-size': '4 caseload size',
  'register-size': '5 register size',
};

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '-');
const pad = (text: string, width: number) => text.padEnd(width);
const padLeft = (text: string, width: number) => text.padStart(width);

/** Each target of the issue, judged on this run's figures. */
export function judgeTargets(report: BenchReport): Target[] {
  const targets: Target[] = [];
  for (const comparison of report.comparisons) {
    const [first, second] = comparison.sides;
    const throughput = first.requestsPerSecond / second.requestsPerSecond;
    if (comparison.id === 'consent') {
      // The issue's targets: 0.85 for the caseload of 50, 0.90 for the single view and the write.
      const least = comparison.scenario.startsWith('caseload') ? 0.85 : 0.9; // also 'caseload [separate PostgreSQL]'
      targets.push({ target: `consent on/off throughput >= ${least.toFixed(2)} (${comparison.scenario})`, figure: fixed(throughput, 2), met: throughput >= least });
      const p95 = first.p95Ms / second.p95Ms;
      targets.push({ target: `consent on/off p95 <= 1.2x (${comparison.scenario})`, figure: `${fixed(p95, 2)}x`, met: p95 <= 1.2 });
    }
    if (comparison.id === 'floor') {
      targets.push({ target: `hub (consent on) / floor throughput >= 0.025 (${comparison.scenario})`, figure: fixed(throughput, 4), met: throughput >= 0.025 });
    }
    if (comparison.id === 'gateway') {
      targets.push({ target: `hub gateway throughput >= Hive Gateway's (${comparison.scenario})`, figure: fixed(throughput, 2), met: throughput >= 1 });
    }
    if (comparison.id === 'register-size' && comparison.scenario === 'single view') {
      const latency = first.p50Ms / second.p50Ms;
      targets.push({ target: `single view p50, ${first.label} within 1.5x of ${second.label}`, figure: `${fixed(latency, 2)}x`, met: latency <= 1.5 });
    }
  }
  if (report.matching) {
    const [large, small] = report.matching.sides;
    for (const side of [...report.matching.sides, report.matching.accuracy]) {
      const precision = knownPrecision(side);
      targets.push({ target: `ALREADY_KNOWN precision >= 0.999 (${side.label})`, figure: `${fixed(precision, 4)} (${side.knownCorrect}/${side.known})`, met: precision >= 0.999 });
      const found = side.found / side.held;
      targets.push({ target: `held people known or listed >= 0.98 (${side.label})`, figure: `${fixed(found, 4)} (${side.found}/${side.held})`, met: found >= 0.98 });
    }
    const ratio = large.p95Ms / small.p95Ms;
    targets.push({ target: `registration p95, ${large.label} within 1.5x of ${small.label}`, figure: `${fixed(ratio, 2)}x`, met: ratio <= 1.5 });
  }
  if (report.statements.length > 1) {
    const flat = report.statements.every((row) => JSON.stringify(row.reads) === JSON.stringify(report.statements[0].reads));
    targets.push({ target: 'SQL reads per request independent of caseload size', figure: flat ? 'equal for every size' : 'they differ', met: flat });
  }
  return targets;
}

/** Of the ALREADY_KNOWN answers, the share that were the right person (1 when there were none). */
export const knownPrecision = (side: MatchingSide) => (side.known === 0 ? 1 : side.knownCorrect / side.known);

function printMatching(matching: MatchingReport): void {
  console.log(`Matching: the same ${matching.sides[0].probes} registrations on each register, ${matching.concurrency} at a time`);
  const header = `${pad('register', 18)}${padLeft('known prec.', 13)}${padLeft('known rec.', 12)}${padLeft('found', 9)}${padLeft('listed/asked', 14)}${padLeft('per ask', 9)}${padLeft('new: asked', 12)}${padLeft('new: known', 12)}${padLeft('reg/s', 8)}${padLeft('p50 ms', 9)}${padLeft('p95 ms', 9)}`;
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const side of [...matching.sides, matching.accuracy]) {
    console.log(
      `${pad(side.label, 18)}${padLeft(fixed(knownPrecision(side), 4), 13)}${padLeft(fixed(side.knownCorrect / side.held, 3), 12)}${padLeft(fixed(side.found / side.held, 3), 9)}` +
        `${padLeft(fixed(side.askedListingThem / Math.max(1, side.asked), 3), 14)}${padLeft(fixed(side.candidatesListed / Math.max(1, side.asked + side.newcomersAsked), 1), 9)}` +
        `${padLeft(`${side.newcomersAsked}/${side.newcomers}`, 12)}${padLeft(`${side.newcomersKnown}/${side.newcomers}`, 12)}${padLeft(fixed(side.registrationsPerSecond), 8)}${padLeft(fixed(side.p50Ms), 9)}${padLeft(fixed(side.p95Ms), 9)}`,
    );
  }
  console.log('(known prec.: right person / ALREADY_KNOWN answers; known rec. and found: of registrations of held people, the share known as them, and known or listed)');
  const large = matching.accuracy;
  console.log(`Found, by what was done to the details (${large.label}):`);
  for (const [kind, row] of Object.entries(large.foundByKind).sort()) console.log(`  ${pad(kind, 28)}${padLeft(`${row.found}/${row.probes}`, 10)}`);
  const missed = Object.entries(large.missedByKind);
  if (missed.length) console.log(`Missed (neither known nor listed), by kind: ${missed.map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
  const wrong = Object.entries(large.wrongKnownByKind);
  if (wrong.length) console.log(`Wrong ALREADY_KNOWN, by kind: ${wrong.map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
  console.log(`Registers loaded in ${Object.entries(matching.loadSeconds).map(([label, seconds]) => `${fixed(seconds)}s (${label})`).join(', ')}.\n`);
}

export function printReport(report: BenchReport): void {
  const { settings, machine } = report;
  console.log(`\nOne Story Hub benchmark (${settings.name}): ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}`);
  if (report.loadAverage) {
    const show = (load: number[]) => load.map((value) => value.toFixed(1)).join(' / ');
    console.log(`Load average (1 / 5 / 15 min): ${show(report.loadAverage.start)} at the start, ${show(report.loadAverage.end)} at the end.`);
  }
  console.log(`${settings.rounds} rounds (A B, B A, ...) of ${settings.secondsPerRun}s per side after a ${settings.warmUpSeconds}s warm-up; ${settings.connections} connections; medians of the rounds.`);
  const separate = report.topologies?.separate;
  if (separate) {
    console.log('server' in separate
      ? `Separate services ([separate PostgreSQL]): the subgraphs' databases on the machine's own ${separate.server}, started apart; embedded PostgreSQL 18 otherwise.`
      : `Separate services SKIPPED: ${separate.skipped}`);
  }
  console.log(`Caseload sizes: ${settings.caseloadRequests} requests per round, one at a time, after one to warm up.\n`);
  const header = `${pad('comparison', 22)}${pad('scenario', 36)}${pad('side', 26)}${padLeft('req/s', 9)}${padLeft('p50 ms', 9)}${padLeft('p95 ms', 9)}${padLeft('req/s ratio', 13)}${padLeft('p95 ratio', 11)}`;
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const comparison of report.comparisons) {
    const [first] = comparison.sides;
    comparison.sides.forEach((side, index) => {
      const ratio = index === 0 ? '' : fixed(first.requestsPerSecond / side.requestsPerSecond, 2);
      const p95Ratio = index === 0 ? '' : `${fixed(first.p95Ms / side.p95Ms, 2)}x`;
      console.log(
        `${pad(index === 0 ? TITLES[comparison.id] : '', 22)}${pad(index === 0 ? comparison.scenario : '', 36)}${pad(side.label, 26)}` +
          `${padLeft(fixed(side.requestsPerSecond), 9)}${padLeft(fixed(side.p50Ms), 9)}${padLeft(fixed(side.p95Ms), 9)}${padLeft(ratio, 13)}${padLeft(p95Ratio, 11)}`,
      );
    });
  }
  console.log('(ratios: the first side of each comparison / this side)\n');
  const withCpu = report.comparisons.flatMap((comparison) => comparison.sides.filter((side) => side.cpuMsPerAnswer !== undefined).map((side) => ({ comparison, side })));
  if (withCpu.length) {
    console.log('CPU per answer (user + system, ms: the Node server processes of each side, then every process of its PostgreSQL server)');
    console.log(`  ${pad('', 78)}${padLeft('Node', 9)}${padLeft('PostgreSQL', 12)}${padLeft('on/off', 9)}`);
    for (const { comparison, side } of withCpu) {
      // Consent on / off: how much more CPU an answer costs with consent on, both kinds together.
      const [first, second] = comparison.sides;
      const total = (s: typeof side) => s.cpuMsPerAnswer! + (s.databaseCpuMsPerAnswer ?? 0);
      const ratio = comparison.id === 'consent' && side === second ? fixed(total(first) / total(second), 2) : '';
      const database = side.databaseCpuMsPerAnswer === undefined ? '-' : fixed(side.databaseCpuMsPerAnswer, 2);
      console.log(`  ${pad(`${TITLES[comparison.id]}, ${comparison.scenario}`, 52)}${pad(side.label, 26)}${padLeft(fixed(side.cpuMsPerAnswer!, 2), 9)}${padLeft(database, 12)}${padLeft(ratio, 9)}`);
    }
    console.log('  (on/off: CPU per answer with consent on / off, Node and PostgreSQL together)');
    console.log('');
  }

  const subgraphs = Object.keys(report.statements[0]?.reads ?? {});
  if (subgraphs.length === 0) {
    console.log('SQL statements per caseload request: not counted in this run (the caseload-size comparison counts them)');
  } else {
    // One column per subgraph, as wide as its name: the outbox inserts are in "all", consent's appends of shipped entries too.
    const width = (name: string) => Math.max(12, name.length + 2);
    console.log(`SQL statements per caseload request (reads / all, all = reads + audit writes: outbox inserts, and consent's appends of shipped entries)`);
    console.log(`${pad('caseload', 20)}${subgraphs.map((name) => padLeft(name, width(name))).join('')}`);
    for (const row of report.statements) {
      console.log(`${pad(row.label, 20)}${subgraphs.map((name) => padLeft(`${fixed(row.reads[name], 0)} / ${fixed(row.all[name], 0)}`, width(name))).join('')}`);
    }
  }

  if (report.matching) {
    console.log('');
    printMatching(report.matching);
  }

  console.log('\nTargets (reported, not asserted)');
  for (const target of report.targets ?? judgeTargets(report)) console.log(`  ${target.met ? 'met   ' : 'MISSED'}  ${pad(target.target, 62)} ${target.figure}`);
  if (report.failed) console.log(`\nThe run STOPPED before the end (figures above are those measured before): ${report.failed}`);
  console.log(`\nDatasets built in ${fixed(report.datasets.seconds)}s; whole run ${fixed(report.seconds, 0)}s.`);
}
