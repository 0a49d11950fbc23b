import { Field, ID, ObjectType } from 'type-graphql';
import { ActionPlanStatus } from './employability.enums';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

@Guarded('action-plan')
@ObjectType({ description: 'One step towards an action-plan goal.' })
export class ActionPlanStep {
  @NoPersonalData()
  @Field(() => ID)
  id: string;

  @NoPersonalData()
  @Field(() => ID)
  goalId: string;

  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field()
  description: string;

  @Field({ description: 'Who will do it: the person, their keyworker or a partner, in plain words.' })
  owner: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  dueOn: string | null;

  @Field(() => ActionPlanStatus)
  status: ActionPlanStatus;

  @Field(() => String, { nullable: true, description: 'The date the step was marked DONE (or the date given then); null unless DONE.' })
  completedOn: string | null;
}
