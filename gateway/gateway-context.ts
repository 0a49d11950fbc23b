import type { Caller } from '../platform/caller';

/** What the gateway knows about each request: who asks, with which token, under which request id. */
export interface GatewayContext {
  caller: Caller;
  /** The caller's own bearer token, forwarded to every subgraph, which verifies it again. */
  token: string;
  /** Made by the gateway for every request: the id the audit log joins the request's decisions by. */
  requestId: string;
  /** The caller's own `x-request-id`, if any: passed on as a correlation value only. */
  correlationId: string | null;
  /** Break-glass justification sent by the caller, forwarded to every subgraph. */
  breakGlassJustification: string | null;
}
