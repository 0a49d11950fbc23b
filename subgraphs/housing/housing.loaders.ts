import { loadAllEach, loadOneEach } from '../kit/loaders';
import type { HousingDb } from './database';

export function createHousingLoaders(db: HousingDb) {
  return {
    recordByPerson: loadOneEach(
      (personIds: string[]) => db.housingRecord.findMany({ where: { personId: { in: personIds } } }),
      (row) => row.personId,
    ),
    entriesByPerson: loadAllEach(
      (personIds: string[]) => db.housingEntry.findMany({ where: { personId: { in: personIds } }, orderBy: [{ happenedOn: 'desc' }, { createdAt: 'desc' }] }),
      (row) => row.personId,
    ),
  };
}

export type HousingLoaders = ReturnType<typeof createHousingLoaders>;
