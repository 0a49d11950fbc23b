import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CareersContext } from './careers.context';
import { CareersRecord } from './careers-record.type';
import { Course } from './course.type';
import { GuidanceSession } from './guidance-session.type';
import { Qualification } from './qualification.type';
import { WorkHistoryEntry } from './work-history-entry.type';
import { Guarded } from '../kit/consent-decorators';

@Resolver(() => CareersRecord)
export class CareersRecordResolver {
  @Guarded('education')
  @FieldResolver(() => [Qualification])
  qualifications(@Root() record: CareersRecord, @Ctx() { loaders }: CareersContext) {
    return loaders.qualificationsByPerson.load(record.personId);
  }

  @Guarded('employment-history')
  @FieldResolver(() => [WorkHistoryEntry])
  workHistory(@Root() record: CareersRecord, @Ctx() { loaders }: CareersContext) {
    return loaders.workHistoryByPerson.load(record.personId);
  }

  @Guarded('education')
  @FieldResolver(() => [GuidanceSession])
  guidanceSessions(@Root() record: CareersRecord, @Ctx() { loaders }: CareersContext) {
    return loaders.guidanceSessionsByPerson.load(record.personId);
  }

  @Guarded('education')
  @FieldResolver(() => [Course])
  courses(@Root() record: CareersRecord, @Ctx() { loaders }: CareersContext) {
    return loaders.coursesByPerson.load(record.personId);
  }
}
