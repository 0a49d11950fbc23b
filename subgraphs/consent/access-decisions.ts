import { askedQuestions, decideQuestions, staffAgencyOf, type Decision, type DecisionAsker } from '../kit/access-decision-rules';
import type { AccessRequestInput } from './access-request.inputs';
import type { AuditRecorder } from '../kit/audit-recorder';
import type { ConsentDb } from './database';

export type { Decision, DecisionAsker };

const pairKey = (personId: string, category: string) => `${personId}|${category}`;

/**
 * The consent subgraph's own path to the access decision (`decideAccess`, for a service that asks
 * rather than deciding from its copy): the facts read from this database for the batch and the
 * rules of kit/access-decision-rules.ts. No subgraph of the hub asks any more (each decides from its
 * copy), but a decision given out is a decision logged: the entries go to this subgraph's own outbox
 * before the answer leaves, so `decideAccess` is no unlogged oracle for a service credential.
 */
export async function decideAccess(db: ConsentDb, recorder: AuditRecorder, asker: DecisionAsker, questions: AccessRequestInput[]): Promise<Decision[]> {
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
  const { decisions, entries } = decideQuestions(asker, requests, {
    consentFor: (personId, _agency, category) => consents.get(pairKey(personId, category)) ?? null,
    linked: (_agency, personId) => linked.has(personId),
  });
  await recorder.record(entries);
  return decisions;
}
