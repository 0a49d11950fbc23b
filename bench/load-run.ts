import autocannon from 'autocannon';
import { checkAnswer } from './answer-check';

/** One GraphQL request a scenario sends: the same body every time, or a new one each time. */
export interface Operation {
  query: string;
  variables?: Record<string, unknown> | (() => Record<string, unknown>);
  /** Error codes this operation may answer with and still count (a refused field: CONSENT_REQUIRED). */
  expectedErrorCodes?: string[];
}

/** The request body of one sending of `operation`. */
export const requestBody = (operation: Operation): string =>
  JSON.stringify({
    query: operation.query,
    variables: typeof operation.variables === 'function' ? operation.variables() : operation.variables ?? {},
  });

/** One request, awaited, as a front end sends it: the HTTP status and the answer's text. */
export async function askOnce(url: string, token: string, operation: Operation): Promise<{ status: number; text: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: requestBody(operation),
  });
  return { status: response.status, text: await response.text() };
}

export interface LoadSettings {
  seconds: number;
  connections: number;
  /** Instead of `seconds`: exactly this many requests, every one awaited (for requests that take seconds). */
  requests?: number;
}

export interface LoadRun {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** Answers carrying errors this operation expects (refused fields), counted and allowed. */
  expectedErrors: number;
  /** Answers that failed the check: any of these fails the benchmark. */
  unexpected: number;
  /** The first few of them, to say what went wrong. */
  unexpectedExamples: string[];
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * Sends `operation` to `url` as fast as `connections` keep-alive connections allow for `seconds`,
 * reads every answer (only answers without unexpected errors count as served) and reports
 * throughput and latency percentiles from every response's own time.
 */
export async function runLoad(url: string, token: string, operation: Operation, settings: LoadSettings): Promise<LoadRun> {
  const latencies: number[] = [];
  const unexpectedExamples: string[] = [];
  let unexpected = 0;
  let expectedErrors = 0;
  let good = 0;
  const fixedBody = typeof operation.variables === 'function' ? undefined : requestBody(operation);
  // A request id of its own on every request, as a front end sends: without one, a gateway may
  // merge identical concurrent requests into one set of subgraph calls (Hive Gateway does), which
  // no real caseload of different people and advisers would allow.
  let sent = 0;
  const requestId = () => `bench-${process.pid}-${(sent += 1)}`;

  let finish: (error: unknown, result: autocannon.Result) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = (error, result) => (error ? reject(error) : resolve(result));
  });
  const started = process.hrtime.bigint();
  const instance = autocannon({
    url,
    method: 'POST',
    connections: settings.connections,
    pipelining: 1,
    // A slow answer is an answer, counted with its latency: autocannon's 10 s default turned
    // caseloads on a busy shared machine into timeouts that failed the whole run.
    timeout: 120,
    ...(settings.requests ? { amount: settings.requests } : { duration: settings.seconds }),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'x-request-id': requestId() }, body: fixedBody ?? requestBody(operation) }),
        onResponse: (status, text) => {
          const check = checkAnswer(status, text, operation.expectedErrorCodes ?? []);
          if (check.problem) {
            unexpected += 1;
            if (unexpectedExamples.length < 3) unexpectedExamples.push(check.problem);
          } else {
            good += 1;
            if (check.expectedErrors) expectedErrors += 1;
          }
        },
      },
    ],
  }, (error, result) => finish(error, result));
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await done;
  // A run of a fixed number of requests ends on autocannon's next one-second tick, so its
  // throughput is the time the connections were busy; a timed run's is its wall-clock time.
  const busySeconds = latencies.reduce((sum, ms) => sum + ms, 0) / 1000 / settings.connections;
  const seconds = settings.requests ? busySeconds : Number(process.hrtime.bigint() - started) / 1e9;
  const sorted = latencies.sort((a, b) => a - b);
  if (result.errors + result.timeouts > 0) {
    unexpected += result.errors + result.timeouts;
    unexpectedExamples.push(`${result.errors} connection errors and ${result.timeouts} timeouts`);
  }
  return {
    requests: good,
    requestsPerSecond: good / seconds,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    expectedErrors,
    unexpected,
    unexpectedExamples,
  };
}
