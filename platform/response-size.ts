import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { currentRecord } from './request-record';

export const RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE';

export const responseTooLarge = (maximum: number, unit: string) =>
  new GraphQLError(`The answer would be larger than the ${maximum} ${unit} allowed: ask for fewer items or fewer fields.`, {
    extensions: { code: RESPONSE_TOO_LARGE, maximum, unit },
  });

/**
 * At a subgraph: counts the fields resolved for one request and, past `maxFields`, fails every
 * further field at once, so the answer stops growing instead of being built in full;
 * `refuseTooLargeAnswers` then sends only the refusal.
 */
export function resolvedFieldBudgetPlugin<Context extends BaseContext>(maxFields: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let resolved = 0;
      return {
        async executionDidStart() {
          return {
            willResolveField() {
              resolved += 1;
              if (resolved > maxFields) throw responseTooLarge(maxFields, 'fields');
            },
          };
        },
      };
    },
  };
}

/**
 * At the gateway: adds a subgraph answer's size to the request's total and refuses the request
 * once the total passes `maxBytes`, before the answer is read.
 */
export function chargeSubgraphBytes(bytes: number, maxBytes: number): void {
  const record = currentRecord();
  if (!record) return;
  record.subgraphBytes += bytes;
  if (record.subgraphBytes > maxBytes) record.tooLarge = { maximum: maxBytes, unit: 'bytes' };
  refuseIfTooLarge();
}

/** Before each subgraph call: once the answer has outgrown its budget, nothing more is fetched. */
export function refuseIfTooLarge(): void {
  const tooLarge = currentRecord()?.tooLarge;
  if (tooLarge) throw responseTooLarge(tooLarge.maximum, tooLarge.unit);
}

/** An answer with a RESPONSE_TOO_LARGE error is sent as that error alone: no half-built data. */
export function refuseTooLargeAnswers<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const refusal = response.body.singleResult.errors?.find((error) => error.extensions?.code === RESPONSE_TOO_LARGE);
          if (!refusal) return;
          const { message, extensions } = refusal;
          response.body.singleResult = { errors: [{ message, extensions: { code: RESPONSE_TOO_LARGE, maximum: extensions?.maximum, unit: extensions?.unit } }] };
        },
      };
    },
  };
}
