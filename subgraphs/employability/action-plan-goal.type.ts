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

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  dueOn: string | null;

  @Field(() => ActionPlanStatus)
  status: ActionPlanStatus;

  @Field(() => String, { nullable: true, description: 'The date the goal was marked DONE (or the date given then); null unless DONE.' })
  completedOn: string | null;
}
