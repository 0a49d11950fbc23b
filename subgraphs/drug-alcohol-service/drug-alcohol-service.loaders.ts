import { loadAllEach, loadOneEach } from '../kit/loaders';
import type { DrugAlcoholServiceDb } from './database';

export function createDrugAlcoholServiceLoaders(db: DrugAlcoholServiceDb) {
  return {
    recordByPerson: loadOneEach(
      (personIds: string[]) => db.treatmentRecord.findMany({ where: { personId: { in: personIds } } }),
      (row) => row.personId,
    ),
    prescriptionsByPerson: loadAllEach(
      (personIds: string[]) => db.substitutePrescription.findMany({ where: { personId: { in: personIds } }, orderBy: [{ startedOn: 'desc' }, { createdAt: 'desc' }] }),
      (row) => row.personId,
    ),
    milestonesByPerson: loadAllEach(
      (personIds: string[]) => db.recoveryMilestone.findMany({ where: { personId: { in: personIds } }, orderBy: [{ achievedOn: 'desc' }, { createdAt: 'desc' }] }),
      (row) => row.personId,
    ),
  };
}

export type DrugAlcoholServiceLoaders = ReturnType<typeof createDrugAlcoholServiceLoaders>;
