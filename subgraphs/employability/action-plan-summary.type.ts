import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';
import { ActionPlanProgress } from './action-plan-progress.type';

@Guarded('action-plan')
@ObjectType({
  description:
    "The person's whole action plan at a glance. A DROPPED goal is no longer part of the plan: it is counted in " +
    'goalsDropped only, and its steps are left out of `steps`.',
})
export class ActionPlanSummary {
  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field(() => Int, { description: 'Goals still part of the plan: NOT_STARTED, IN_PROGRESS or DONE.' })
  goalsTotal: number;

  @Field(() => Int)
  goalsDone: number;

  @Field(() => Int)
  goalsInProgress: number;

  @Field(() => Int)
  goalsNotStarted: number;

  @Field(() => Int)
  goalsDropped: number;

  @Field(() => Int, { description: 'Open goals whose due date has passed.' })
  goalsOverdue: number;

  @Field(() => ActionPlanProgress, { description: 'The steps of every goal still part of the plan.' })
  steps: ActionPlanProgress;

  @Field(() => String, {
    nullable: true,
    description: 'The earliest due date, today or later, of an open goal or step: when something is next due. Null if nothing is.',
  })
  nextDueOn: string | null;
}
