import { Field, ID, ObjectType } from 'type-graphql';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

@Guarded('education')
@ObjectType({ description: 'A careers guidance meeting.' })
export class GuidanceSession {
  @NoPersonalData()
  @Field(() => ID)
  id: string;

  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field()
  heldOn: string;

  @Field({ description: 'Staff id of the careers adviser.' })
  adviser: string;

  @Field()
  summary: string;

  @Field(() => String, { nullable: true })
  nextSteps: string | null;
}
