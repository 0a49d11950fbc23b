import { AsyncLocalStorage } from 'node:async_hooks';

export interface SubgraphCallRecord {
  subgraph: string;
  durationMs: number;
  outcome: 'ok' | 'errors' | 'timeout' | 'unavailable';
}

/**
 * What one HTTP request did, filled in as it goes (by the token check, by Apollo Server's
 * plugins, by the gateway's subgraph calls) and written as one log line when it ends. Carried in
 * AsyncLocalStorage, so no code between the HTTP server and a subgraph call has to pass it on.
 */
export interface RequestRecord {
  service: string;
  startedAt: bigint;
  /** The hub's own request id, once the GraphQL context has one. */
  requestId?: string;
  /** The caller's `x-request-id`, kept only as a correlation value. */
  correlationId?: string;
  caller?: { subject: string; agency: string | null; role: string };
  operationName?: string | null;
  operationType?: string;
  errorCodes: string[];
  subgraphCalls: SubgraphCallRecord[];
  /** Bytes of subgraph answers received so far (the gateway's response-size budget). */
  subgraphBytes: number;
  /** Why guarded fields were refused as CONSENT_SERVICE_UNAVAILABLE (copy not current, or the audit outbox failing). */
  consentUnavailable?: string;
  /** The answer has outgrown its budget: no further subgraph is called. */
  tooLarge?: { maximum: number; unit: string };
}

const storage = new AsyncLocalStorage<RequestRecord>();

export const runWithRecord = <T>(record: RequestRecord, run: () => T): T => storage.run(record, run);

/** The record of the request being served, if this code runs inside one. */
export const currentRecord = (): RequestRecord | undefined => storage.getStore();
