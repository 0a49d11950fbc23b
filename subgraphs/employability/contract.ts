import type { ContractProfile } from '../kit/contract-profile';

/** What the subgraph contract needs beyond the schema (kit/contract-profile.ts); bench/generated-caseload.ts writes its caseload rows. */
export const contract: ContractProfile = {
  badWrite: {
    document: `mutation($input: EmployabilityActivityInput!) { recordActivity(input: $input) { id } }`,
    variables: (personId) => ({ input: { personId, kind: 'JOB_CLUB', title: 'Job club', attendedOn: '2026-02-30' } }),
    invalidField: 'attendedOn',
  },
};
