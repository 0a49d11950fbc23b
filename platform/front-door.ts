import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Express } from 'express';
import { errorMaskingPlugin, maskUnexpectedError } from './error-masking';
import { unhandledAsGraphQL } from './json-body';
import { serveMetrics } from './metrics';
import { blockFieldSuggestions, OPERATION_LIMITS, operationCostPlugin, operationLimitRules, type OperationLimits } from './operation-limits';
import { logEachRequest, requestRecordPlugin } from './request-log';
import { refuseTooLargeAnswers, resolvedFieldBudgetPlugin } from './response-size';

export interface FrontDoorSettings {
  /** `gateway`, or the subgraph's name: labels every log line and metric. */
  service: string;
  limits?: OperationLimits;
  /** Defaults to NODE_ENV=production, read when the server starts. */
  production?: boolean;
}

export const isProduction = () => process.env.NODE_ENV === 'production';

/**
 * What the gateway and every subgraph put in their ApolloServer options, in one piece: operation
 * limits, error masking, the request log's and the response-size plugins, and in production no
 * field suggestions.
 */
export function frontDoorServerOptions<Context extends BaseContext & { requestId?: string }>(settings: FrontDoorSettings) {
  const limits = settings.limits ?? OPERATION_LIMITS;
  const plugins: ApolloServerPlugin<Context>[] = [
    requestRecordPlugin<Context>(),
    errorMaskingPlugin<Context>(settings.service),
    operationCostPlugin<Context>(limits),
    refuseTooLargeAnswers<Context>(),
    ...(settings.service === 'gateway' ? [] : [resolvedFieldBudgetPlugin<Context>(limits.maxResolvedFields)]),
    ...((settings.production ?? isProduction()) ? blockFieldSuggestions<Context>() : []),
  ];
  return {
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: operationLimitRules(limits),
    formatError: maskUnexpectedError,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    plugins,
  } satisfies Partial<ApolloServerOptions<Context>>;
}

/** `/metrics` and the request log, before any route of the app. */
export function frontDoorRoutes(app: Express, service: string): void {
  app.get('/metrics', serveMetrics);
  app.use(logEachRequest(service));
}

/** After every route: nothing unhandled leaves as Express's HTML page. */
export function frontDoorFallback(app: Express): void {
  app.use(unhandledAsGraphQL);
}
