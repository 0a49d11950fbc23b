import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { readSupergraph } from '../../gateway/supergraph-file';
import { accessRulesFromSupergraph, type AccessRule } from '../../schema/access-rules';
import { PageArgs } from '../kit/page.args';
import { verifyAuditChain } from './audit-chain';
import { AccessRuleEntry, AuditChainReport, AuditEvent, AuditEventPage } from './audit-event.type';
import { AuditEventFilter } from './audit.inputs';
import { toAuditEvent } from './audit-rows';
import type { ConsentContext } from './consent.context';

/** Read from the supergraph file once per process: it does not change while the hub runs. */
let accessRules: AccessRule[] | undefined;

/** What data-protection officers read: the rules, the log and its integrity (break-glass reviews: break-glass.resolver.ts). */
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
      db.auditEvent.findMany({ where, orderBy: { sequence: 'desc' }, take: limit, skip: offset }),
      db.auditEvent.count({ where }),
    ]);
    return { events: rows.map(toAuditEvent), total };
  }

  @Query(() => AuditChainReport, { description: 'Recomputes every hash of the audit log and names the first entry that breaks the chain.' })
  verifyAuditLog(@Ctx() { db }: ConsentContext) {
    return verifyAuditChain(db);
  }
}
