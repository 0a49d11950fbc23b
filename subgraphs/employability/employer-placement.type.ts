import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

@Guarded('employment-history')
@ObjectType({ description: 'A work placement or work trial with an employer.' })
export class EmployerPlacement {
  @NoPersonalData()
  @Field(() => ID)
  id: string;

  @NoPersonalData()
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
