import type { ContractProfile } from '../kit/contract-profile';
import type { DrugAlcoholServiceDb } from './database';

/** What the subgraph contract (npm run contract -- drug-alcohol-service) needs beyond the schema: see kit/contract-profile.ts. */
export const contract: ContractProfile<DrugAlcoholServiceDb> = {
  async generateRecords(db, personIds) {
    await db.treatmentRecord.createMany({
      data: personIds.map((personId) => ({
        personId, inTreatment: true, treatmentStartedOn: '2026-01-05', primarySubstance: 'OPIATES', keyWorker: 'generator', openedOn: '2026-01-05', updatedBy: 'generator',
      })),
    });
    await db.substitutePrescription.createMany({
      data: personIds.flatMap((personId) => [1, 2].map((n) => ({
        personId, medication: 'BUPRENORPHINE', doseMg: 4 * n, supervisedConsumption: true, startedOn: `2026-01-0${n}`, recordedBy: 'generator',
      }))),
    });
    await db.recoveryMilestone.createMany({
      data: personIds.flatMap((personId) => [1, 2].map((n) => ({ personId, kind: 'ASSESSMENT_COMPLETED', achievedOn: `2026-01-0${n}`, recordedBy: 'generator' }))),
    });
  },
  badWrite: {
    document: `mutation($input: RecoveryMilestoneInput!) { recordRecoveryMilestone(input: $input) { id } }`,
    variables: (personId) => ({ input: { personId, kind: 'DETOX_COMPLETED', achievedOn: '2026-02-30' } }),
    invalidField: 'achievedOn',
  },
};
