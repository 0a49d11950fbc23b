import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

@Guarded('action-plan')
@ObjectType({
  description:
    'How far a set of action-plan steps has got. Dropped steps are no longer part of the plan: they are counted in ' +
    'stepsDropped only, so "stepsDone of stepsTotal" is the progress to show.',
})
export class ActionPlanProgress {
  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field(() => Int, { description: 'Steps still part of the plan: NOT_STARTED, IN_PROGRESS or DONE.' })
  stepsTotal: number;

  @Field(() => Int)
  stepsDone: number;

  @Field(() => Int)
  stepsInProgress: number;

  @Field(() => Int)
  stepsNotStarted: number;

  @Field(() => Int)
  stepsDropped: number;

  @Field(() => Int, { description: 'Open steps (NOT_STARTED or IN_PROGRESS) whose due date has passed.' })
  stepsOverdue: number;

  @Field(() => Int, { nullable: true, description: 'stepsDone as a whole percentage of stepsTotal; null when there are no steps.' })
  percentDone: number | null;
}
