import { ActionPlanStatus } from './employability.enums';
import { badInput } from './input-errors';

/**
 * What keeps an action plan meaningful as it changes. A goal or step is open while NOT_STARTED
 * or IN_PROGRESS; DONE carries the date it was done; a DONE or DROPPED goal has no open steps; an
 * open step is not due after its goal.
 */

export const isOpen = (status: string): boolean =>
  status === ActionPlanStatus.NOT_STARTED || status === ActionPlanStatus.IN_PROGRESS;

interface Completion {
  status: string;
  completedOn: string | null;
}

/**
 * The status and completion date after a change: becoming DONE records `completedOn` (today
 * unless given, never in the future); staying DONE keeps it unless a new one is given; any other
 * status clears it.
 */
export function completionAfter(
  stored: Completion,
  change: { status?: string | null; completedOn?: string | null },
  today: string,
): Completion {
  const status = change.status ?? stored.status;
  if (status !== ActionPlanStatus.DONE) {
    if (change.completedOn) throw badInput(`completedOn is only for something DONE, and the status would be ${status}.`, 'completedOn');
    return { status, completedOn: null };
  }
  if (change.completedOn && change.completedOn > today) {
    throw badInput(`completedOn ${change.completedOn} is in the future.`, 'completedOn');
  }
  const kept = stored.status === ActionPlanStatus.DONE ? stored.completedOn : null;
  return { status, completedOn: change.completedOn ?? kept ?? today };
}

/** A goal is DONE only when nothing of it is left to do. */
export function assertGoalCanBeDone(steps: Array<{ status: string }>): void {
  const open = steps.filter((step) => isOpen(step.status)).length;
  if (open > 0) {
    throw badInput(`status DONE: ${open} step${open === 1 ? ' is' : 's are'} still open; mark ${open === 1 ? 'it' : 'them'} DONE or DROPPED first.`, 'status');
  }
}

/** An open step due after its goal could not be met as the plan stands. */
export function assertStepDueWithinGoal(stepDueOn: string | null, goalDueOn: string | null): void {
  if (stepDueOn && goalDueOn && stepDueOn > goalDueOn) {
    throw badInput(`dueOn ${stepDueOn} is after the goal's own due date, ${goalDueOn}.`, 'dueOn');
  }
}

/** Moving a goal's due date before one of its open steps is due would leave that step unmeetable. */
export function assertGoalDueAfterOpenSteps(goalDueOn: string | null, steps: Array<{ status: string; dueOn: string | null }>): void {
  if (!goalDueOn) return;
  const latest = steps
    .filter((step) => isOpen(step.status) && step.dueOn)
    .map((step) => step.dueOn!)
    .sort()
    .pop();
  if (latest && latest > goalDueOn) {
    throw badInput(`dueOn ${goalDueOn} is before an open step of this goal is due (${latest}); move or close that step first.`, 'dueOn');
  }
}
