import type { ContractProfile } from '../kit/contract-profile';
import type { DrugAlcoholServiceDb } from './database';

/** What the subgraph contract (npm run contract -- drug-alcohol-service) needs beyond the schema: see kit/contract-profile.ts. */
export const contract: ContractProfile<DrugAlcoholServiceDb> = {
  async generateRecords(db, personIds) {
    await db.treatmentRecord.createMany({ data: personIds.map((personId) => ({ personId, openedOn: '2026-01-05', updatedBy: 'generator' })) });
    await db.treatmentEntry.createMany({
      data: personIds.flatMap((personId) => [1, 2].map((n) => ({ personId, happenedOn: `2026-01-0${n}`, summary: `Entry ${n}`, recordedBy: 'generator' }))),
    });
  },
  badWrite: {
    document: `mutation($input: TreatmentEntryInput!) { recordTreatmentEntry(input: $input) { id } }`,
    variables: (personId) => ({ input: { personId, happenedOn: '2026-02-30', summary: 'A day that does not exist.' } }),
    invalidField: 'happenedOn',
  },
};
