import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AccessReason } from './access-decision.type';
import { BreakGlassFinding } from './break-glass-access.type';

/**
 * One access decision as the data-protection officer reads it. Served only to the DPO (role
 * rule on the queries that return it); `person` rather than `personId`, as this is a record of
 * an access, not one of the person's case records.
 */
@ObjectType()
export class AuditEvent {
  @Field(() => Int)
  sequence: number;

  @Field()
  at: Date;

  @Field({ description: 'Staff id, or person id of a client.' })
  subject: string;

  @Field(() => String, { nullable: true })
  agency: string | null;

  @Field()
  role: string;

  @Field(() => ID, { description: 'Whose data was asked for.' })
  person: string;

  @Field()
  subgraph: string;

  @Field()
  fieldPath: string;

  @Field()
  category: string;

  @Field()
  decision: string;

  @Field(() => AccessReason)
  reason: AccessReason;

  @Field(() => ID, { nullable: true })
  consentId: string | null;

  @Field(() => String, { nullable: true, description: 'Break-glass only: why the caller said they needed it.' })
  justification: string | null;

  @Field({ description: "The gateway's request id: every decision of one request shares it." })
  requestId: string;

  @Field(() => String, { nullable: true, description: "The caller's own x-request-id, if they sent one: for correlation only." })
  correlationId: string | null;

  @Field(() => Int, { description: "The entry's place in the Merkle log (docs/AUDIT_LOG.md): leaf 0 is the first entry ever recorded." })
  leafIndex: number;

  @Field({ description: 'SHA-256(0x00 || leaf) of the entry\'s canonical leaf, base64, as stored when it was appended.' })
  leafHash: string;
}

@ObjectType()
export class AuditEventPage {
  @Field(() => [AuditEvent])
  events: AuditEvent[];

  @Field(() => Int)
  total: number;

  @Field(() => [String], { description: 'Subgraphs that did not ship their audit outbox in time for this answer (docs/AUDIT_LOG.md, "The audit outbox"): their newest entries may be missing from it. Empty when every subgraph shipped.' })
  unshippedFrom: string[];
}

@ObjectType({ description: 'A guarded field, read from the supergraph.' })
export class AccessRuleEntry {
  @Field()
  type: string;

  @Field()
  field: string;

  @Field()
  subgraph: string;

  @Field()
  category: string;

  @Field({ description: 'A special category under UK GDPR Article 9 or 10.' })
  special: boolean;
}

@ObjectType({ description: 'Someone looking at (or being refused) a category of your data.' })
export class AccessLogEntry {
  @Field()
  at: Date;

  @Field(() => String, { nullable: true })
  agency: string | null;

  @Field()
  role: string;

  @Field()
  category: string;

  @Field()
  decision: string;

  @Field(() => AccessReason)
  reason: AccessReason;

  @Field(() => BreakGlassFinding, {
    nullable: true,
    description: "Break-glass only: the data-protection officer's finding once they have reviewed it.",
  })
  breakGlassFinding?: BreakGlassFinding | null;
}
