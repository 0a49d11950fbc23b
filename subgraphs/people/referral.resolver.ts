import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';
import { onlyThoseMayBeSeen } from '../kit/consent-refusals';
import type { Referral as ReferralRow } from '../../prisma/people/client/client';
import type { PeopleContext } from './people.context';
import { Person } from './person.type';
import { CloseReferralArgs, CreateReferralInput, DeclineReferralArgs, ReferralArgs, ReferralInboxArgs } from './referral.inputs';
import { PageArgs } from '../kit/page.args';
import { createReferral, moveReferral } from './referrals';
import { OPEN_REFERRAL_STATUSES, Referral, ReferralStatus, ReferralStatusChange } from './referral.type';

const toReferral = (row: ReferralRow): Referral => ({
  ...row,
  status: row.status as ReferralStatus,
  sharedCategories: JSON.parse(row.sharedCategories) as string[],
  holdingAgencies: [row.fromAgency, row.toAgency],
});

const byAge = { orderBy: [{ createdAt: 'asc' as const }, { id: 'asc' as const }] };

@Resolver(() => Referral)
export class ReferralResolver {
  @Query(() => [Referral], { description: "Referrals sent to the caller's agency; open ones (SENT, ACCEPTED) unless statuses are given." })
  async referralInbox(@Ctx() { db, caller }: PeopleContext, @Args() { statuses, limit, offset }: ReferralInboxArgs) {
    const rows = await db.referral.findMany({ where: { toAgency: caller.agency!, status: { in: statuses ?? OPEN_REFERRAL_STATUSES } }, ...byAge, take: limit, skip: offset });
    return rows.map(toReferral);
  }

  @Query(() => [Referral], { description: "Referrals the caller's agency has made, newest last." })
  async referralsSent(@Ctx() { db, caller }: PeopleContext, @Args() { limit, offset }: PageArgs) {
    return (await db.referral.findMany({ where: { fromAgency: caller.agency! }, ...byAge, take: limit, skip: offset })).map(toReferral);
  }

  @Query(() => [Referral], {
    description:
      "The weekly multi-agency referral meeting: every open referral. Each member agency sees of the referral and of the person what the person agreed it may see, and nothing else.",
  })
  async referralPanel(@Ctx() context: PeopleContext, @Args() { limit, offset }: PageArgs) {
    // Paged after what the caller may see is chosen, so a short page never hints at hidden referrals.
    const open = (await context.db.referral.findMany({ where: { status: { in: OPEN_REFERRAL_STATUSES } }, ...byAge })).map(toReferral);
    const visible = await onlyThoseMayBeSeen(context, open, 'referral', 'Query.referralPanel', (referral) => referral.holdingAgencies);
    return visible.slice(offset, offset + limit);
  }

  @Mutation(() => Referral, { description: 'Refers the person to another agency and records their consent to share, in one step: both or neither.' })
  async createReferral(@Arg('input') input: CreateReferralInput, @Ctx() context: PeopleContext) {
    return toReferral(await createReferral(context, input));
  }

  @Mutation(() => Referral, { description: 'The receiving agency takes the person on: they join its caseload.' })
  async acceptReferral(@Args() { referralId }: ReferralArgs, @Ctx() context: PeopleContext) {
    return toReferral(await moveReferral(context, referralId, ReferralStatus.ACCEPTED, null));
  }

  @Mutation(() => Referral, { description: 'The receiving agency declines, saying why; the consent recorded with the referral is withdrawn.' })
  async declineReferral(@Args() { referralId, reason }: DeclineReferralArgs, @Ctx() context: PeopleContext) {
    return toReferral(await moveReferral(context, referralId, ReferralStatus.DECLINED, reason.trim()));
  }

  @Mutation(() => Referral, { description: 'The receiving agency closes an accepted referral with its outcome; the link the referral made ends.' })
  async closeReferral(@Args() { referralId, outcome }: CloseReferralArgs, @Ctx() context: PeopleContext) {
    return toReferral(await moveReferral(context, referralId, ReferralStatus.CLOSED, outcome.trim()));
  }

  @NoPersonalData()
  @FieldResolver(() => Person, { description: 'The person referred, showing what the caller may see of them.' })
  person(@Root() referral: Referral, @Ctx() { loaders }: PeopleContext) {
    return loaders.personById.load(referral.personId);
  }

  @Guarded('referral')
  @FieldResolver(() => [ReferralStatusChange], { description: 'Every status the referral has had, oldest first.' })
  history(@Root() referral: Referral, @Ctx() { loaders }: PeopleContext) {
    return loaders.referralHistory.load(referral.id);
  }
}

@Resolver(() => Person)
export class PersonReferralsResolver {
  @NoPersonalData()
  @FieldResolver(() => [Referral], {
    description: "Referrals of this person between agencies, oldest first: those the caller's agency holds, or may see by the person's consent to 'referral'.",
  })
  async referrals(@Root() person: Person, @Ctx() context: PeopleContext) {
    const referrals = (await context.loaders.referralsByPerson.load(person.id)).map(toReferral);
    return onlyThoseMayBeSeen(context, referrals, 'referral', 'Person.referrals', (referral) => referral.holdingAgencies);
  }
}
