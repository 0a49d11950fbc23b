import type { ContractProfile } from '../kit/contract-profile';

/** What the subgraph contract needs beyond the schema (kit/contract-profile.ts); bench/generated-caseload.ts writes its caseload rows. */
export const contract: ContractProfile = {
  badWrite: {
    document: `mutation($input: DebtInput!) { recordDebt(input: $input) { id } }`,
    variables: (personId) => ({ input: { personId, creditor: '', debtType: 'ENERGY', amountPence: 10000, priority: 'PRIORITY', recordedOn: '2026-01-01' } }),
    invalidField: 'creditor',
  },
};
