import { GraphQLError } from 'graphql';
import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { readSupergraph } from '../../gateway/supergraph-file';
import { accessRulesFromSupergraph, type AccessRule } from '../../schema/access-rules';
import { PageArgs } from '../kit/page.args';
import { AuditExportArgs } from './audit-export.args';
import { AccessRuleEntry, AuditEvent, AuditEventPage } from './audit-event.type';
import { AuditLogExportPage } from './audit-log-export.type';
import { auditLogExportPage } from './audit-log-export-page';
import { verifyAuditLog } from './audit-log-verification';
import { AuditLogVerification } from './audit-log-verification.type';
import { AuditEventFilter } from './audit.inputs';
import { toAuditEvent } from './audit-rows';
import type { ConsentContext } from './consent.context';
import type { AuditLog } from './database';

/** Read from the supergraph file once per process: it does not change while the hub runs. */
let accessRules: AccessRule[] | undefined;

function servedLog({ db }: ConsentContext): AuditLog {
  if (!db.audit) throw new GraphQLError('The audit log is not served by this process.');
  return db.audit;
}

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
    const unshippedFrom = await db.flushAuditOutboxes();
    const [rows, total] = await db.$transaction([
      db.auditEvent.findMany({ where, orderBy: { sequence: 'desc' }, take: limit, skip: offset }),
      db.auditEvent.count({ where }),
    ]);
    return { events: rows.map(toAuditEvent), total, unshippedFrom };
  }

  @Query(() => AuditLogVerification, {
    description:
      'Recomputes every entry of the audit log and checks it against the leaf hashes stored with it, the latest stored checkpoint and, if given, ' +
      'a checkpoint you kept; names what broke: a changed entry, a missing range, an emptied log or a fork (docs/AUDIT_LOG.md §6).',
  })
  async verifyAuditLog(
    @Ctx() context: ConsentContext,
    @Arg('checkpoint', () => String, { nullable: true, description: 'A signed checkpoint you kept (the note, as fetched), to check the log against.' }) checkpoint?: string | null,
  ) {
    const log = servedLog(context);
    const unshippedFrom = await context.db.flushAuditOutboxes();
    return { ...(await verifyAuditLog(context.db, log, checkpoint ?? null)), unshippedFrom };
  }

  @Query(() => AuditLogExportPage, { description: 'One page of the audit log export (docs/AUDIT_LOG.md §5), for `npm run fetch-audit` and `npm run verify-audit`.' })
  async auditLogExport(@Ctx() context: ConsentContext, @Args() { from, limit }: AuditExportArgs) {
    const log = servedLog(context);
    // The first page: entries shipped later come after the pages already fetched, in leaf order.
    if (!from) await context.db.flushAuditOutboxes();
    return auditLogExportPage(context.db, log, from, limit);
  }

  @Query(() => String, {
    description:
      "The verifier key of the audit log's checkpoints (name+hash+key, docs/AUDIT_LOG.md §4). Check it against a copy from outside the hub before trusting proofs with it.",
  })
  auditCheckpointKey(@Ctx() context: ConsentContext) {
    return servedLog(context).settings.signer.verifierKey;
  }
}
