import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AccessLogProof } from './access-log-proof.type';
import { encodeAuditLeaf, type AuditLeafFields } from './audit-log/audit-leaf';
import { AccessLogEntry } from './audit-event.type';
import type { ConsentContext } from './consent.context';

/** An access-log entry as `Person.accessLog` reads it: the whole audit row, of which the person's entry shows a part. */
type AccessLogRow = AccessLogEntry & AuditLeafFields & { leafIndex: number };

@Resolver(() => AccessLogEntry)
export class AccessLogProofResolver {
  @FieldResolver(() => AccessLogProof, {
    nullable: true,
    description:
      "The proof that this entry is in the audit log, checked against the latest signed checkpoint (docs/AUDIT_LOG.md). Null for a moment after it is recorded, until the next checkpoint.",
  })
  proof(@Root() entry: AccessLogRow, @Ctx() { loaders }: ConsentContext) {
    return loaders.accessLogProofs?.proofOf(entry.leafIndex, encodeAuditLeaf(entry)) ?? null;
  }
}
