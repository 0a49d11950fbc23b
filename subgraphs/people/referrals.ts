import { GraphQLError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { forbidden } from '../kit/access-rules';
import { requireLink } from '../kit/link-required';
import { LinkMadeHow, withLinkWrites } from './agency-links';
import type { PeopleContext } from './people.context';
import type { CreateReferralInput } from './referral.inputs';
import { ReferralStatus } from './referral.type';

const badInput = (message: string, field: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });

/**
 * Records a referral and, in the same step, the person's consent for the receiving agency to see
 * the shared categories. Both or neither: the consent is recorded first, and withdrawn again if
 * the referral cannot be saved. The referral itself is held by both agencies (see toReferral).
 */
export async function createReferral(context: PeopleContext, input: CreateReferralInput) {
  const { db, caller, consentLedger, loaders } = context;
  const fromAgency = caller.agency!;
  if (input.toAgency === fromAgency) throw badInput('toAgency is your own agency: a referral goes to another agency.', 'toAgency');
  if (!(await loaders.personById.load(input.personId))) {
    throw new GraphQLError(`No person with id ${input.personId}.`, { extensions: { code: 'NOT_FOUND', field: 'personId' } });
  }
  // Only an agency working with the person refers them (and the consent it records needs that too).
  await requireLink(context, input.personId, 'referral', 'Mutation.createReferral');
  const id = randomUUID();
  const consentId =
    input.share.length === 0
      ? null
      : await consentLedger.grant({
          personId: input.personId,
          agency: input.toAgency,
          categories: input.share,
          purpose: `Referral ${id} from ${fromAgency} to ${input.toAgency}`,
          evidence: 'REFERRAL_FORM',
          evidenceNote: input.consentNote,
        });
  try {
    return await db.referral.create({
      data: {
        id,
        personId: input.personId,
        fromAgency,
        referredBy: caller.subject,
        toAgency: input.toAgency,
        reason: input.reason.trim(),
        sharedCategories: JSON.stringify(input.share),
        consentId,
        status: ReferralStatus.SENT,
        history: { create: { status: ReferralStatus.SENT, changedBy: caller.subject, changedByAgency: fromAgency } },
      },
    });
  } catch (error) {
    if (consentId) {
      await consentLedger.withdraw(consentId, input.personId, 'The referral it was recorded with could not be saved.').catch((undone) => {
        console.error(`Consent ${consentId} stands without its referral ${id}: withdrawing it failed (${(undone as Error).message}).`);
      });
    }
    throw error;
  }
}

const allowedMoves: Record<string, ReferralStatus[]> = {
  [ReferralStatus.ACCEPTED]: [ReferralStatus.SENT],
  [ReferralStatus.DECLINED]: [ReferralStatus.SENT],
  [ReferralStatus.CLOSED]: [ReferralStatus.ACCEPTED],
};

/**
 * The receiving agency accepts, declines or closes a referral. Accepting links the agency to the
 * person (their caseload); closing ends the link the referral made: the work is over. Declining
 * withdraws the consent recorded with the referral: its purpose has gone.
 */
export async function moveReferral(
  { db, caller, consentLedger }: PeopleContext,
  referralId: string,
  to: ReferralStatus.ACCEPTED | ReferralStatus.DECLINED | ReferralStatus.CLOSED,
  note: string | null,
) {
  const referral = await db.referral.findUnique({ where: { id: referralId } });
  if (!referral) throw new GraphQLError(`No referral with id ${referralId}.`, { extensions: { code: 'NOT_FOUND', field: 'referralId' } });
  if (referral.toAgency !== caller.agency) throw forbidden(`Only staff of ${referral.toAgency}, the receiving agency, may do this.`);
  if (!allowedMoves[to].includes(referral.status as ReferralStatus)) {
    throw badInput(`The referral is ${referral.status}: only a ${allowedMoves[to].join(' or ')} referral can become ${to}.`, 'referralId');
  }
  // The ledger is written inside the transaction: if withdrawing fails, the status does not change;
  // if the commit failed after it, the referral would stay open with less shared, never more.
  return withLinkWrites(db, consentLedger, async (tx, links) => {
    // Checked again as part of the write, so two people answering at once cannot both move it.
    const { count } = await tx.referral.updateMany({ where: { id: referralId, status: { in: allowedMoves[to] } }, data: { status: to } });
    if (count === 0) throw badInput(`The referral changed while you were answering it: it is no longer ${referral.status}.`, 'referralId');
    await tx.referralStatusChange.create({
      data: { referralId, status: to, note, changedBy: caller.subject, changedByAgency: caller.agency! },
    });
    if (to === ReferralStatus.ACCEPTED) {
      await links.open({ personId: referral.personId, agency: caller.agency!, madeHow: LinkMadeHow.REFERRAL_ACCEPTED, linkedBy: caller.subject, referralId });
    }
    if (to === ReferralStatus.CLOSED) {
      await links.end(referral.personId, caller.agency!, { endedBy: caller.subject, endReason: `Referral closed: ${note}`, referralId });
    }
    if (to === ReferralStatus.DECLINED && referral.consentId) {
      await consentLedger.withdraw(referral.consentId, referral.personId, `Referral ${referralId} was declined.`);
    }
    return tx.referral.findUniqueOrThrow({ where: { id: referralId } });
  });
}
