import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EmployabilityContext } from './employability.context';
import { ActionPlanGoal } from './action-plan-goal.type';
import { summaryOf } from './action-plan-progress';
import { ActionPlanSummary } from './action-plan-summary.type';
import { BarrierFunding } from './barrier-funding.type';
import { EmployabilityActivity } from './employability-activity.type';
import { EmployabilityOutcome } from './employability-outcome.type';
import { EmployabilityRecord } from './employability-record.type';
import { EmployerPlacement } from './employer-placement.type';
import { ProgrammeEnrolment } from './programme-enrolment.type';
import { Guarded } from '../kit/consent-decorators';
import { today } from './today';

@Resolver(() => EmployabilityRecord)
export class EmployabilityRecordResolver {
  @Guarded('action-plan')
  @FieldResolver(() => [ProgrammeEnrolment])
  enrolments(@Root() record: EmployabilityRecord, @Ctx() { loaders }: EmployabilityContext) {
    return loaders.enrolmentsByPerson.load(record.personId);
  }

  @Guarded('action-plan')
  @FieldResolver(() => [ActionPlanGoal], { description: "The goals of the person's action plan, in the order agreed." })
  actionPlan(@Root() record: EmployabilityRecord, @Ctx() { loaders }: EmployabilityContext) {
    return loaders.goalsByPerson.load(record.personId);
  }

  @Guarded('action-plan')
  @FieldResolver(() => ActionPlanSummary, { description: 'The action plan at a glance: goals and steps by status, overdue, next due.' })
  async actionPlanSummary(@Root() record: EmployabilityRecord, @Ctx() { loaders }: EmployabilityContext) {
    const [goals, steps] = await Promise.all([
      loaders.goalsByPerson.load(record.personId),
      loaders.stepsByPerson.load(record.personId),
    ]);
    return summaryOf(record.personId, goals, steps, today());
  }

  @Guarded('action-plan')
  @FieldResolver(() => [EmployabilityActivity])
  activities(@Root() record: EmployabilityRecord, @Ctx() { loaders }: EmployabilityContext) {
    return loaders.activitiesByPerson.load(record.personId);
  }

  @Guarded('outcomes')
  @FieldResolver(() => [EmployabilityOutcome])
  outcomes(@Root() record: EmployabilityRecord, @Ctx() { loaders }: EmployabilityContext) {
    return loaders.outcomesByPerson.load(record.personId);
  }

  @Guarded('employment-history')
  @FieldResolver(() => [EmployerPlacement])
  placements(@Root() record: EmployabilityRecord, @Ctx() { loaders }: EmployabilityContext) {
    return loaders.placementsByPerson.load(record.personId);
  }

  @Guarded('outcomes')
  @FieldResolver(() => [BarrierFunding])
  barrierFunding(@Root() record: EmployabilityRecord, @Ctx() { loaders }: EmployabilityContext) {
    return loaders.barrierFundingByPerson.load(record.personId);
  }
}
