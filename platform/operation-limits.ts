import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { operationCost } from './operation-cost';

/**
 * Every limit the front door sets, in one place: the gateway and every subgraph apply the same
 * ones (a subgraph can be reached directly). Each was chosen so that every query the demo, the
 * tests and the benchmark send passes with room to spare (README, "Limits and errors").
 */
export const OPERATION_LIMITS = {
  /** Fields nested inside one another; the deepest query the demo, tests and benchmark send is 6 deep. */
  maxDepth: 10,
  /** Aliased fields in one operation. */
  maxAliases: 15,
  /** Lexical tokens in one document (graphql-js stops parsing past it); the single view has about 420. */
  maxTokens: 1_000,
  /** Directives (`@include`, `@skip`, ...) in one operation. */
  maxDirectives: 20,
  /**
   * Estimated objects and fields an answer may hold (platform/operation-cost.ts). The benchmark's
   * caseload of 1,000 (every per-person list of every subgraph) is estimated at 2.2 million.
   */
  maxCost: 5_000_000,
  /** A list field without a `limit` argument is assumed to hold this many items. */
  assumedListSize: 10,
  /** Fields one subgraph may resolve for one request before the answer is refused as too large. */
  maxResolvedFields: 250_000,
  /** Bytes of subgraph answers the gateway accepts for one request before refusing it as too large. */
  maxResponseBytes: 16 * 1024 * 1024,
  /** A request body larger than this is refused with REQUEST_TOO_LARGE. */
  maxBodyBytes: 1024 * 1024,
  /** How long the gateway waits for one subgraph call (SUBGRAPH_DEADLINE_MS overrides it). */
  subgraphDeadlineMs: 10_000,
};

export type OperationLimits = typeof OPERATION_LIMITS;

/** Every refusal by a limit carries this code, the limit's name and its maximum. */
export const OPERATION_LIMIT_EXCEEDED = 'OPERATION_LIMIT_EXCEEDED';

export function limitExceeded(limit: string, maximum: number, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: OPERATION_LIMIT_EXCEEDED, limit, maximum, http: { status: 400 } } });
}

/** graphql-armor's rules, reporting a coded error instead of throwing, so the answer is a 400. */
function armorRule(limit: string, maximum: number, what: string, rule: (options: any) => (context: ValidationContext) => unknown): ValidationRule {
  return rule({
    n: maximum,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null) =>
        context?.reportError(limitExceeded(limit, maximum, `The operation has more ${what} than the ${maximum} allowed.`)),
    ],
  }) as ValidationRule;
}

export function operationLimitRules(limits: OperationLimits = OPERATION_LIMITS): ValidationRule[] {
  return [
    armorRule('depth', limits.maxDepth, 'levels of nested fields', maxDepthRule),
    armorRule('aliases', limits.maxAliases, 'aliases', maxAliasesRule),
    armorRule('directives', limits.maxDirectives, 'directives', maxDirectivesRule),
  ];
}

/**
 * The cost limit, checked once the operation is known and before anything runs (so at the
 * gateway, before any subgraph is called): variables are known by then, `limit: $n` included.
 */
export function operationCostPlugin<Context extends BaseContext>(limits: OperationLimits = OPERATION_LIMITS): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation, request.variables ?? {}, limits.assumedListSize);
          if (cost > limits.maxCost) {
            throw limitExceeded('cost', limits.maxCost, `The operation would cost ${Math.round(cost)}, more than the ${limits.maxCost} allowed: ask for fewer items (a smaller limit) or fewer fields.`);
          }
        },
      };
    },
  };
}

/** graphql-armor's suggestion blocker: no `Did you mean "person"?` in production. */
export const blockFieldSuggestions = <Context extends BaseContext>(): ApolloServerPlugin<Context>[] =>
  new ApolloArmor({
    blockFieldSuggestion: { enabled: true },
    costLimit: { enabled: false },
    maxAliases: { enabled: false },
    maxDepth: { enabled: false },
    maxDirectives: { enabled: false },
    maxTokens: { enabled: false },
  }).protect().plugins as ApolloServerPlugin<Context>[];
