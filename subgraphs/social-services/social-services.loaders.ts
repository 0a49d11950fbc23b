import { loadAllEach, loadOneEach } from '../kit/loaders';
import type { SocialServicesDb } from './database';

export function createSocialServicesLoaders(db: SocialServicesDb) {
  return {
    recordByPerson: loadOneEach(
      (personIds: string[]) => db.socialCareRecord.findMany({ where: { personId: { in: personIds } } }),
      (row) => row.personId,
    ),
    involvementsByPerson: loadAllEach(
      (personIds: string[]) => db.teamInvolvement.findMany({ where: { personId: { in: personIds } }, orderBy: { startedOn: 'desc' } }),
      (row) => row.personId,
    ),
    safeguardingNotesByPerson: loadAllEach(
      (personIds: string[]) =>
        db.safeguardingNote.findMany({ where: { personId: { in: personIds } }, orderBy: { recordedOn: 'desc' } }),
      (row) => row.personId,
    ),
  };
}

export type SocialServicesLoaders = ReturnType<typeof createSocialServicesLoaders>;
