import { cpuMicros, type BenchProcess } from './bench-processes';
import { postgresCpuMicros } from './postgres-cpu';
import type { BenchSettings } from './bench-settings';
import { runLoad, type LoadRun, type LoadSettings, type Operation } from './load-run';

/** One side of a comparison: an operation sent to one URL as one caller. */
export interface Side {
  label: string;
  url: string;
  token: string;
  operation: Operation;
  /** The server processes answering this side, whose CPU time per answer is reported when given. */
  processes?: BenchProcess[];
  /** The data folder of the PostgreSQL server this side reads, whose CPU time per answer is reported when given. */
  databaseDir?: string;
}

export interface SideResult {
  label: string;
  /** Medians over the measured rounds. */
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  requests: number;
  expectedErrors: number;
  /** CPU time (user + system) of `processes` per answer, over the measured rounds, in ms; PostgreSQL's own not included. */
  cpuMsPerAnswer?: number;
  /** The same for the side's PostgreSQL server (every process of it), where it could be read (Linux). */
  databaseCpuMsPerAnswer?: number;
  rounds: Array<Pick<LoadRun, 'requestsPerSecond' | 'p50Ms' | 'p95Ms' | 'requests'>>;
}

export class UnexpectedAnswers extends Error {}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

type MeasuredRun = LoadRun & { cpuMicros?: number; databaseCpuMicros?: number };

const databaseCpu = (side: Side) => (side.databaseDir ? postgresCpuMicros(side.databaseDir) ?? undefined : undefined);

async function measured(side: Side, load: LoadSettings, warmUp = false): Promise<MeasuredRun> {
  const cpuBefore = side.processes && !warmUp ? await cpuMicros(side.processes) : undefined;
  const databaseBefore = warmUp ? undefined : databaseCpu(side);
  const run = await runLoad(side.url, side.token, side.operation, load);
  await settle(side);
  // The window also holds the requests still in flight when a timed round ends and the settling
  // one, answered but not counted: per answer it overstates by at most (connections + 1) / requests.
  const cpu = cpuBefore === undefined ? undefined : (await cpuMicros(side.processes!)) - cpuBefore;
  const databaseAfter = databaseBefore === undefined ? undefined : databaseCpu(side);
  const databaseCpuMicros = databaseAfter === undefined ? undefined : databaseAfter - databaseBefore!;
  if (run.unexpected > 0) {
    throw new UnexpectedAnswers(`${side.label}: ${run.unexpected} unexpected answers, e.g. ${run.unexpectedExamples.join(' | ')}`);
  }
  if (run.requests === 0 && !warmUp) throw new UnexpectedAnswers(`${side.label}: no answer in ${load.seconds}s`);
  return { ...run, cpuMicros: cpu, databaseCpuMicros };
}

/**
 * A timed run ends with requests still in flight, which the servers go on answering. One more
 * request, awaited, queues behind them, so the next run does not start on their leftovers.
 */
async function settle(side: Side): Promise<void> {
  await runLoad(side.url, side.token, side.operation, { seconds: 0, connections: 1, requests: 1 });
}

const perAnswerMs = (runs: MeasuredRun[], micros: (run: MeasuredRun) => number | undefined) =>
  runs.reduce((sum, run) => sum + (micros(run) ?? 0), 0) / 1000 / Math.max(1, runs.reduce((sum, run) => sum + run.requests, 0));

/**
 * Runs the sides in turn, after one warm-up of each, each round in the reverse order of the one
 * before (A B, B A, A B, ...): whatever else this shared machine does, and a trend through the
 * comparison (servers still warming up), falls on every side alike. Reports each side's medians.
 */
export async function alternate(sides: Side[], settings: BenchSettings, load?: Partial<LoadSettings>): Promise<SideResult[]> {
  const connections = load?.connections ?? settings.connections;
  const warmUp = { seconds: settings.warmUpSeconds, connections, requests: load?.requests && connections };
  const round = { seconds: settings.secondsPerRun, connections, requests: load?.requests ?? settings.requestsPerRound };
  for (const side of sides) await measured(side, warmUp, true);
  const runs = sides.map(() => [] as MeasuredRun[]);
  for (let n = 0; n < settings.rounds; n += 1) {
    const order = [...sides.keys()];
    if (n % 2 === 1) order.reverse();
    for (const index of order) runs[index].push(await measured(sides[index], round));
  }
  return sides.map((side, index) => ({
    label: side.label,
    requestsPerSecond: median(runs[index].map((run) => run.requestsPerSecond)),
    p50Ms: median(runs[index].map((run) => run.p50Ms)),
    p95Ms: median(runs[index].map((run) => run.p95Ms)),
    requests: runs[index].reduce((sum, run) => sum + run.requests, 0),
    expectedErrors: runs[index].reduce((sum, run) => sum + run.expectedErrors, 0),
    cpuMsPerAnswer: side.processes ? perAnswerMs(runs[index], (run) => run.cpuMicros) : undefined,
    databaseCpuMsPerAnswer: runs[index].every((run) => run.databaseCpuMicros !== undefined) ? perAnswerMs(runs[index], (run) => run.databaseCpuMicros) : undefined,
    rounds: runs[index].map(({ requestsPerSecond, p50Ms, p95Ms, requests }) => ({ requestsPerSecond, p50Ms, p95Ms, requests })),
  }));
}
