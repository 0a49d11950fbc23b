import { Field, ID, ObjectType } from 'type-graphql';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

@Guarded('employment-history')
@ObjectType()
export class WorkHistoryEntry {
  @NoPersonalData()
  @Field(() => ID)
  id: string;

  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field()
  employer: string;

  @Field()
  jobTitle: string;

  @Field()
  startedOn: string;

  @Field(() => String, { nullable: true })
  endedOn: string | null;
}
