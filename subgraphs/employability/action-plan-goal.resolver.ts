import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EmployabilityContext } from './employability.context';
import { ActionPlanGoal } from './action-plan-goal.type';
import { ActionPlanProgress } from './action-plan-progress.type';
import { ActionPlanStep } from './action-plan-step.type';
import { progressOf } from './action-plan-progress';
import { Guarded } from '../kit/consent-decorators';
import { today } from './today';

@Resolver(() => ActionPlanGoal)
export class ActionPlanGoalResolver {
  @Guarded('action-plan')
  @FieldResolver(() => [ActionPlanStep])
  steps(@Root() goal: ActionPlanGoal, @Ctx() { loaders }: EmployabilityContext) {
    return loaders.stepsByGoal.load(goal.id);
  }

  @Guarded('action-plan')
  @FieldResolver(() => ActionPlanProgress, { description: "How far the goal's steps have got." })
  async progress(@Root() goal: ActionPlanGoal, @Ctx() { loaders }: EmployabilityContext) {
    return progressOf(goal.personId, await loaders.stepsByGoal.load(goal.id), today());
  }
}
