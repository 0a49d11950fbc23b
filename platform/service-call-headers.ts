import { BREAK_GLASS_HEADER } from './break-glass';
import { CORRELATION_ID_HEADER, HUB_REQUEST_ID_HEADER } from './request-ids';
import { SERVICE_CREDENTIAL_HEADER } from './service-credentials';

export interface OnBehalfOf {
  /** The caller's own bearer token: the service called verifies it and acts for that caller. */
  token: string;
  /** The calling service's own credential. */
  serviceCredential: string;
  requestId: string;
  correlationId: string | null;
  breakGlassJustification?: string | null;
}

/** The headers of every call one hub service makes to another for a caller: the gateway's to subgraphs, a subgraph's to consent. */
export function serviceCallHeaders(call: OnBehalfOf): Record<string, string> {
  return {
    authorization: `Bearer ${call.token}`,
    [SERVICE_CREDENTIAL_HEADER]: call.serviceCredential,
    [HUB_REQUEST_ID_HEADER]: call.requestId,
    ...(call.correlationId ? { [CORRELATION_ID_HEADER]: call.correlationId } : {}),
    ...(call.breakGlassJustification ? { [BREAK_GLASS_HEADER]: call.breakGlassJustification } : {}),
  };
}
