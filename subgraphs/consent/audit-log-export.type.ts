import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One entry of the export: its canonical leaf and the leaf hash stored when it was appended (docs/AUDIT_LOG.md §5).' })
export class AuditLogExportEntry {
  @Field(() => Int)
  index: number;

  @Field({ description: 'The canonical leaf (docs/AUDIT_LOG.md §1), base64.' })
  leaf: string;

  @Field({ description: 'The leaf hash the hub stored when appending it, base64.' })
  leafHash: string;
}

@ObjectType({
  description:
    'One page of the export file of docs/AUDIT_LOG.md §5. `npm run fetch-audit` joins the pages into the file `npm run verify-audit` reads: ' +
    'the entries of every page in order, and the checkpoints of every page.',
})
export class AuditLogExportPage {
  @Field({ description: 'one-story-hub/audit-log-export/v1' })
  format: string;

  @Field()
  origin: string;

  @Field({ description: "The checkpoint key's verifier key, as the hub names it: a DPO pins their own copy." })
  checkpointKey: string;

  @Field()
  exportedAt: Date;

  @Field(() => Int, { description: 'Entries in the log when this page was read.' })
  treeSize: number;

  @Field(() => [AuditLogExportEntry])
  entries: AuditLogExportEntry[];

  @Field(() => [String], { description: 'The stored checkpoints whose size falls in this page, oldest first, as signed notes; the last page also carries the latest.' })
  checkpoints: string[];

  @Field(() => Int, { nullable: true, description: 'Pass as `after` for the next page; null on the last.' })
  nextAfter: number | null;
}
