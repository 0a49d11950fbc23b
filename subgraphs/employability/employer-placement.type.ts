import { Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A work placement or work trial with an employer.' })
export class EmployerPlacement {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personId: string;

  @Field()
  employer: string;

  @Field()
  role: string;

  @Field()
  startedOn: string;

  @Field(() => String, { nullable: true })
  endedOn: string | null;

  @Field(() => Float, { nullable: true })
  hoursPerWeek: number | null;
}
