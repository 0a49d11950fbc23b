import { GraphQLError } from 'graphql';
import type { AccessAnswer } from './consent-decisions';
import type { SubgraphContext } from './context';
import { consentEnforced } from './consent-enforcement';

/** The error a refused access decision becomes: null when the answer allows it. */
export function refusalFor(answer: AccessAnswer, category: string, personId: string): GraphQLError | null {
  if (answer.allowed) return null;
  if (answer.unavailable) {
    return new GraphQLError('The consent service cannot be reached, so protected fields are withheld.', {
      extensions: { code: 'CONSENT_SERVICE_UNAVAILABLE', category, personId },
    });
  }
  return new GraphQLError(`Consent required: ${category}.`, {
    extensions: { code: 'CONSENT_REQUIRED', category, personId, reason: answer.reason },
  });
}

/**
 * For writes that change a category of someone's record (replacing a section of their story):
 * the writer must be allowed to read what they replace. Asked and logged like any read.
 */
export async function requireAccess(
  context: SubgraphContext<unknown, unknown>,
  personId: string,
  category: string,
  fieldPath: string,
): Promise<void> {
  if (!consentEnforced()) return;
  const refusal = refusalFor(await context.decisions.load({ personId, category, fieldPath }), category, personId);
  if (refusal) throw refusal;
}
