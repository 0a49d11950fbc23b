import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { AuthenticatedLocals } from './bearer-auth';
import { operationLabel, requestSeconds, requestsTotal } from './metrics';
import { currentRecord, runWithRecord, type RequestRecord } from './request-record';

const options = () => ({
  level: process.env.HUB_LOG_LEVEL ?? 'info',
  base: undefined,
  timestamp: pino.stdTimeFunctions.isoTime,
});

let logger: Logger | undefined;

/** The hub's one logger: JSON lines on stdout (HUB_LOG_LEVEL, read at the first line, sets the level; `silent` turns it off). */
export const hubLog = (): Logger => (logger ??= pino(options()));

/** Sends every later log line of this process to `stream` instead (the log test reads them). */
export function sendLogsTo(stream: DestinationStream, level = 'info'): void {
  logger = pino({ ...options(), level }, stream);
}

interface RecordedLocals extends Partial<AuthenticatedLocals> {
  requestRecord?: RequestRecord;
  /** A background call between services answered as expected (a consent copy's poll, several a second): counted, not logged. */
  routine?: boolean;
}

/** Marks this request as routine: no log line when it succeeds (its metrics still count). */
export const markRoutine = (res: Response) => {
  (res.locals as RecordedLocals).routine = true;
};

/**
 * One JSON line per HTTP request, written when the answer has gone: who asked (subject, agency,
 * role), which operation, how long it took, the outcome, error codes and, at the gateway, each
 * subgraph call's time. Never a value from the answer or the variables: they may be a person's.
 */
export function logEachRequest(service: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    const record: RequestRecord = {
      service,
      startedAt: process.hrtime.bigint(),
      errorCodes: [],
      subgraphCalls: [],
      subgraphBytes: 0,
    };
    (res.locals as RecordedLocals).requestRecord = record;
    res.on('finish', () => writeLine(record, res));
    runWithRecord(record, next);
  };
}

/**
 * Re-enters the request's record after the body has been read: stream callbacks run outside the
 * request's async context, so Apollo Server's plugins would not find it otherwise.
 */
export function resumeRequestRecord(_req: Request, res: Response, next: NextFunction) {
  const record = (res.locals as RecordedLocals).requestRecord;
  if (record) runWithRecord(record, next);
  else next();
}

/** Fills the record in from Apollo Server: the request id, the operation, the error codes. */
export function requestRecordPlugin<Context extends { requestId?: string; correlationId?: string | null }>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const record = currentRecord();
      if (record) {
        record.requestId = contextValue.requestId;
        record.correlationId = contextValue.correlationId ?? undefined;
      }
      return {
        async didResolveOperation({ operationName, operation }) {
          if (!record) return;
          record.operationName = operationName ?? operation?.name?.value ?? null;
          record.operationType = operation?.operation;
        },
        async willSendResponse({ response, operationName }) {
          if (!record) return;
          record.operationName ??= operationName ?? null;
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors ?? [] : [];
          record.errorCodes = [...new Set(errors.map((error) => String(error.extensions?.code ?? 'UNCODED')))];
        },
      };
    },
  };
}

function outcomeOf(record: RequestRecord, status: number): string {
  if (status >= 500 || record.errorCodes.includes('INTERNAL_SERVER_ERROR')) return 'error';
  if (status >= 400) return 'refused';
  return record.errorCodes.length ? 'partial' : 'ok';
}

function writeLine(record: RequestRecord, res: Response) {
  const durationMs = Number(process.hrtime.bigint() - record.startedAt) / 1e6;
  const caller = (res.locals as RecordedLocals).caller;
  const outcome = outcomeOf(record, res.statusCode);
  const operation = operationLabel(record.operationName);
  requestsTotal.inc({ service: record.service, operation, outcome });
  requestSeconds.observe({ service: record.service, operation }, durationMs / 1000);
  if ((res.locals as RecordedLocals).routine && res.statusCode < 400) return;
  hubLog().info(
    {
      service: record.service,
      requestId: record.requestId,
      correlationId: record.correlationId,
      caller: caller ? { subject: caller.subject, agency: caller.agency, role: caller.role } : null,
      operation: record.operationName?.slice(0, 64) ?? null,
      operationType: record.operationType,
      status: res.statusCode,
      outcome,
      errorCodes: record.errorCodes,
      durationMs: Math.round(durationMs * 10) / 10,
      ...(record.subgraphCalls.length ? { subgraphs: record.subgraphCalls } : {}),
      ...(record.consentUnavailable ? { consentUnavailable: record.consentUnavailable } : {}),
    },
    'request',
  );
}
