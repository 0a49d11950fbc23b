import { loadAllEach, loadOneEach } from '../kit/loaders';
import type { CareersDb } from './database';

export function createCareersLoaders(db: CareersDb) {
  return {
    recordByPerson: loadOneEach(
      (personIds: string[]) => db.careersRecord.findMany({ where: { personId: { in: personIds } } }),
      (row) => row.personId,
    ),
    qualificationsByPerson: loadAllEach(
      (personIds: string[]) => db.qualification.findMany({ where: { personId: { in: personIds } }, orderBy: { achievedOn: 'desc' } }),
      (row) => row.personId,
    ),
    workHistoryByPerson: loadAllEach(
      (personIds: string[]) => db.workHistoryEntry.findMany({ where: { personId: { in: personIds } }, orderBy: { startedOn: 'desc' } }),
      (row) => row.personId,
    ),
    guidanceSessionsByPerson: loadAllEach(
      (personIds: string[]) => db.guidanceSession.findMany({ where: { personId: { in: personIds } }, orderBy: { heldOn: 'desc' } }),
      (row) => row.personId,
    ),
    coursesByPerson: loadAllEach(
      (personIds: string[]) => db.course.findMany({ where: { personId: { in: personIds } }, orderBy: { startedOn: 'desc' } }),
      (row) => row.personId,
    ),
  };
}

export type CareersLoaders = ReturnType<typeof createCareersLoaders>;
