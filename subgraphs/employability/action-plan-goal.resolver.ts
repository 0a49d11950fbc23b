import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EmployabilityContext } from './employability.context';
import { ActionPlanGoal } from './action-plan-goal.type';
import { ActionPlanStep } from './action-plan-step.type';
import { Guarded } from '../kit/consent-decorators';

@Resolver(() => ActionPlanGoal)
export class ActionPlanGoalResolver {
  @Guarded('action-plan')
  @FieldResolver(() => [ActionPlanStep])
  steps(@Root() goal: ActionPlanGoal, @Ctx() { loaders }: EmployabilityContext) {
    return loaders.stepsByGoal.load(goal.id);
  }
}
