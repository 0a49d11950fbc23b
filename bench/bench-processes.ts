import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** What a benchmark child process says: once when it listens, then one reply per question. */
export type ChildMessage =
  | { type: 'ready'; urls: Record<string, string> }
  | { type: 'statements'; bySubgraph: Record<string, { count: number; reads: number }> }
  | { type: 'cpu'; micros: number }
  | { type: 'failed'; error: string };

/** What the runner asks: a subgraph set's SQL statement counts since the last ask (then reset), the CPU time it has used, or to stop. */
export type ParentMessage = { type: 'statements' } | { type: 'cpu' } | { type: 'stop' };

export interface BenchProcess {
  label: string;
  urls: Record<string, string>;
  ask(message: ParentMessage): Promise<ChildMessage>;
  stop(): Promise<void>;
}

/** The CPU time (user + system, microseconds) the processes have used so far, summed. */
export async function cpuMicros(processes: BenchProcess[]): Promise<number> {
  let total = 0;
  for (const running of processes) {
    const answer = await running.ask({ type: 'cpu' });
    if (answer.type !== 'cpu') throw new Error(`${running.label} did not report its CPU time`);
    total += answer.micros;
  }
  return total;
}

/**
 * Starts one compiled benchmark process (`dist/bench/<script>.js`) and waits until it listens.
 * Each server the benchmark measures runs in a process of its own, apart from the load generator.
 */
export function startBenchProcess(script: string, args: string[], label: string, execArgv: string[] = []): Promise<BenchProcess> {
  const child: ChildProcess = fork(path.join(__dirname, `${script}.js`), args, {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv,
    // One log line per request would flood the benchmark's output: warnings and errors only, unless HUB_LOG_LEVEL says.
    // A gateway's subgraph deadline of 10 s fails whole caseload rounds on a busy shared machine: 60 s, unless set.
    // The consent copies run the hub's own 2 s lease (CONSENT_COPY_LEASE_MS to change it): a 10 s lease was needed here
    // until a decision on a copy that lapsed under load learnt to wait for a renewal that counts (BENCHMARKS.md, stop 24).
    env: {
      ...process.env,
      NODE_ENV: 'benchmark',
      HUB_LOG_LEVEL: process.env.HUB_LOG_LEVEL ?? 'warn',
      SUBGRAPH_DEADLINE_MS: process.env.SUBGRAPH_DEADLINE_MS ?? '60000',
    },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const onFirst = (message: ChildMessage) => {
      if (message.type === 'failed') return reject(new Error(`${label} failed to start: ${message.error}`));
      if (message.type !== 'ready') return;
      child.off('message', onFirst);
      resolve({
        label,
        urls: message.urls,
        ask: (question) =>
          new Promise((answer) => {
            child.once('message', answer);
            child.send(question);
          }),
        async stop() {
          if (child.exitCode !== null || child.signalCode !== null) return;
          // Asked, so that a --cpu-prof profile is written on the way out; killed if it lingers.
          child.send({ type: 'stop' } satisfies ParentMessage);
          const lingering = setTimeout(() => child.kill('SIGKILL'), 5000);
          await exited;
          clearTimeout(lingering);
        },
      });
    };
    child.on('message', onFirst);
    child.once('exit', (code) => reject(new Error(`${label} exited (${code}) before it was ready`)));
  });
}

/** For the child side: report readiness, or the error that stopped it, to the runner. */
export async function serveAsBenchProcess(start: () => Promise<Record<string, string>>): Promise<void> {
  try {
    const urls = await start();
    process.send!({ type: 'ready', urls } satisfies ChildMessage);
  } catch (error) {
    process.send!({ type: 'failed', error: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies ChildMessage);
    process.exit(1);
  }
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'stop') process.exit(0);
    if (message.type === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send!({ type: 'cpu', micros: user + system } satisfies ChildMessage);
    }
  });
  process.on('disconnect', () => process.exit(0));
}

/** `--name value` pairs of a benchmark process's command line. */
export function argument(name: string): string {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? process.argv[index + 1] : undefined;
  if (value === undefined) throw new Error(`--${name} is required`);
  return value;
}
