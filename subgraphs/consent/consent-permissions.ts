import { GraphQLError } from 'graphql';
import type { Caller } from '../../platform/caller';
import type { ConsentDb } from './database';
import { ConsentEvidence } from './consent.type';

/**
 * Who may record and withdraw a consent (THREAT_MODEL.md). The person, always, for themselves.
 * Staff only for a person their agency works with now (an open link), saying how the person gave
 * it; a consent is what the person agreed, never what an agency grants itself.
 */
const refused = (message: string, field: string) => new GraphQLError(message, { extensions: { code: 'FORBIDDEN', field } });

export async function mayRecord(db: ConsentDb, caller: Caller, consent: { personId: string; evidence: ConsentEvidence; evidenceNote?: string | null }): Promise<void> {
  if (caller.role === 'client') {
    if (caller.subject !== consent.personId) throw refused('A person may record consents only for themselves.', 'personId');
    if (consent.evidence !== ConsentEvidence.DIGITAL_SELF_SERVICE) {
      throw new GraphQLError('A consent you record yourself has evidence DIGITAL_SELF_SERVICE.', { extensions: { code: 'BAD_USER_INPUT', field: 'evidence' } });
    }
    return;
  }
  if (caller.role === 'dpo' || !caller.agency) throw refused('A data-protection officer does not record consents.', 'personId');
  if (!(await db.activeLinks.isLinked(caller.agency, consent.personId))) {
    throw refused(
      `Your agency does not work with this person, so it cannot record a consent for them: register them, accept a referral, or ask them to link ${caller.agency}.`,
      'personId',
    );
  }
  if (consent.evidence === ConsentEvidence.DIGITAL_SELF_SERVICE) {
    throw new GraphQLError('DIGITAL_SELF_SERVICE is for consents the person records themselves: say how they gave it to you.', {
      extensions: { code: 'BAD_USER_INPUT', field: 'evidence' },
    });
  }
  if (!consent.evidenceNote?.trim()) {
    throw new GraphQLError('A consent recorded by staff needs evidenceNote: when, where and how the person gave it.', {
      extensions: { code: 'BAD_USER_INPUT', field: 'evidenceNote' },
    });
  }
}

/** The person, the agency that recorded the consent, and the agency it was given to. */
export function mayWithdraw(caller: Caller, consent: { personId: string; agency: string; recordedByAgency: string | null }): boolean {
  if (caller.role === 'client') return caller.subject === consent.personId;
  if (caller.role === 'dpo' || !caller.agency) return false;
  return caller.agency === consent.agency || caller.agency === consent.recordedByAgency;
}
