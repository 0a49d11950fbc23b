import { loadAllEach, loadOneEach } from '../kit/loaders';
import type { EmployabilityDb } from './database';

export function createEmployabilityLoaders(db: EmployabilityDb) {
  return {
    recordByPerson: loadOneEach(
      (personIds: string[]) => db.employabilityRecord.findMany({ where: { personId: { in: personIds } } }),
      (row) => row.personId,
    ),
    programmeById: loadOneEach(
      (ids: string[]) => db.programme.findMany({ where: { id: { in: ids } } }),
      (row) => row.id,
    ),
    enrolmentsByPerson: loadAllEach(
      (personIds: string[]) =>
        db.programmeEnrolment.findMany({ where: { personId: { in: personIds } }, orderBy: { enrolledOn: 'desc' } }),
      (row) => row.personId,
    ),
    goalsByPerson: loadAllEach(
      (personIds: string[]) =>
        db.actionPlanGoal.findMany({
          where: { personId: { in: personIds } },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        }),
      (row) => row.personId,
    ),
    stepsByGoal: loadAllEach(
      (goalIds: string[]) =>
        db.actionPlanStep.findMany({
          where: { goalId: { in: goalIds } },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        }),
      (row) => row.goalId,
    ),
    /** Every step of each person's plan at once: the action-plan summary counts them. */
    stepsByPerson: loadAllEach(
      (personIds: string[]) =>
        db.actionPlanStep.findMany({
          where: { personId: { in: personIds } },
          select: { personId: true, goalId: true, status: true, dueOn: true },
        }),
      (row) => row.personId,
    ),
    activitiesByPerson: loadAllEach(
      (personIds: string[]) =>
        db.employabilityActivity.findMany({ where: { personId: { in: personIds } }, orderBy: { attendedOn: 'desc' } }),
      (row) => row.personId,
    ),
    outcomesByPerson: loadAllEach(
      (personIds: string[]) =>
        db.employabilityOutcome.findMany({ where: { personId: { in: personIds } }, orderBy: { achievedOn: 'desc' } }),
      (row) => row.personId,
    ),
    placementsByPerson: loadAllEach(
      (personIds: string[]) =>
        db.employerPlacement.findMany({ where: { personId: { in: personIds } }, orderBy: { startedOn: 'desc' } }),
      (row) => row.personId,
    ),
    barrierFundingByPerson: loadAllEach(
      (personIds: string[]) =>
        db.barrierFunding.findMany({ where: { personId: { in: personIds } }, orderBy: { awardedOn: 'desc' } }),
      (row) => row.personId,
    ),
  };
}

export type EmployabilityLoaders = ReturnType<typeof createEmployabilityLoaders>;
