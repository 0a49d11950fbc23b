import { breakGlassProblem } from '../../platform/break-glass';
import { worksCases, type Caller } from '../../platform/caller';
import type { CallingService } from '../../platform/service-credentials';
import { AccessPurpose, AccessReason } from './access-decision.type';
import { questionKey } from '../kit/consent-decisions';
import type { AccessRequestInput } from './access-request.inputs';
import type { ConsentDb } from './database';

export interface Decision {
  personId: string;
  category: string;
  holdingAgencies: string[];
  purpose: AccessPurpose;
  allowed: boolean;
  reason: AccessReason;
  consentId: string | null;
}

const pairKey = (personId: string, category: string) => `${personId}|${category}`;

/** Who asks: the caller (from their token) through a subgraph (from its credential), in one request. */
export interface DecisionAsker {
  caller: Caller;
  callingService: CallingService;
  requestId: string;
  correlationId: string | null;
  breakGlassJustification: string | null;
}

/** Break-glass counts only for staff who work cases, and only with a justification a reviewer can judge. */
function usableJustification({ caller, breakGlassJustification }: DecisionAsker): string | null {
  if (!worksCases(caller) || !breakGlassJustification) return null;
  return breakGlassProblem(breakGlassJustification) === null ? breakGlassJustification : null;
}

/**
 * The access decision of the architecture, in its order, for a batch of (person, category)
 * questions from one subgraph request. The asking subgraph commits the audit entries of the
 * answers to its own outbox before it serves anything (kit/audit-outbox.ts).
 */
export async function decideAccess(db: ConsentDb, asker: DecisionAsker, questions: AccessRequestInput[]): Promise<Decision[]> {
  const { caller, callingService } = asker;
  // Only a service that holds shared records may say who holds one; from anyone else it is ignored.
  const asked = callingService.holdsSharedRecords ? questions : questions.map(({ holdingAgencies: _ignored, ...question }) => question);
  const unique = new Map(asked.map((request) => [questionKey(request), request]));
  const requests = [...unique.values()];
  const justification = usableJustification(asker);
  const staffAgency = caller.role === 'client' || caller.role === 'dpo' ? null : caller.agency;
  const people = [...new Set(requests.map((r) => r.personId))];
  const reads = requests.filter((r) => r.purpose !== AccessPurpose.WRITE);
  const consents =
    staffAgency && reads.length > 0 ? await db.activeConsents.find(staffAgency, people, [...new Set(reads.map((r) => r.category))]) : new Map<string, string>();
  const linked = staffAgency ? await db.activeLinks.linkedPeople(staffAgency, people) : new Set<string>();

  const decide = ({ personId, category, holdingAgencies, purpose }: AccessRequestInput): Decision => {
    const decision = (allowed: boolean, reason: AccessReason, consentId: string | null = null) => ({
      personId,
      category,
      holdingAgencies: holdingAgencies ?? [],
      purpose: purpose ?? AccessPurpose.READ,
      allowed,
      reason,
      consentId,
    });
    if (caller.role === 'client') {
      return caller.subject === personId ? decision(true, AccessReason.OWN_RECORD) : decision(false, AccessReason.NO_CONSENT);
    }
    if (caller.role === 'dpo') return decision(false, AccessReason.DPO_NO_CASE_DATA);
    // A write to an agency's records for a person: only while the agency works with them.
    if (purpose === AccessPurpose.WRITE) {
      return linked.has(personId) ? decision(true, AccessReason.LINKED_AGENCY) : decision(false, AccessReason.NO_LINK);
    }
    if (callingService.agency && caller.agency === callingService.agency) return decision(true, AccessReason.OWNING_AGENCY);
    if (caller.agency && holdingAgencies?.includes(caller.agency)) return decision(true, AccessReason.HOLDING_AGENCY);
    if (category === 'identity' && linked.has(personId)) return decision(true, AccessReason.LINKED_AGENCY);
    const consentId = consents.get(pairKey(personId, category));
    if (consentId) return decision(true, AccessReason.CONSENT, consentId);
    if (justification) return decision(true, AccessReason.BREAK_GLASS);
    return decision(false, AccessReason.NO_CONSENT);
  };

  // The asking subgraph records these decisions in its own audit outbox before serving anything (kit/consent-decisions.ts).
  return requests.map(decide);
}
