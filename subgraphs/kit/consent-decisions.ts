import DataLoader from 'dataloader';
import { consentDecisionsTotal } from '../../platform/metrics';
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

/** How long a decision waits for a lapsed copy's renewal before refusing as unavailable. */
const RENEWAL_WAIT_MS = 1000;

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
    if (!(await copy.whenCurrent(RENEWAL_WAIT_MS))) return questions.map(() => unavailable);
    const requests = askedQuestions(source.callingService, questions);
    const { decisions, entries } = decideQuestions(source, requests, copy);
    try {
      await source.auditRecorder.record(entries);
    } catch {
      return questions.map(() => unavailable);
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

const unavailable: AccessAnswer = { allowed: false, unavailable: true, reason: 'CONSENT_SERVICE_UNAVAILABLE' };
