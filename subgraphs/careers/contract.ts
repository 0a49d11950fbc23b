import type { ContractProfile } from '../kit/contract-profile';

/** What the subgraph contract needs beyond the schema (kit/contract-profile.ts); bench/generated-caseload.ts writes its caseload rows. */
export const contract: ContractProfile = {
  badWrite: {
    document: `mutation($input: QualificationInput!) { addQualification(input: $input) { id } }`,
    variables: (personId) => ({ input: { personId, title: 'Food hygiene', level: 'LEVEL_2', accredited: true, achievedOn: '2026-02-30' } }),
    invalidField: 'achievedOn',
  },
};
