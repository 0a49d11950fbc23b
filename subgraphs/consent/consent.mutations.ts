import { GraphQLError } from 'graphql';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Caller } from '../../platform/caller';
import type { ConsentContext } from './consent.context';
import { GrantConsentInput, WithdrawConsentInput } from './consent.inputs';
import { toConsent, withCategories } from './consent-rows';
import { Consent } from './consent.type';
import { mayRecord, mayWithdraw } from './consent-permissions';
import { consentChangeOf } from './consent-feed';
import { withFeedChange } from './consent-feed-writes';

const consentData = (input: GrantConsentInput, caller: Caller) => ({
  personId: input.personId,
  agency: input.agency,
  purpose: input.purpose,
  expiresAt: input.expiresAt ?? null,
  evidence: input.evidence,
  evidenceNote: input.evidenceNote?.trim() || null,
  recordedBy: caller.subject,
  recordedByAgency: caller.role === 'client' ? null : caller.agency,
  categories: {
    create: input.categories.map((category) => ({ category, personId: input.personId, agency: input.agency })),
  },
});

@Resolver()
export class ConsentMutations {
  @Mutation(() => Consent, {
    description:
      'Records a consent the person has given: by the person themselves, or by staff of an agency that works with them (an open link), saying how it was given.',
  })
  async grantConsent(@Arg('input') input: GrantConsentInput, @Ctx() { db, caller }: ConsentContext) {
    await mayRecord(db, caller, input);
    const created = await withFeedChange(db, async (tx) => {
      const row = await tx.consent.create({ data: consentData(input, caller), include: withCategories });
      return { result: row, feed: consentChangeOf(row, row.categories.map((c) => c.category)) };
    });
    return toConsent(created);
  }

  @Mutation(() => Consent, {
    description:
      'Withdraws a consent: it stops counting from the next request. Open to the person, the agency that recorded it and the agency it was given to.',
  })
  async withdrawConsent(@Arg('input') input: WithdrawConsentInput, @Ctx() { db, caller }: ConsentContext) {
    const existing = await db.consent.findUnique({ where: { id: input.consentId } });
    // Someone else's consent answers as one that does not exist: a refusal says nothing about it.
    if (!existing || existing.personId !== input.personId || !mayWithdraw(caller, existing)) {
      throw new GraphQLError(`No consent ${input.consentId} for person ${input.personId}.`, {
        extensions: { code: 'NOT_FOUND', field: 'consentId' },
      });
    }
    const alreadyWithdrawn = () =>
      new GraphQLError(`Consent ${input.consentId} was already withdrawn.`, { extensions: { code: 'BAD_USER_INPUT', field: 'consentId' } });
    if (existing.withdrawnAt) throw alreadyWithdrawn();
    // Conditional in the database: of two withdrawals at once (on two replicas), one wins and the other is told.
    // Returns only once every subgraph's consent copy has the withdrawal (consent-feed-writes.ts).
    const withdrawn = await withFeedChange(db, async (tx) => {
      const { count } = await tx.consent.updateMany({
        where: { id: input.consentId, withdrawnAt: null },
        data: { withdrawnAt: new Date(), withdrawnBy: caller.subject, withdrawalReason: input.reason ?? null },
      });
      if (count === 0) throw alreadyWithdrawn();
      const row = (await tx.consent.findUnique({ where: { id: input.consentId }, include: withCategories }))!;
      return { result: row, feed: consentChangeOf(row, row.categories.map((c) => c.category)) };
    });
    return toConsent(withdrawn);
  }
}
