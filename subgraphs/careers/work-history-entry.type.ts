import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType()
export class WorkHistoryEntry {
  @Field(() => ID)
  id: string;

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
