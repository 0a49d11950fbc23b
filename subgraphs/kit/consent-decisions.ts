import DataLoader from 'dataloader';
import { consentDecisionsTotal } from '../../platform/metrics';
import { currentRecord } from '../../platform/request-record';
import { hubLog } from '../../platform/request-log';
import type { AuditRecorder } from './audit-recorder';
import { askedQuestion, askedQuestions, decideQuestions, type DecisionAsker } from './access-decision-rules';
import type { ConsentCopy } from './consent-copy';

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

/** Who asks and where the facts come from: one request's caller through this subgraph, decided on its consent copy. */
export interface DecisionSource extends DecisionAsker {
  copy: ConsentCopy;
  /** Where the decisions' audit entries are made durable before any answer leaves. */
  auditRecorder: AuditRecorder;
}

/**
 * How long a decision waits for a lapsed copy's renewal before refusing as unavailable: a process
 * that stalled under load gets its renewal in; a failed poll refuses at once (whenCurrent).
 * Well inside the gateway's 10 s subgraph deadline.
 */
const RENEWAL_WAIT_MS = 3000;

/** The most questions one decision batch may carry: a caseload of 1,000 people asks about 15,000. */
export const MAX_ACCESS_QUESTIONS = 20_000;

/**
 * One per subgraph request: every (person, category) a request touches is decided in one batch
 * (DataLoader), each pair once however many fields need it, here in the subgraph from its consent
 * copy by the one set of rules (access-decision-rules.ts). No answer leaves before the batch's
 * audit entries are recorded; a copy that is not current, or a recorder that fails, refuses them all.
 */
export function createDecisionLoader(source: DecisionSource): DataLoader<AccessQuestion, AccessAnswer, string> {
  return new DataLoader<AccessQuestion, AccessAnswer, string>(
    async (questions) => countedDecisions(source.callingService.name, await decide(questions)),
    { cacheKeyFn: questionKey, maxBatchSize: MAX_ACCESS_QUESTIONS },
  );

  async function decide(questions: readonly AccessQuestion[]): Promise<AccessAnswer[]> {
    const { copy } = source;
    if (!(await copy.whenCurrent(RENEWAL_WAIT_MS))) {
      const cause = `consent copy ${copy.describe()}`;
      // A copy whose polls fail has warned once already; one that lapsed while polls succeed (a stall) warns here.
      if (copy.syncing()) hubLog().warn({ subgraph: source.callingService.name, requestId: source.requestId, cause }, 'guarded fields refused: consent copy not current');
      return refusedUnavailable(questions, cause);
    }
    const requests = askedQuestions(source.callingService, questions);
    const { decisions, entries } = decideQuestions(source, requests, copy);
    try {
      await source.auditRecorder.record(entries);
    } catch (error) {
      const cause = `audit outbox: ${error instanceof Error ? error.message : String(error)}`;
      hubLog().error({ subgraph: source.callingService.name, requestId: source.requestId, cause }, 'guarded fields refused: their audit entries could not be recorded');
      return refusedUnavailable(questions, cause);
    }
    const answers = new Map(decisions.map((d) => [questionKey(d), d]));
    return questions.map((question) => {
      const answer = answers.get(questionKey(askedQuestion(source.callingService, question)));
      return answer ? { allowed: answer.allowed, unavailable: false, reason: answer.reason } : unavailable;
    });
  }
}

function countedDecisions(subgraph: string, answers: AccessAnswer[]): AccessAnswer[] {
  for (const answer of answers) {
    consentDecisionsTotal.inc({ subgraph, outcome: answer.allowed ? 'allowed' : answer.unavailable ? 'unavailable' : 'denied' });
  }
  return answers;
}

/** Every question refused as unavailable; why goes on the request's log line, never to the caller. */
function refusedUnavailable(questions: readonly AccessQuestion[], cause: string): AccessAnswer[] {
  const record = currentRecord();
  if (record) record.consentUnavailable = cause;
  return questions.map(() => unavailable);
}

const unavailable: AccessAnswer = { allowed: false, unavailable: true, reason: 'CONSENT_SERVICE_UNAVAILABLE' };
