import { ActionPlanStatus } from './employability.enums';
import { isOpen } from './action-plan-rules';
import type { ActionPlanProgress } from './action-plan-progress.type';
import type { ActionPlanSummary } from './action-plan-summary.type';

/** Progress is counted from the rows the loaders already hold: no query of its own. */
interface PlanItem {
  status: string;
  dueOn: string | null;
}
interface GoalRow extends PlanItem {
  id: string;
}
interface StepRow extends PlanItem {
  goalId: string;
}

const countOf = (items: PlanItem[], status: ActionPlanStatus) => items.filter((item) => item.status === status).length;
const overdue = (items: PlanItem[], today: string) =>
  items.filter((item) => isOpen(item.status) && item.dueOn !== null && item.dueOn < today).length;

export function progressOf(personId: string, steps: PlanItem[], today: string): ActionPlanProgress {
  const stepsDone = countOf(steps, ActionPlanStatus.DONE);
  const stepsDropped = countOf(steps, ActionPlanStatus.DROPPED);
  const stepsTotal = steps.length - stepsDropped;
  return {
    personId,
    stepsTotal,
    stepsDone,
    stepsInProgress: countOf(steps, ActionPlanStatus.IN_PROGRESS),
    stepsNotStarted: countOf(steps, ActionPlanStatus.NOT_STARTED),
    stepsDropped,
    stepsOverdue: overdue(steps, today),
    percentDone: stepsTotal === 0 ? null : Math.round((100 * stepsDone) / stepsTotal),
  };
}

export function summaryOf(personId: string, goals: GoalRow[], steps: StepRow[], today: string): ActionPlanSummary {
  const goalsDropped = countOf(goals, ActionPlanStatus.DROPPED);
  const liveGoals = goals.filter((goal) => goal.status !== ActionPlanStatus.DROPPED);
  const liveGoalIds = new Set(liveGoals.map((goal) => goal.id));
  const liveSteps = steps.filter((step) => liveGoalIds.has(step.goalId));
  const upcoming = [...liveGoals, ...liveSteps]
    .filter((item) => isOpen(item.status) && item.dueOn !== null && item.dueOn >= today)
    .map((item) => item.dueOn!)
    .sort();
  return {
    personId,
    goalsTotal: goals.length - goalsDropped,
    goalsDone: countOf(goals, ActionPlanStatus.DONE),
    goalsInProgress: countOf(goals, ActionPlanStatus.IN_PROGRESS),
    goalsNotStarted: countOf(goals, ActionPlanStatus.NOT_STARTED),
    goalsDropped,
    goalsOverdue: overdue(goals, today),
    steps: progressOf(personId, liveSteps, today),
    nextDueOn: upcoming[0] ?? null,
  };
}
