import type { ContractProfile } from '../kit/contract-profile';
import type { HousingDb } from './database';

/** What the subgraph contract (npm run contract -- housing) needs beyond the schema: see kit/contract-profile.ts. */
export const contract: ContractProfile<HousingDb> = {
  async generateRecords(db, personIds) {
    await db.housingRecord.createMany({
      data: personIds.map((personId) => ({ personId, accommodationStatus: 'HOSTEL', statusSince: '2026-01-05', openedOn: '2026-01-05', updatedBy: 'generator' })),
    });
    await db.tenancy.createMany({
      data: personIds.flatMap((personId) => [1, 2].map((n) => ({ personId, kind: 'HOSTEL_LICENCE', landlord: `Hostel ${n}`, startedOn: `2026-01-0${n}`, support: 'NONE', recordedBy: 'generator' }))),
    });
    await db.homelessnessApplication.createMany({
      data: personIds.flatMap((personId) => [1, 2].map((n) => ({ personId, appliedOn: `2025-12-0${n}`, duty: 'RELIEF', decision: 'PENDING', officer: 'generator' }))),
    });
  },
  badWrite: {
    document: `mutation($input: HomelessnessApplicationInput!) { recordHomelessnessApplication(input: $input) { id } }`,
    variables: (personId) => ({ input: { personId, appliedOn: '2026-02-30', duty: 'RELIEF' } }),
    invalidField: 'appliedOn',
  },
};
