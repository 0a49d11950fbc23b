import { GraphQLError } from 'graphql';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { CareersContext } from './careers.context';
import { EducationEmploymentStatus } from './careers.enums';
import { CareersRecord } from './careers-record.type';
import {
  CareersStatusInput,
  CourseInput,
  CourseProgressInput,
  GuidanceSessionInput,
  QualificationInput,
  WorkHistoryInput,
} from './careers.inputs';
import { Course } from './course.type';
import { GuidanceSession } from './guidance-session.type';
import { Qualification } from './qualification.type';
import { WorkHistoryEntry } from './work-history-entry.type';
import type { CareersDb } from './database';

type Transaction = Parameters<Parameters<CareersDb['$transaction']>[0]>[0];

/** A detail added before any status was recorded opens the record, status UNKNOWN. */
const openRecord = (tx: Transaction, personId: string, staff: string) =>
  tx.careersRecord.upsert({
    where: { personId },
    create: { personId, status: EducationEmploymentStatus.UNKNOWN, updatedBy: staff },
    update: {},
  });

@Resolver()
export class CareersMutations {
  @Mutation(() => CareersRecord, { description: "Records the person's education, employment or training status." })
  recordCareersStatus(@Arg('input') input: CareersStatusInput, @Ctx() { db, caller }: CareersContext) {
    const fields = { status: input.status, statusSince: input.statusSince ?? null, aspirations: input.aspirations ?? null };
    return db.careersRecord.upsert({
      where: { personId: input.personId },
      create: { personId: input.personId, ...fields, updatedBy: caller.subject },
      update: { ...fields, updatedBy: caller.subject },
    });
  }

  @Mutation(() => Qualification)
  addQualification(@Arg('input') input: QualificationInput, @Ctx() { db, caller }: CareersContext) {
    return db.$transaction(async (tx) => {
      await openRecord(tx, input.personId, caller.subject);
      return tx.qualification.create({ data: { ...input, recordedBy: caller.subject } });
    });
  }

  @Mutation(() => WorkHistoryEntry)
  addWorkHistory(@Arg('input') input: WorkHistoryInput, @Ctx() { db, caller }: CareersContext) {
    return db.$transaction(async (tx) => {
      await openRecord(tx, input.personId, caller.subject);
      return tx.workHistoryEntry.create({ data: { ...input, recordedBy: caller.subject } });
    });
  }

  @Mutation(() => GuidanceSession)
  recordGuidanceSession(@Arg('input') input: GuidanceSessionInput, @Ctx() { db, caller }: CareersContext) {
    return db.$transaction(async (tx) => {
      await openRecord(tx, input.personId, caller.subject);
      return tx.guidanceSession.create({ data: { ...input, adviser: caller.subject } });
    });
  }

  @Mutation(() => Course)
  enrolOnCourse(@Arg('input') input: CourseInput, @Ctx() { db, caller }: CareersContext) {
    return db.$transaction(async (tx) => {
      await openRecord(tx, input.personId, caller.subject);
      return tx.course.create({ data: { ...input, status: 'ENROLLED', recordedBy: caller.subject } });
    });
  }

  @Mutation(() => Course, { description: 'Marks a course completed or withdrawn.' })
  async recordCourseProgress(@Arg('input') input: CourseProgressInput, @Ctx() { db }: CareersContext) {
    const course = await db.course.findUnique({ where: { id: input.courseId } });
    if (!course) throw new GraphQLError(`No course with id ${input.courseId}.`, { extensions: { code: 'NOT_FOUND', field: 'courseId' } });
    return db.course.update({
      where: { id: input.courseId },
      data: { status: input.status, completedOn: input.completedOn ?? null },
    });
  }
}
