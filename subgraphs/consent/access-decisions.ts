import { askedQuestions, decideQuestions, staffAgencyOf, type Decision, type DecisionAsker } from '../kit/access-decision-rules';
import type { AccessRequestInput } from './access-request.inputs';
import type { ConsentDb } from './database';

export type { Decision, DecisionAsker };

const pairKey = (personId: string, category: string) => `${personId}|${category}`;

/**
 * The consent subgraph's own path to the access decision (`decideAccess`, for a service that asks
 * rather than deciding from its copy): the facts read from this database for the batch and the
 * rules of kit/access-decision-rules.ts. The asking service commits the audit entries of the
 * answers to its own outbox before it serves anything (kit/audit-outbox.ts).
 */
export async function decideAccess(db: ConsentDb, asker: DecisionAsker, questions: AccessRequestInput[]): Promise<Decision[]> {
  const requests = askedQuestions(
    asker.callingService,
    questions.map(({ holdingAgencies, purpose, ...question }) => ({ ...question, holdingAgencies: holdingAgencies ?? undefined, purpose: purpose ?? undefined })),
  );
  const staffAgency = staffAgencyOf(asker.caller);
  const people = [...new Set(requests.map((r) => r.personId))];
  const reads = requests.filter((r) => r.purpose !== 'WRITE');
  const consents =
    staffAgency && reads.length > 0 ? await db.activeConsents.find(staffAgency, people, [...new Set(reads.map((r) => r.category))]) : new Map<string, string>();
  const linked = staffAgency ? await db.activeLinks.linkedPeople(staffAgency, people) : new Set<string>();
  const { decisions } = decideQuestions(asker, requests, {
    consentFor: (personId, _agency, category) => consents.get(pairKey(personId, category)) ?? null,
    linked: (_agency, personId) => linked.has(personId),
  });
  // The asking service records these decisions in its own audit outbox before serving anything (kit/audit-outbox.ts).
  return decisions;
}
