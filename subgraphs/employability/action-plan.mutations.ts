import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { EmployabilityContext } from './employability.context';
import { ActionPlanStatus } from './employability.enums';
import { ActionPlanGoalInput, ActionPlanGoalUpdateInput, ActionPlanStepInput, ActionPlanStepUpdateInput } from './action-plan.inputs';
import { ActionPlanGoal } from './action-plan-goal.type';
import { ActionPlanStep } from './action-plan-step.type';
import {
  assertGoalCanBeDone,
  assertGoalDueAfterOpenSteps,
  assertStepDueWithinGoal,
  completionAfter,
  isOpen,
} from './action-plan-rules';
import { openRecord } from './employability-record-opening';
import { badInput, notFound } from './input-errors';
import { today } from './today';

/** Keeps a stored value when an update leaves the field out (or sends null for a required one). */
const keep = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

/** Every check reads inside the transaction that writes, so a refused change writes nothing. */
@Resolver()
export class ActionPlanMutations {
  @Mutation(() => ActionPlanGoal, { description: "Adds a goal to the person's action plan, NOT_STARTED." })
  addActionPlanGoal(@Arg('input') input: ActionPlanGoalInput, @Ctx() { db, caller }: EmployabilityContext) {
    return db.$transaction(async (tx) => {
      await openRecord(tx, input.personId, caller.subject);
      return tx.actionPlanGoal.create({
        data: {
          personId: input.personId,
          title: input.title,
          owner: input.owner,
          dueOn: input.dueOn ?? null,
          status: ActionPlanStatus.NOT_STARTED,
          recordedBy: caller.subject,
        },
      });
    });
  }

  @Mutation(() => ActionPlanGoal, {
    description:
      "Changes a goal's title, owner, due date or status. DONE needs every step DONE or DROPPED and records completedOn; " +
      'DROPPED drops its open steps with it.',
  })
  updateActionPlanGoal(@Arg('input') input: ActionPlanGoalUpdateInput, @Ctx() { db }: EmployabilityContext) {
    return db.$transaction(async (tx) => {
      const goal = await tx.actionPlanGoal.findUnique({ where: { id: input.goalId }, include: { steps: true } });
      if (!goal) throw notFound('action-plan goal', input.goalId, 'goalId');
      const completion = completionAfter(goal, input, today());
      if (completion.status === ActionPlanStatus.DONE) assertGoalCanBeDone(goal.steps);
      if (input.dueOn !== undefined) assertGoalDueAfterOpenSteps(input.dueOn, goal.steps);
      if (completion.status === ActionPlanStatus.DROPPED && goal.status !== ActionPlanStatus.DROPPED) {
        await tx.actionPlanStep.updateMany({
          where: { goalId: goal.id, status: { in: [ActionPlanStatus.NOT_STARTED, ActionPlanStatus.IN_PROGRESS] } },
          data: { status: ActionPlanStatus.DROPPED },
        });
      }
      return tx.actionPlanGoal.update({
        where: { id: input.goalId },
        data: { title: keep(input.title), owner: keep(input.owner), dueOn: input.dueOn, ...completion },
      });
    });
  }

  @Mutation(() => ActionPlanStep, { description: 'Adds a step to a goal that is not DONE or DROPPED, for the person whose goal it is.' })
  addActionPlanStep(@Arg('input') input: ActionPlanStepInput, @Ctx() { db, caller }: EmployabilityContext) {
    return db.$transaction(async (tx) => {
      const goal = await tx.actionPlanGoal.findUnique({ where: { id: input.goalId } });
      if (!goal) throw notFound('action-plan goal', input.goalId, 'goalId');
      if (!isOpen(goal.status)) throw badInput(`The goal is ${goal.status}: reopen it before adding steps.`, 'goalId');
      assertStepDueWithinGoal(input.dueOn ?? null, goal.dueOn);
      return tx.actionPlanStep.create({
        data: {
          goalId: goal.id,
          personId: goal.personId,
          description: input.description,
          owner: input.owner,
          dueOn: input.dueOn ?? null,
          status: ActionPlanStatus.NOT_STARTED,
          recordedBy: caller.subject,
        },
      });
    });
  }

  @Mutation(() => ActionPlanStep, {
    description:
      "Changes a step's description, owner, due date or status. DONE records completedOn; " +
      'starting or finishing a step of a NOT_STARTED goal puts the goal IN_PROGRESS.',
  })
  updateActionPlanStep(@Arg('input') input: ActionPlanStepUpdateInput, @Ctx() { db }: EmployabilityContext) {
    return db.$transaction(async (tx) => {
      const step = await tx.actionPlanStep.findUnique({ where: { id: input.stepId }, include: { goal: true } });
      if (!step) throw notFound('action-plan step', input.stepId, 'stepId');
      const { goal } = step;
      const completion = completionAfter(step, input, today());
      const dueOn = input.dueOn === undefined ? step.dueOn : input.dueOn;
      if (isOpen(completion.status)) {
        if (!isOpen(goal.status)) {
          throw badInput(`The goal is ${goal.status}, so its steps cannot be ${completion.status}; reopen the goal first.`, 'status');
        }
        assertStepDueWithinGoal(dueOn, goal.dueOn);
      }
      const startsGoal = completion.status !== ActionPlanStatus.NOT_STARTED && completion.status !== ActionPlanStatus.DROPPED;
      if (startsGoal && goal.status === ActionPlanStatus.NOT_STARTED) {
        await tx.actionPlanGoal.update({ where: { id: goal.id }, data: { status: ActionPlanStatus.IN_PROGRESS } });
      }
      return tx.actionPlanStep.update({
        where: { id: input.stepId },
        data: { description: keep(input.description), owner: keep(input.owner), dueOn: input.dueOn, ...completion },
      });
    });
  }
}
