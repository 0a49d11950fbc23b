import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

/** One page of the audit log's export, by leaf index. */
@ArgsType()
export class AuditExportArgs {
  @Field(() => Int, { defaultValue: 0, description: 'The first entry (leaf index) of the page.' })
  @Min(0)
  from: number;

  @Field(() => Int, { defaultValue: 5000 })
  @Min(1)
  @Max(10_000)
  limit: number;
}
