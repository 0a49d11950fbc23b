import type { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql';
import { subgraphCallSeconds } from '../platform/metrics';
import { OPERATION_LIMITS } from '../platform/operation-limits';
import { currentRecord, type SubgraphCallRecord } from '../platform/request-record';
import { chargeSubgraphBytes, refuseIfTooLarge, RESPONSE_TOO_LARGE } from '../platform/response-size';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type Answer = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

export const SUBGRAPH_TIMEOUT = 'SUBGRAPH_TIMEOUT';
export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

/** Every subgraph call ends by its deadline, and an answer too large for the request's budget is not read. */
export function fetchWithDeadline(fetcher: Fetcher, deadlineMs: number, maxBytes = OPERATION_LIMITS.maxResponseBytes): Fetcher {
  return (async (url: string, init: Record<string, unknown>) => {
    const response = await fetcher(url, { ...init, signal: AbortSignal.timeout(deadlineMs) } as never);
    chargeSubgraphBytes(Number(response.headers.get('content-length') ?? 0), maxBytes);
    return response;
  }) as Fetcher;
}

/** Where the fields this call was asked for sit in the subgraph's answer, so the gateway can place each error. */
function askedPaths(options: GraphQLDataSourceProcessOptions): Array<Array<string | number>> {
  const given = 'document' in options ? (options.document as DocumentNode | undefined) : undefined;
  const document = given ?? (options.request.query ? parse(options.request.query) : undefined);
  const operation = document?.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return [];
  const fieldsOf = (selectionSet: SelectionSetNode): string[] =>
    selectionSet.selections.flatMap((selection) =>
      selection.kind === Kind.FIELD
        ? selection.name.value === '__typename' ? [] : [selection.alias?.value ?? selection.name.value]
        : selection.kind === Kind.INLINE_FRAGMENT ? fieldsOf(selection.selectionSet) : [],
    );
  const representations = options.request.variables?.representations;
  if (!Array.isArray(representations)) return fieldsOf(operation.selectionSet).map((field) => [field]);
  const entities = operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD && s.name.value === '_entities');
  const fields = entities?.kind === Kind.FIELD && entities.selectionSet ? [...new Set(fieldsOf(entities.selectionSet))] : [];
  return representations.flatMap((_, index) => fields.map((field) => ['_entities', index, field]));
}

function isTimeout(error: unknown): boolean {
  const named = error as { name?: string; cause?: { name?: string } } | null;
  return named?.name === 'TimeoutError' || named?.name === 'AbortError' || named?.cause?.name === 'TimeoutError';
}

/** The errors a subgraph sent with a non-2xx status (a limit it refused), when there are any. */
function errorsInRefusal(error: unknown): Answer['errors'] | undefined {
  const errors = (error as { extensions?: { response?: { body?: { errors?: unknown } } } })?.extensions?.response?.body?.errors;
  return Array.isArray(errors) && errors.length ? (errors as Answer['errors']) : undefined;
}

/**
 * One subgraph call on behalf of a request. A subgraph that is down or slower than its deadline
 * does not sink the answer: every field asked of it comes back null with an error naming the
 * subgraph, carrying the field's path and a code of its own, so a front end can tell "not
 * available now" from "no record". Each call's time goes to the request log and to /metrics.
 */
export async function guardedSubgraphCall(
  subgraph: string,
  deadlineMs: number,
  options: GraphQLDataSourceProcessOptions,
  call: () => Promise<Answer>,
): Promise<Answer> {
  const started = process.hrtime.bigint();
  let outcome: SubgraphCallRecord['outcome'] = 'ok';
  try {
    refuseIfTooLarge();
    const answer = await call();
    if (answer.errors?.length) outcome = 'errors';
    return answer;
  } catch (error) {
    if ((error as { extensions?: { code?: string } })?.extensions?.code === RESPONSE_TOO_LARGE) {
      outcome = 'errors';
      const { message, extensions } = error as { message: string; extensions: Record<string, unknown> };
      return { errors: [{ message, extensions }] } as Answer;
    }
    const refused = errorsInRefusal(error);
    if (refused) {
      outcome = 'errors';
      return { errors: refused } as Answer;
    }
    const timedOut = isTimeout(error);
    outcome = timedOut ? 'timeout' : 'unavailable';
    const message = timedOut
      ? `The ${subgraph} service did not answer within ${deadlineMs} ms: its fields are missing from this answer, not empty.`
      : `The ${subgraph} service is not available now: its fields are missing from this answer, not empty.`;
    const code = timedOut ? SUBGRAPH_TIMEOUT : SUBGRAPH_UNAVAILABLE;
    const paths = askedPaths(options);
    const extensions = { code, subgraph };
    return { errors: paths.length ? paths.map((path) => ({ message, path, extensions })) : [{ message, extensions }] } as Answer;
  } finally {
    const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
    currentRecord()?.subgraphCalls.push({ subgraph, durationMs: Math.round(durationMs * 10) / 10, outcome });
    subgraphCallSeconds.observe({ subgraph, outcome }, durationMs / 1000);
  }
}

/** SUBGRAPH_DEADLINE_MS, or the default of platform/operation-limits.ts. */
export function subgraphDeadlineMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SUBGRAPH_DEADLINE_MS;
  if (raw === undefined || raw === '') return OPERATION_LIMITS.subgraphDeadlineMs;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`SUBGRAPH_DEADLINE_MS must be a whole number of milliseconds above 0, not "${raw}".`);
  return value;
}
