import { loadAllEach, loadOneEach } from '../kit/loaders';
import type { WelfareRightsDb } from './database';

export function createWelfareRightsLoaders(db: WelfareRightsDb) {
  return {
    recordByPerson: loadOneEach(
      (personIds: string[]) => db.welfareRecord.findMany({ where: { personId: { in: personIds } } }),
      (row) => row.personId,
    ),
    benefitAwardsByPerson: loadAllEach(
      (personIds: string[]) => db.benefitAward.findMany({ where: { personId: { in: personIds } }, orderBy: { startedOn: 'desc' } }),
      (row) => row.personId,
    ),
    debtsByPerson: loadAllEach(
      (personIds: string[]) => db.debt.findMany({ where: { personId: { in: personIds } }, orderBy: { recordedOn: 'desc' } }),
      (row) => row.personId,
    ),
    financialSupportByPerson: loadAllEach(
      (personIds: string[]) => db.financialSupport.findMany({ where: { personId: { in: personIds } }, orderBy: { givenOn: 'desc' } }),
      (row) => row.personId,
    ),
    betterOffCalculationsByPerson: loadAllEach(
      (personIds: string[]) =>
        db.betterOffCalculation.findMany({ where: { personId: { in: personIds } }, orderBy: [{ calculatedAt: 'desc' }, { id: 'asc' }] }),
      (row) => row.personId,
    ),
    betterOffLinesByCalculation: loadAllEach(
      (calculationIds: string[]) =>
        db.betterOffLine.findMany({ where: { calculationId: { in: calculationIds } }, orderBy: [{ calculationId: 'asc' }, { position: 'asc' }] }),
      (row) => row.calculationId,
    ),
  };
}

export type WelfareRightsLoaders = ReturnType<typeof createWelfareRightsLoaders>;
