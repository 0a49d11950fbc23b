import { serviceCallHeaders, type OnBehalfOf } from '../../platform/service-call-headers';
import type { AccessQuestion } from './consent-decisions';

const DECIDE = `mutation Decide($input: AccessQuestionInput!) { decideAccess(input: $input) { allowed } }`;

/**
 * INTERIM, until the audit outbox (kit/audit-outbox.ts) is merged: the decisions made locally are
 * logged by asking the consent subgraph the same questions, which appends its own entries. Removed
 * when `context.auditRecorder` records them locally.
 */
export async function logThroughConsent(consentUrl: string, call: OnBehalfOf, questions: readonly AccessQuestion[]): Promise<void> {
  const response = await fetch(consentUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...serviceCallHeaders(call) },
    body: JSON.stringify({
      query: DECIDE,
      variables: {
        input: {
          requests: questions.map(({ holdingAgencies, purpose, ...question }) => ({
            ...question,
            ...(holdingAgencies?.length ? { holdingAgencies } : {}),
            ...(purpose === 'WRITE' ? { purpose } : {}),
          })),
        },
      },
    }),
    signal: AbortSignal.timeout(5000),
  });
  const body = (await response.json()) as { data?: unknown };
  if (!response.ok || !body.data) throw new Error(`consent subgraph answered ${response.status}`);
}
