import { GraphQLError } from 'graphql';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { readSupergraph } from '../../gateway/supergraph-file';
import { accessRulesFromSupergraph, type AccessRule } from '../../schema/access-rules';
import { PageArgs } from '../kit/page.args';
import { verifyAuditChain } from './audit-chain';
import { AccessRuleEntry, AuditChainReport, AuditEvent, AuditEventPage } from './audit-event.type';
import { AuditEventFilter, BreakGlassReviewInput } from './audit.inputs';
import { toAuditEvent, withReview } from './audit-rows';
import type { ConsentContext } from './consent.context';

/** Read from the supergraph file once per process: it does not change while the hub runs. */
let accessRules: AccessRule[] | undefined;

/** What data-protection officers read: the rules, the log, its integrity, and break-glass to review. */
@Resolver()
export class AuditResolver {
  @Query(() => [AccessRuleEntry], { description: 'Every guarded field of the supergraph and the category that guards it.' })
  accessRules() {
    accessRules ??= accessRulesFromSupergraph(readSupergraph());
    return accessRules;
  }

  @Query(() => AuditEventPage, { description: 'The audit log, newest first.' })
  async auditEvents(
    @Ctx() { db }: ConsentContext,
    @Args() { limit, offset }: PageArgs,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter | null,
  ) {
    const where = {
      ...(filter?.person ? { personId: filter.person } : {}),
      ...(filter?.agency ? { agency: filter.agency } : {}),
      ...(filter?.subject ? { subject: filter.subject } : {}),
      ...(filter?.decision ? { decision: filter.decision } : {}),
      ...(filter?.from || filter?.to ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) } } : {}),
    };
    const [rows, total] = await db.$transaction([
      db.auditEvent.findMany({ where, include: withReview, orderBy: { sequence: 'desc' }, take: limit, skip: offset }),
      db.auditEvent.count({ where }),
    ]);
    return { events: rows.map(toAuditEvent), total };
  }

  @Query(() => AuditChainReport, { description: 'Recomputes every hash of the audit log and names the first entry that breaks the chain.' })
  verifyAuditLog(@Ctx() { db }: ConsentContext) {
    return verifyAuditChain(db);
  }

  @Query(() => [AuditEvent], { description: 'Break-glass accesses, oldest first; by default only those not yet reviewed.' })
  async breakGlassAccesses(
    @Ctx() { db }: ConsentContext,
    @Arg('pendingOnly', { defaultValue: true }) pendingOnly: boolean,
  ) {
    const rows = await db.auditEvent.findMany({
      where: { reason: 'BREAK_GLASS', ...(pendingOnly ? { breakGlassReview: null } : {}) },
      include: withReview,
      orderBy: { sequence: 'asc' },
      take: 1000,
    });
    return rows.map(toAuditEvent);
  }

  @Mutation(() => AuditEvent, { description: 'Records the DPO review of one break-glass access.' })
  async reviewBreakGlass(@Arg('input') input: BreakGlassReviewInput, @Ctx() { db, caller }: ConsentContext) {
    const event = await db.auditEvent.findUnique({ where: { sequence: input.sequence }, include: withReview });
    if (!event || event.reason !== 'BREAK_GLASS') {
      throw new GraphQLError(`No break-glass access with sequence ${input.sequence}.`, { extensions: { code: 'NOT_FOUND' } });
    }
    if (event.breakGlassReview) throw new GraphQLError('This access was reviewed already.', { extensions: { code: 'BAD_USER_INPUT' } });
    await db.breakGlassReview.create({ data: { auditSequence: input.sequence, reviewedBy: caller.subject, finding: input.finding } });
    return toAuditEvent((await db.auditEvent.findUnique({ where: { sequence: input.sequence }, include: withReview }))!);
  }
}
