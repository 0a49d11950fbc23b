import { Field, ID, ObjectType } from 'type-graphql';
import { ActionPlanStatus } from './employability.enums';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

@Guarded('action-plan')
@ObjectType({ description: "A goal of the person's personalised action plan; its steps say how it will be reached." })
export class ActionPlanGoal {
  @NoPersonalData()
  @Field(() => ID)
  id: string;

  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field()
  title: string;

  @Field({ description: 'Who is responsible: the person, their keyworker or a partner, in plain words.' })
  owner: string;

  @Field(() => String, { nullable: true })
  dueOn: string | null;

  @Field(() => ActionPlanStatus)
  status: ActionPlanStatus;
}
