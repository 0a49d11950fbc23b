import type { TokenClaims } from '../hub/tokens';
import { askGateway, type AnswerError, type GatewayAnswer } from './gateway-client';
import { errorSummary, type Printer } from './narration';

/** Mints a bearer token for the given claims (the embedded hub's local key, or a test hub's). */
export type TokenFor = (claims: TokenClaims) => Promise<string>;

/** Someone at a screen: who they are in words, and the claims their sign-in gives them. */
export interface User {
  who: string;
  claims: TokenClaims;
}

export interface AskOptions<Data> {
  /**
   * The fields the narration says the hub refuses (CONSENT_REQUIRED). Each must be refused, and
   * nothing else may fail: an answer that no longer matches the story stops the demo.
   */
  refuses?: string[];
  /**
   * For a list holding other people too (an inbox on a hub in use): the path of the entry the story
   * follows, e.g. `referralInbox.2`. Only it is shown and held to `refuses`; other entries may only
   * carry refusals (CONSENT_REQUIRED), their people's own consent choices.
   */
  followed?: (data: Data) => string;
  /** The part of the data worth printing. */
  show?: (data: Data) => unknown;
}

/** The demo went off script: the hub answered something the narration does not say. */
export class OffScriptError extends Error {}

const isRefusal = (error: AnswerError) => error.extensions?.code === 'CONSENT_REQUIRED';
const refusedField = (error: AnswerError) => (isRefusal(error) ? String(error.path?.[error.path.length - 1]) : undefined);

function checkAgainstScript(answer: GatewayAnswer, followedErrors: AnswerError[], otherErrors: AnswerError[], refuses: string[]): void {
  const unexpected = [
    ...followedErrors.filter((error) => !refuses.includes(refusedField(error) ?? '')),
    ...otherErrors.filter((error) => !isRefusal(error)),
  ];
  const missing = refuses.filter((field) => !followedErrors.some((error) => refusedField(error) === field));
  if (answer.data === null || unexpected.length > 0 || missing.length > 0) {
    const problems = [
      ...(answer.data === null ? ['the answer has no data'] : []),
      ...unexpected.map((error) => `unexpected error: ${JSON.stringify(errorSummary(error))}`),
      ...missing.map((field) => `${field} was expected to be refused with CONSENT_REQUIRED, and was not`),
    ];
    throw new OffScriptError(`The hub's answer does not match the demo's story:\n  ${problems.join('\n  ')}`);
  }
}

/** Picks what to print and check: the part of the answer the story follows. */
function followedPart<Data>(answer: GatewayAnswer<Data>, options: AskOptions<Data>) {
  if (answer.data === null) return { data: null, errors: answer.errors, otherErrors: [] };
  try {
    const prefix = options.followed?.(answer.data);
    const inFollowed = (error: AnswerError) => prefix === undefined || `${error.path?.join('.')}.`.startsWith(`${prefix}.`);
    return {
      data: options.show ? options.show(answer.data) : answer.data,
      errors: answer.errors.filter(inFollowed),
      otherErrors: answer.errors.filter((error) => !inFollowed(error)),
    };
  } catch {
    // The answer is not shaped as the story expects: print it all; the check says what went wrong.
    return { data: answer.data, errors: answer.errors, otherErrors: [] };
  }
}

/** Asks the gateway as a user, prints the exchange, and insists the answer is the one the narration tells. */
export function frontEnd(gatewayUrl: string, tokenFor: TokenFor, printer: Printer) {
  return async function ask<Data = any>(
    user: User,
    query: string,
    variables: Record<string, unknown> = {},
    options: AskOptions<Data> = {},
  ): Promise<GatewayAnswer<Data>> {
    const answer = await askGateway<Data>(gatewayUrl, await tokenFor(user.claims), query, variables);
    const { data, errors, otherErrors } = followedPart(answer, options);
    printer.exchange({ who: user.who, query, variables, answer, shown: { data, errors } });
    checkAgainstScript(answer, errors, otherErrors, options.refuses ?? []);
    return answer;
  };
}
