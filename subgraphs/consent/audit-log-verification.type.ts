import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum AuditCheckSource {
  /** Every entry against the leaf hash stored when it was appended, and the leaf indices without a gap. */
  ENTRIES = 'ENTRIES',
  /** The latest checkpoint in the hub's checkpoint store. */
  LATEST_CHECKPOINT = 'LATEST_CHECKPOINT',
  /** The checkpoint the reader handed in (one they kept). */
  HANDED_IN_CHECKPOINT = 'HANDED_IN_CHECKPOINT',
}

export enum AuditLogProblem {
  CHANGED_ENTRY = 'CHANGED_ENTRY',
  MISSING_RANGE = 'MISSING_RANGE',
  EMPTIED = 'EMPTIED',
  FORK = 'FORK',
  UNTRUSTED_CHECKPOINT = 'UNTRUSTED_CHECKPOINT',
  NO_CHECKPOINT = 'NO_CHECKPOINT',
}

registerEnumType(AuditCheckSource, {
  name: 'AuditCheckSource',
  description: 'What the audit log was checked against.',
  valuesConfig: {
    ENTRIES: { description: 'Every entry against the leaf hash stored when it was appended, and the leaf indices without a gap.' },
    LATEST_CHECKPOINT: { description: "The latest checkpoint in the hub's checkpoint store." },
    HANDED_IN_CHECKPOINT: { description: 'The checkpoint the reader handed in: one they kept.' },
  },
});

registerEnumType(AuditLogProblem, {
  name: 'AuditLogProblem',
  description: 'What broke (docs/AUDIT_LOG.md §6).',
  valuesConfig: {
    CHANGED_ENTRY: { description: 'An entry no longer says what was recorded (named when its stored hash was left alone; otherwise the range between two checkpoints).' },
    MISSING_RANGE: { description: 'Entries a checkpoint signed are gone: the end of the log (truncation), or a range from its middle.' },
    EMPTIED: { description: 'A checkpoint signed entries and the log has none.' },
    FORK: { description: 'Two checkpoints signed by the same key that cannot both hold: two different logs under one key.' },
    UNTRUSTED_CHECKPOINT: { description: "The checkpoint is not signed by this hub's checkpoint key, or is of another log." },
    NO_CHECKPOINT: { description: 'The log has entries and the store no checkpoint: nothing vouches for them.' },
  },
});

@ObjectType({ description: 'One check of the audit log against one source.' })
export class AuditCheck {
  @Field(() => AuditCheckSource)
  source: AuditCheckSource;

  @Field(() => Int, { nullable: true, description: 'Entries the checkpoint signs (null for ENTRIES, or a checkpoint that could not be read).' })
  treeSize: number | null;

  @Field(() => String, { nullable: true, description: "The checkpoint's root hash, base64." })
  rootHash: string | null;

  @Field()
  ok: boolean;

  @Field(() => AuditLogProblem, { nullable: true })
  problem: AuditLogProblem | null;

  @Field(() => Int, { nullable: true, description: 'The first entry (leaf index) the problem is about.' })
  fromEntry: number | null;

  @Field(() => Int, { nullable: true, description: 'The entry after the last one the problem is about: the range is [fromEntry, toEntry).' })
  toEntry: number | null;

  @Field(() => String, { nullable: true, description: 'What was found, in a sentence.' })
  detail: string | null;
}

@ObjectType({ description: 'The audit log as it stands, checked against the leaf hashes it stored, the latest stored checkpoint and a checkpoint the reader kept.' })
export class AuditLogVerification {
  @Field({ description: 'Every check passed.' })
  intact: boolean;

  @Field(() => Int, { description: 'Entries in the log now.' })
  treeSize: number;

  @Field({ description: 'The root hash (base64) of the log as its entries now read, recomputed from every entry.' })
  rootHash: string;

  @Field(() => Int, { description: 'Entries after the latest checkpoint: appended within the checkpoint delay, not vouched for yet.' })
  unvouchedEntries: number;

  @Field(() => [AuditCheck])
  checkedAgainst: AuditCheck[];

  @Field(() => [String], { description: 'Subgraphs that did not ship their audit outbox in time for this answer (docs/AUDIT_LOG.md, "The audit outbox"): their newest entries may be missing from it. Empty when every subgraph shipped.' })
  unshippedFrom: string[];
}
