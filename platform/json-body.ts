import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { OPERATION_LIMITS } from './operation-limits';
import { hubLog, resumeRequestRecord } from './request-log';
import { currentRecord, type RequestRecord } from './request-record';

/** Sends one GraphQL error as JSON, whatever went wrong below Apollo Server. */
export function sendGraphQLError(res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  const record = (res.locals as { requestRecord?: RequestRecord }).requestRecord ?? currentRecord();
  if (record) record.errorCodes = [code];
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
}

function requireJson(req: Request, res: Response, next: NextFunction) {
  if (req.method !== 'POST' || req.is('application/json')) return next();
  sendGraphQLError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the GraphQL request as JSON (Content-Type: application/json).');
}

/**
 * body-parser's failures as GraphQL errors in JSON, never Express's HTML page with its stack:
 * invalid JSON, a body over the limit, a character set it cannot read.
 */
function bodyErrorsAsGraphQL(error: any, _req: Request, res: Response, next: NextFunction) {
  if (res.headersSent) return next(error);
  switch (error?.type) {
    case 'entity.parse.failed':
      return sendGraphQLError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
    case 'entity.too.large':
      return sendGraphQLError(res, 413, 'REQUEST_TOO_LARGE', `The request body is larger than the ${error.limit} bytes allowed.`, {
        maximum: error.limit,
      });
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return sendGraphQLError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'The request body must be UTF-8 JSON.');
    default:
      return sendGraphQLError(res, typeof error?.status === 'number' && error.status < 500 ? error.status : 400, 'BAD_REQUEST', 'The request could not be read.');
  }
}

/** What stands between the token check and Apollo Server on `/graphql`, at the gateway and every subgraph. */
export function graphqlBody(maxBytes = OPERATION_LIMITS.maxBodyBytes): RequestHandler[] {
  return [requireJson, express.json({ limit: maxBytes }), bodyErrorsAsGraphQL as unknown as RequestHandler, resumeRequestRecord];
}

/** The last handler of every app: anything unhandled becomes a coded JSON error, not an HTML page. */
export function unhandledAsGraphQL(error: unknown, _req: Request, res: Response, next: NextFunction) {
  if (res.headersSent) return next(error);
  hubLog().error({ err: error, correlationId: currentRecord()?.correlationId }, 'unhandled error below GraphQL');
  sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal error.');
}
