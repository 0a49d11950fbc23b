import { GraphQLError } from 'graphql';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { EmployabilityContext } from './employability.context';
import { ActionPlanStatus, ProgrammeEnrolmentStatus } from './employability.enums';
import {
  ActionPlanGoalInput,
  ActionPlanGoalUpdateInput,
  ActionPlanStepInput,
  ActionPlanStepUpdateInput,
  BarrierFundingInput,
  EmployabilityActivityInput,
  EmployabilityOutcomeInput,
  EmployerPlacementInput,
  LeaveProgrammeInput,
  ProgrammeEnrolmentInput,
} from './employability.inputs';
import { ActionPlanGoal } from './action-plan-goal.type';
import { ActionPlanStep } from './action-plan-step.type';
import { BarrierFunding } from './barrier-funding.type';
import { EmployabilityActivity } from './employability-activity.type';
import { EmployabilityOutcome } from './employability-outcome.type';
import { EmployerPlacement } from './employer-placement.type';
import { ProgrammeEnrolment } from './programme-enrolment.type';
import type { EmployabilityDb } from './database';

type Transaction = Parameters<Parameters<EmployabilityDb['$transaction']>[0]>[0];

/** The first record added for a person opens their employability record, with no lead keyworker yet. */
const openRecord = (tx: Transaction, personId: string, staff: string) =>
  tx.employabilityRecord.upsert({
    where: { personId },
    create: { personId, updatedBy: staff },
    update: {},
  });

const notFound = (what: string, id: string, field: string) =>
  new GraphQLError(`No ${what} with id ${id}.`, { extensions: { code: 'NOT_FOUND', field } });

const badInput = (message: string, field: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });

/** Keeps a stored value when an update leaves the field out (or sends null for a required one). */
const keep = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

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

  @Mutation(() => ActionPlanGoal)
  addActionPlanGoal(@Arg('input') input: ActionPlanGoalInput, @Ctx() { db, caller }: EmployabilityContext) {
    return db.$transaction(async (tx) => {
      await openRecord(tx, input.personId, caller.subject);
      return tx.actionPlanGoal.create({
        data: {
          ...input,
          dueOn: input.dueOn ?? null,
          status: ActionPlanStatus.NOT_STARTED,
          recordedBy: caller.subject,
        },
      });
    });
  }

  @Mutation(() => ActionPlanGoal, { description: "Changes a goal's title, owner, due date or status." })
  async updateActionPlanGoal(@Arg('input') input: ActionPlanGoalUpdateInput, @Ctx() { db }: EmployabilityContext) {
    const goal = await db.actionPlanGoal.findUnique({ where: { id: input.goalId } });
    if (!goal) throw notFound('action-plan goal', input.goalId, 'goalId');
    return db.actionPlanGoal.update({
      where: { id: input.goalId },
      data: { title: keep(input.title), owner: keep(input.owner), dueOn: input.dueOn, status: keep(input.status) },
    });
  }

  @Mutation(() => ActionPlanStep, { description: 'Adds a step to a goal, for the person whose goal it is.' })
  async addActionPlanStep(@Arg('input') input: ActionPlanStepInput, @Ctx() { db, caller }: EmployabilityContext) {
    const goal = await db.actionPlanGoal.findUnique({ where: { id: input.goalId } });
    if (!goal) throw notFound('action-plan goal', input.goalId, 'goalId');
    return db.actionPlanStep.create({
      data: {
        ...input,
        personId: goal.personId,
        dueOn: input.dueOn ?? null,
        status: ActionPlanStatus.NOT_STARTED,
        recordedBy: caller.subject,
      },
    });
  }

  @Mutation(() => ActionPlanStep, { description: "Changes a step's description, owner, due date or status." })
  async updateActionPlanStep(@Arg('input') input: ActionPlanStepUpdateInput, @Ctx() { db }: EmployabilityContext) {
    const step = await db.actionPlanStep.findUnique({ where: { id: input.stepId } });
    if (!step) throw notFound('action-plan step', input.stepId, 'stepId');
    return db.actionPlanStep.update({
      where: { id: input.stepId },
      data: {
        description: keep(input.description),
        owner: keep(input.owner),
        dueOn: input.dueOn,
        status: keep(input.status),
      },
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
