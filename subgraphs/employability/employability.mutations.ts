import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { EmployabilityContext } from './employability.context';
import { ProgrammeEnrolmentStatus } from './employability.enums';
import {
  BarrierFundingInput,
  EmployabilityActivityInput,
  EmployabilityOutcomeInput,
  EmployerPlacementInput,
  LeaveProgrammeInput,
  ProgrammeEnrolmentInput,
} from './employability.inputs';
import { BarrierFunding } from './barrier-funding.type';
import { EmployabilityActivity } from './employability-activity.type';
import { EmployabilityOutcome } from './employability-outcome.type';
import { EmployerPlacement } from './employer-placement.type';
import { ProgrammeEnrolment } from './programme-enrolment.type';
import { openRecord } from './employability-record-opening';
import { badInput, notFound } from './input-errors';

/** Enrolments, activities, outcomes, placements and funding; the action plan has its own mutations. */
@Resolver()
export class EmployabilityMutations {
  @Mutation(() => ProgrammeEnrolment, {
    description: "Enrols the person on a programme; the first programme's keyworker becomes their lead keyworker.",
  })
  async enrolOnProgramme(@Arg('input') input: ProgrammeEnrolmentInput, @Ctx() { db, caller }: EmployabilityContext) {
    const programme = await db.programme.findUnique({ where: { id: input.programmeId } });
    if (!programme) throw notFound('programme', input.programmeId, 'programmeId');
    const keyworker = input.keyworker ?? caller.subject;
    return db.$transaction(async (tx) => {
      await openRecord(tx, input.personId, caller.subject);
      await tx.employabilityRecord.updateMany({
        where: { personId: input.personId, keyworker: null },
        data: { keyworker, updatedBy: caller.subject },
      });
      return tx.programmeEnrolment.create({
        data: {
          personId: input.personId,
          programmeId: input.programmeId,
          keyworker,
          keyworkerRole: input.keyworkerRole,
          enrolledOn: input.enrolledOn,
          status: ProgrammeEnrolmentStatus.ACTIVE,
          recordedBy: caller.subject,
        },
      });
    });
  }

  @Mutation(() => ProgrammeEnrolment, { description: 'Ends an enrolment, completed or withdrawn.' })
  async leaveProgramme(@Arg('input') input: LeaveProgrammeInput, @Ctx() { db }: EmployabilityContext) {
    const enrolment = await db.programmeEnrolment.findUnique({ where: { id: input.enrolmentId } });
    if (!enrolment) throw notFound('enrolment', input.enrolmentId, 'enrolmentId');
    if (input.leftOn < enrolment.enrolledOn) throw badInput('leftOn is before the person enrolled.', 'leftOn');
    return db.programmeEnrolment.update({
      where: { id: input.enrolmentId },
      data: { status: input.status, leftOn: input.leftOn },
    });
  }

  @Mutation(() => EmployabilityActivity, { description: 'Records a session or course the person attended.' })
  recordActivity(@Arg('input') input: EmployabilityActivityInput, @Ctx() { db, caller }: EmployabilityContext) {
    return db.$transaction(async (tx) => {
      await openRecord(tx, input.personId, caller.subject);
      return tx.employabilityActivity.create({ data: { ...input, recordedBy: caller.subject } });
    });
  }

  @Mutation(() => EmployabilityOutcome)
  async recordOutcome(@Arg('input') input: EmployabilityOutcomeInput, @Ctx() { db, caller }: EmployabilityContext) {
    if (input.enrolmentId) {
      const enrolment = await db.programmeEnrolment.findUnique({ where: { id: input.enrolmentId } });
      if (enrolment?.personId !== input.personId) {
        throw notFound('enrolment of this person', input.enrolmentId, 'enrolmentId');
      }
      // Programme outcomes count what a cohort achieved on the programme, not before it.
      if (input.achievedOn < enrolment.enrolledOn) {
        throw badInput(`achievedOn ${input.achievedOn} is before the person enrolled (${enrolment.enrolledOn}).`, 'achievedOn');
      }
    }
    return db.$transaction(async (tx) => {
      await openRecord(tx, input.personId, caller.subject);
      return tx.employabilityOutcome.create({
        data: {
          personId: input.personId,
          enrolmentId: input.enrolmentId ?? null,
          kind: input.kind,
          achievedOn: input.achievedOn,
          employer: input.employer ?? null,
          hoursPerWeek: input.hoursPerWeek ?? null,
          evidence: input.evidence ?? null,
          recordedBy: caller.subject,
        },
      });
    });
  }

  @Mutation(() => EmployerPlacement)
  recordPlacement(@Arg('input') input: EmployerPlacementInput, @Ctx() { db, caller }: EmployabilityContext) {
    if (input.endedOn && input.endedOn < input.startedOn) throw badInput('endedOn is before startedOn.', 'endedOn');
    return db.$transaction(async (tx) => {
      await openRecord(tx, input.personId, caller.subject);
      return tx.employerPlacement.create({
        data: {
          ...input,
          endedOn: input.endedOn ?? null,
          hoursPerWeek: input.hoursPerWeek ?? null,
          recordedBy: caller.subject,
        },
      });
    });
  }

  @Mutation(() => BarrierFunding, { description: 'Records money awarded to remove a barrier to work or training.' })
  awardBarrierFunding(@Arg('input') input: BarrierFundingInput, @Ctx() { db, caller }: EmployabilityContext) {
    return db.$transaction(async (tx) => {
      await openRecord(tx, input.personId, caller.subject);
      return tx.barrierFunding.create({ data: { ...input, awardedBy: caller.subject } });
    });
  }
}
