import { GraphQLError } from 'graphql';
import type { AccessAnswer } from './consent-decisions';
import type { SubgraphContext } from './context';
import { consentEnforced } from './consent-enforcement';

/**
 * A refusal is an answer, not a fault: its stack trace would point into graphql-shield and say
 * nothing, and a caseload with many unconsented people builds hundreds of them per request.
 */
function withoutStack(make: () => GraphQLError): GraphQLError {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return make();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** The error a refused access decision becomes: null when the answer allows it. */
export function refusalFor(answer: AccessAnswer, category: string, personId: string): GraphQLError | null {
  if (answer.allowed) return null;
  return withoutStack(() => refusal(answer, category, personId));
}

function refusal(answer: AccessAnswer, category: string, personId: string): GraphQLError {
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

/**
 * For lists whose very entries are someone's data (a search's results, a person's referrals): each
 * entry is a read of `category`, decided and logged, and only the entries the caller may see come
 * back, so a refusal does not show that a record exists, how many there are, or when they were made.
 */
export async function onlyThoseMayBeSeen<Row extends { personId?: string; id?: string }>(
  context: SubgraphContext<unknown, unknown>,
  rows: Row[],
  category: string,
  fieldPath: string,
  holdingAgenciesOf: (row: Row) => string[] | undefined = () => undefined,
): Promise<Row[]> {
  if (!consentEnforced()) return rows;
  const answers = await Promise.all(
    rows.map((row) => context.decisions.load({ personId: (row.personId ?? row.id)!, category, fieldPath, holdingAgencies: holdingAgenciesOf(row) })),
  );
  return rows.filter((_row, index) => answers[index].allowed);
}
