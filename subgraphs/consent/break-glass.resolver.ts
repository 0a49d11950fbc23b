import { GraphQLError } from 'graphql';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { BreakGlassAccess } from './break-glass-access.type';
import { withWhatTheyOpened } from './break-glass-accesses';
import { BreakGlassReviewInput } from './audit.inputs';
import type { ConsentContext } from './consent.context';

/** The data-protection officer's review of urgent looks: one item per request that broke the glass. */
@Resolver()
export class BreakGlassResolver {
  @Query(() => [BreakGlassAccess], { description: 'Break-glass requests, oldest first; by default only those not yet reviewed.' })
  async breakGlassAccesses(@Ctx() { db }: ConsentContext, @Arg('pendingOnly', { defaultValue: true }) pendingOnly: boolean) {
    // Review items open when break-glass entries arrive: every outbox first (docs/AUDIT_LOG.md §9).
    await db.flushAuditOutboxes();
    const rows = await db.breakGlassAccess.findMany({
      where: pendingOnly ? { reviewedAt: null } : {},
      orderBy: [{ at: 'asc' }, { requestId: 'asc' }],
      take: 1000,
    });
    return withWhatTheyOpened(db, rows);
  }

  @Mutation(() => BreakGlassAccess, { description: 'Records the finding of a review of one break-glass request.' })
  async reviewBreakGlass(@Arg('input') input: BreakGlassReviewInput, @Ctx() { db, caller }: ConsentContext) {
    await db.flushAuditOutboxes();
    const existing = await db.breakGlassAccess.findUnique({ where: { requestId: input.requestId } });
    if (!existing) {
      throw new GraphQLError(`No break-glass request ${input.requestId}.`, { extensions: { code: 'NOT_FOUND', field: 'requestId' } });
    }
    const reviewedAlready = () =>
      new GraphQLError('This request was reviewed already.', { extensions: { code: 'BAD_USER_INPUT', field: 'requestId' } });
    if (existing.reviewedAt) throw reviewedAlready();
    // Conditional in the database: of two reviews at once (on two replicas), one is recorded and the other told.
    const { count } = await db.breakGlassAccess.updateMany({
      where: { requestId: input.requestId, reviewedAt: null },
      data: { reviewedAt: new Date(), reviewedBy: caller.subject, finding: input.finding, reviewNote: input.note },
    });
    if (count === 0) throw reviewedAlready();
    const reviewed = (await db.breakGlassAccess.findUnique({ where: { requestId: input.requestId } }))!;
    return (await withWhatTheyOpened(db, [reviewed]))[0];
  }
}
