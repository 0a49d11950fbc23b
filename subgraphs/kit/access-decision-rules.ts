import { breakGlassProblem } from '../../platform/break-glass';
import { worksCases, type Caller } from '../../platform/caller';
import type { CallingService } from '../../platform/service-credentials';
import type { AuditLeafFields } from '../consent/audit-log/audit-leaf';
import { questionKey, type AccessQuestion } from './consent-decisions';

/**
 * The access decision of ARCHITECTURE.md ("The access decision"), the one copy of its rules:
 * used by every subgraph on its local consent copy (consent-copy.ts) and by the consent
 * subgraph's own `decideAccess` on its database. Pure: what it needs to know of consents and
 * links comes in through `AccessFacts`, and it answers decisions with their audit entries.
 */

/** Why a field was served or refused: the last column of every audit entry (the enum of access-decision.type.ts). */
export type AccessReason =
  | 'OWN_RECORD' | 'DPO_NO_CASE_DATA' | 'OWNING_AGENCY' | 'HOLDING_AGENCY' | 'LINKED_AGENCY'
  | 'CONSENT' | 'BREAK_GLASS' | 'NO_CONSENT' | 'NO_LINK';

export interface Decision {
  personId: string;
  category: string;
  holdingAgencies: string[];
  purpose: 'READ' | 'WRITE';
  allowed: boolean;
  reason: AccessReason;
  consentId: string | null;
}

/** What a decision needs to know: read from the consent subgraph's database, or from a subgraph's copy of it. */
export interface AccessFacts {
  /** The active consent of the person to the agency for the category, if any. */
  consentFor(personId: string, agency: string, category: string): string | null;
  /** Whether the agency works with the person now (an open link). */
  linked(agency: string, personId: string): boolean;
}

/** Who asks: the caller (from their token) through a subgraph (from its credential), in one request. */
export interface DecisionAsker {
  caller: Caller;
  callingService: CallingService;
  requestId: string;
  correlationId: string | null;
  breakGlassJustification: string | null;
}

/** Break-glass counts only for staff who work cases, and only with a justification a reviewer can judge. */
export function usableJustification({ caller, breakGlassJustification }: Pick<DecisionAsker, 'caller' | 'breakGlassJustification'>): string | null {
  if (!worksCases(caller) || !breakGlassJustification) return null;
  return breakGlassProblem(breakGlassJustification) === null ? breakGlassJustification : null;
}

/** A question as decided: only a service that holds shared records may say who holds one; from anyone else it is ignored. */
export const askedQuestion = (callingService: CallingService, question: AccessQuestion): AccessQuestion => {
  if (callingService.holdsSharedRecords) return question;
  const { holdingAgencies: _ignored, ...asked } = question;
  return asked;
};

/** The questions as decided: one per key, holding agencies dropped unless the service may name them. */
export function askedQuestions(callingService: CallingService, questions: readonly AccessQuestion[]): AccessQuestion[] {
  const asked = questions.map((question) => askedQuestion(callingService, question));
  return [...new Map(asked.map((question) => [questionKey(question), question])).values()];
}

/** The agency whose consents and links count for this caller: none for the person themselves or a DPO. */
export const staffAgencyOf = (caller: Caller): string | null => (caller.role === 'client' || caller.role === 'dpo' ? null : caller.agency);

/**
 * Decides a batch of questions (already through `askedQuestions`) in the architecture's order,
 * and gives the audit entry of each decision, to be made durable before any answer leaves.
 */
export function decideQuestions(asker: DecisionAsker, requests: readonly AccessQuestion[], facts: AccessFacts, at = new Date()): { decisions: Decision[]; entries: AuditLeafFields[] } {
  const { caller, callingService } = asker;
  const justification = usableJustification(asker);
  const staffAgency = staffAgencyOf(caller);

  const decide = ({ personId, category, holdingAgencies, purpose }: AccessQuestion): Decision => {
    const decision = (allowed: boolean, reason: AccessReason, consentId: string | null = null): Decision => ({
      personId,
      category,
      holdingAgencies: holdingAgencies ?? [],
      purpose: purpose ?? 'READ',
      allowed,
      reason,
      consentId,
    });
    if (caller.role === 'client') {
      return caller.subject === personId ? decision(true, 'OWN_RECORD') : decision(false, 'NO_CONSENT');
    }
    if (caller.role === 'dpo') return decision(false, 'DPO_NO_CASE_DATA');
    const linked = staffAgency !== null && facts.linked(staffAgency, personId);
    // A write to an agency's records for a person: only while the agency works with them.
    if (purpose === 'WRITE') return linked ? decision(true, 'LINKED_AGENCY') : decision(false, 'NO_LINK');
    if (callingService.agency && caller.agency === callingService.agency) return decision(true, 'OWNING_AGENCY');
    if (caller.agency && holdingAgencies?.includes(caller.agency)) return decision(true, 'HOLDING_AGENCY');
    if (category === 'identity' && linked) return decision(true, 'LINKED_AGENCY');
    const consentId = staffAgency ? facts.consentFor(personId, staffAgency, category) : null;
    if (consentId) return decision(true, 'CONSENT', consentId);
    if (justification) return decision(true, 'BREAK_GLASS');
    return decision(false, 'NO_CONSENT');
  };

  const decisions = requests.map(decide);
  const entries = decisions.map((decision, index): AuditLeafFields => ({
    at,
    subject: caller.subject,
    agency: caller.agency,
    role: caller.role,
    personId: decision.personId,
    subgraph: callingService.name,
    fieldPath: requests[index].fieldPath,
    category: decision.category,
    decision: decision.allowed ? 'ALLOWED' : 'DENIED',
    reason: decision.reason,
    consentId: decision.consentId,
    justification: decision.reason === 'BREAK_GLASS' ? justification : null,
    requestId: asker.requestId,
    correlationId: asker.correlationId,
  }));
  return { decisions, entries };
}
