import { checkAnswer } from './answer-check';
import { UnexpectedAnswers, type Side } from './alternating-rounds';
import type { BenchProcess } from './bench-processes';
import { askOnce } from './load-run';

export interface StatementCounts {
  /** SELECTs per request, by subgraph: must not grow with the caseload. */
  reads: Record<string, number>;
  /** Every statement per request, by subgraph, audit-log inserts included. */
  all: Record<string, number>;
}

/** Sends `requests` requests one at a time and divides the SQL statements each subgraph counted by them. */
export async function statementsPerRequest(side: Side, subgraphs: BenchProcess, requests: number): Promise<StatementCounts> {
  await subgraphs.ask({ type: 'statements' }); // resets the counters
  for (let n = 0; n < requests; n += 1) {
    const { status, text } = await askOnce(side.url, side.token, side.operation);
    const check = checkAnswer(status, text, side.operation.expectedErrorCodes ?? []);
    if (check.problem) throw new UnexpectedAnswers(`${side.label}: ${check.problem}`);
  }
  const answer = await subgraphs.ask({ type: 'statements' });
  if (answer.type !== 'statements') throw new Error(`${subgraphs.label} did not report its statements`);
  const per = (pick: (counts: { count: number; reads: number }) => number) =>
    Object.fromEntries(Object.entries(answer.bySubgraph).map(([name, counts]) => [name, pick(counts) / requests]));
  return { reads: per((counts) => counts.reads), all: per((counts) => counts.count) };
}
