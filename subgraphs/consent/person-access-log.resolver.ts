import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Guarded } from '../kit/consent-decorators';
import type { AccessReason } from './access-decision.type';
import type { BreakGlassFinding } from './break-glass-access.type';
import { AccessLogEntry } from './audit-event.type';
import type { ConsentContext } from './consent.context';
import { PersonStub } from './person.stub';

@Resolver(() => PersonStub)
export class PersonAccessLogResolver {
  @Guarded('identity')
  @FieldResolver(() => [AccessLogEntry], {
    description: 'Who looked at (or was refused) which categories of your data, newest first. Only you can read it.',
  })
  async accessLog(@Root() person: PersonStub, @Ctx() { db }: ConsentContext) {
    // Every subgraph's outbox first: a look shows up at once, shipped or not.
    await db.flushAuditOutboxes();
    const rows = await db.auditEvent.findMany({ where: { personId: person.id }, orderBy: { sequence: 'desc' }, take: 500 });
    const urgent = [...new Set(rows.filter((row) => row.reason === 'BREAK_GLASS').map((row) => row.requestId))];
    const reviews = urgent.length ? await db.breakGlassAccess.findMany({ where: { requestId: { in: urgent } } }) : [];
    const findings = new Map(reviews.map((review) => [review.requestId, review.finding as BreakGlassFinding | null]));
    return rows.map((row) => ({
      ...row,
      reason: row.reason as AccessReason,
      breakGlassFinding: row.reason === 'BREAK_GLASS' ? (findings.get(row.requestId) ?? null) : null,
    }));
  }
}
