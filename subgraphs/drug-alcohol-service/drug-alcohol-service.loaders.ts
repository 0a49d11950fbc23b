import { loadAllEach, loadOneEach } from '../kit/loaders';
import type { DrugAlcoholServiceDb } from './database';

export function createDrugAlcoholServiceLoaders(db: DrugAlcoholServiceDb) {
  return {
    recordByPerson: loadOneEach(
      (personIds: string[]) => db.treatmentRecord.findMany({ where: { personId: { in: personIds } } }),
      (row) => row.personId,
    ),
    entriesByPerson: loadAllEach(
      (personIds: string[]) => db.treatmentEntry.findMany({ where: { personId: { in: personIds } }, orderBy: [{ happenedOn: 'desc' }, { createdAt: 'desc' }] }),
      (row) => row.personId,
    ),
  };
}

export type DrugAlcoholServiceLoaders = ReturnType<typeof createDrugAlcoholServiceLoaders>;
