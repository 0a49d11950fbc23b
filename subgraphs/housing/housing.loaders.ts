import { loadAllEach, loadOneEach } from '../kit/loaders';
import type { HousingDb } from './database';

export function createHousingLoaders(db: HousingDb) {
  return {
    recordByPerson: loadOneEach(
      (personIds: string[]) => db.housingRecord.findMany({ where: { personId: { in: personIds } } }),
      (row) => row.personId,
    ),
    tenanciesByPerson: loadAllEach(
      (personIds: string[]) => db.tenancy.findMany({ where: { personId: { in: personIds } }, orderBy: [{ startedOn: 'desc' }, { createdAt: 'desc' }] }),
      (row) => row.personId,
    ),
    applicationsByPerson: loadAllEach(
      (personIds: string[]) =>
        db.homelessnessApplication.findMany({ where: { personId: { in: personIds } }, orderBy: [{ appliedOn: 'desc' }, { createdAt: 'desc' }] }),
      (row) => row.personId,
    ),
  };
}

export type HousingLoaders = ReturnType<typeof createHousingLoaders>;
