import { randomUUID } from 'node:crypto';
import type { CallingService } from './service-credentials';

/** The request id the audit log joins a request's decisions by: made by the gateway. */
export const HUB_REQUEST_ID_HEADER = 'x-hub-request-id';
/** A caller's own request id: kept beside the hub's, as a correlation value only. */
export const CALLER_REQUEST_ID_HEADER = 'x-request-id';
/** How the gateway and the subgraphs pass the caller's correlation value on. */
export const CORRELATION_ID_HEADER = 'x-correlation-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CORRELATION_ID = /^[\x21-\x7e]{1,128}$/;

type HeaderReader = (name: string) => string | undefined;

/**
 * A hub request id is trusted only from a hub service (the gateway, or a subgraph passing on the
 * gateway's id): a caller cannot make one request pass for another. Anyone else gets a new one.
 */
export function hubRequestId(header: HeaderReader, callingService: CallingService | null): string {
  const sent = header(HUB_REQUEST_ID_HEADER);
  return callingService && sent && UUID.test(sent) ? sent : randomUUID();
}

/** The caller's own id, as a hub service passed it on, or as the caller sent it directly; printable and short, else dropped. */
export function correlationId(header: HeaderReader, callingService: CallingService | null): string | null {
  const sent = callingService ? header(CORRELATION_ID_HEADER) : header(CALLER_REQUEST_ID_HEADER);
  return sent && CORRELATION_ID.test(sent) ? sent : null;
}
