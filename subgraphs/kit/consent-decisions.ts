import DataLoader from 'dataloader';
import { serviceCallHeaders, type OnBehalfOf } from '../../platform/service-call-headers';
import { consentDecisionsTotal } from '../../platform/metrics';
import type { Caller } from '../../platform/caller';
import type { AuditEntry, AuditRecorder } from './audit-recorder';

export interface AccessQuestion {
  personId: string;
  category: string;
  fieldPath: string;
  /** Agencies that hold this very record as their own (both sides of a referral), beyond the subgraph's owner. */
  holdingAgencies?: string[];
  /** WRITE: the agency is about to write the person's records (link-required.ts); READ unless said. */
  purpose?: 'READ' | 'WRITE';
}

/** One question per (person, category, holding agencies, purpose): asked once however many fields need it. */
export const questionKey = (question: { personId: string; category: string; holdingAgencies?: string[] | null; purpose?: string | null }) =>
  `${question.personId}|${question.category}|${[...(question.holdingAgencies ?? [])].sort().join(',')}|${question.purpose ?? 'READ'}`;

export interface AccessAnswer {
  allowed: boolean;
  /** True when the consent subgraph could not be asked: the field is refused, unlogged data never leaves. */
  unavailable: boolean;
  reason: string;
}

/**
 * Who asks: the caller's token (the consent subgraph decides for that caller) and the asking
 * subgraph's credential (from which the consent subgraph takes the subgraph's name and agency).
 */
export interface DecisionSource extends OnBehalfOf {
  consentUrl: string;
  /** The asking subgraph's name: its audit entries name it (consent takes it from the credential when they are shipped). */
  subgraph: string;
  /** The caller the decisions are for, as the audit entries record them. */
  caller: Caller;
  /** This subgraph's audit outbox: every decision is durable there before any answer is used. */
  auditRecorder: AuditRecorder;
}

/** The most questions one decision batch may carry: a caseload of 1,000 people asks about 15,000. */
export const MAX_ACCESS_QUESTIONS = 20_000;

const DECIDE = `mutation Decide($input: AccessQuestionInput!) {
  decideAccess(input: $input) { personId category holdingAgencies purpose allowed reason consentId }
}`;

/**
 * One per subgraph request: every (person, category) a request touches is asked of the consent
 * subgraph in one batch (DataLoader), and each pair is asked once however many fields need it.
 */
export function createDecisionLoader(source: DecisionSource): DataLoader<AccessQuestion, AccessAnswer, string> {
  return new DataLoader<AccessQuestion, AccessAnswer, string>(
    async (questions) => countedDecisions(source.subgraph, await decide(questions)),
    { cacheKeyFn: questionKey, maxBatchSize: MAX_ACCESS_QUESTIONS },
  );

  async function decide(questions: readonly AccessQuestion[]): Promise<AccessAnswer[]> {
    try {
      const response = await fetch(source.consentUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...serviceCallHeaders(source) },
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
      const body = (await response.json()) as {
        data?: {
          decideAccess: Array<{ personId: string; category: string; holdingAgencies: string[]; purpose: string; allowed: boolean; reason: string; consentId: string | null }>;
        };
      };
      if (!response.ok || !body.data) throw new Error(`consent subgraph answered ${response.status}`);
      const answers = new Map(body.data.decideAccess.map((d) => [questionKey(d), d]));
      const decided = questions.map((question) => ({ question, answer: answers.get(questionKey(question)) }));
      // Nothing is served unlogged: the decisions are committed to this subgraph's outbox before any is used.
      const at = new Date();
      await source.auditRecorder.record(
        decided.flatMap(({ question, answer }): AuditEntry[] =>
          answer
            ? [{
                at,
                subject: source.caller.subject,
                agency: source.caller.agency ?? null,
                role: source.caller.role,
                personId: question.personId,
                subgraph: source.subgraph,
                fieldPath: question.fieldPath,
                category: question.category,
                decision: answer.allowed ? 'ALLOWED' : 'DENIED',
                reason: answer.reason,
                consentId: answer.consentId ?? null,
                justification: answer.reason === 'BREAK_GLASS' ? (source.breakGlassJustification ?? null) : null,
                requestId: source.requestId,
                correlationId: source.correlationId,
              }]
            : [],
        ),
      );
      return decided.map(({ answer }) => (answer ? { allowed: answer.allowed, unavailable: false, reason: answer.reason } : unavailable));
    } catch {
      return questions.map(() => unavailable);
    }
  }
}

function countedDecisions(subgraph: string, answers: AccessAnswer[]): AccessAnswer[] {
  for (const answer of answers) {
    consentDecisionsTotal.inc({ subgraph, outcome: answer.allowed ? 'allowed' : answer.unavailable ? 'unavailable' : 'denied' });
  }
  return answers;
}

const unavailable: AccessAnswer = { allowed: false, unavailable: true, reason: 'CONSENT_SERVICE_UNAVAILABLE' };
