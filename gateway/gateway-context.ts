import type { Caller } from '../platform/caller';

/** What the gateway knows about each request: who asks, with which token, under which request id. */
export interface GatewayContext {
  caller: Caller;
  /** The caller's own bearer token, forwarded to every subgraph, which verifies it again. */
  token: string;
  requestId: string;
  /** Break-glass justification sent by the caller, forwarded to every subgraph. */
  breakGlassJustification: string | null;
}
