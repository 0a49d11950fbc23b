import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { OPERATION_LIMIT_EXCEEDED } from './operation-limits';
import { hubLog } from './request-log';
import { nameInvalidVariable } from './variable-errors';

export const INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR';

// graphql-js's own words ("more that" in 16.x).
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

/**
 * A deliberate error is a GraphQLError thrown with a code of its own (consent, input, limits...),
 * or one a subgraph sent with its code (the gateway holds those as plain objects). An Error of any
 * other class (Prisma's, fetch's, a TypeError) never is, whatever properties it carries.
 */
function isDeliberate(code: unknown, error: unknown): boolean {
  if (!code || code === INTERNAL_SERVER_ERROR) return false;
  const original = unwrapResolverError(error);
  return original instanceof GraphQLError || !(original instanceof Error);
}

/** The limit's own error, which Apollo wraps as a validation error under a code of its own. */
function limitRefusal(error: unknown): GraphQLError | undefined {
  for (let current = error; current instanceof GraphQLError; current = current.originalError) {
    if (current.extensions?.code === OPERATION_LIMIT_EXCEEDED && current.extensions.limit) return current;
  }
  return undefined;
}

/**
 * Apollo Server's `formatError` for the gateway and every subgraph: an error that is not a
 * deliberate GraphQL error (Prisma, the database driver, fetch, a bug) reaches the caller as
 * INTERNAL_SERVER_ERROR and nothing else; `errorMaskingPlugin` adds the request id and logs the
 * original. Refusals by a limit get their own code back (Apollo files them under validation).
 */
export function maskUnexpectedError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const refusal = limitRefusal(error);
  if (refusal) {
    return { message: formatted.message, extensions: { code: OPERATION_LIMIT_EXCEEDED, limit: refusal.extensions.limit, maximum: refusal.extensions.maximum } };
  }
  const tokens = TOKEN_LIMIT.exec(formatted.message);
  if (tokens) {
    return {
      message: `The operation has more tokens than the ${tokens[1]} allowed.`,
      extensions: { code: OPERATION_LIMIT_EXCEEDED, limit: 'tokens', maximum: Number(tokens[1]) },
    };
  }
  if (isDeliberate(formatted.extensions?.code, error)) return nameInvalidVariable(formatted);
  return { message: 'Internal error.', ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: INTERNAL_SERVER_ERROR } };
}

/** Logs each unexpected error in full with the request id, and gives the caller that id to quote. */
export function errorMaskingPlugin<Context extends { requestId?: string }>(service: string): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (isDeliberate(error.extensions?.code, error) || limitRefusal(error)) continue;
            hubLog().error({ service, requestId: contextValue?.requestId, path: error.path, err: unwrapResolverError(error) }, 'unexpected error');
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) =>
            error.extensions?.code === INTERNAL_SERVER_ERROR
              ? { ...error, extensions: { code: INTERNAL_SERVER_ERROR, requestId: contextValue?.requestId } }
              : error,
          );
        },
      };
    },
  };
}
