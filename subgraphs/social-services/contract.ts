import type { ContractProfile } from '../kit/contract-profile';

/** What the subgraph contract needs beyond the schema (kit/contract-profile.ts); bench/generated-caseload.ts writes its caseload rows. */
export const contract: ContractProfile = {
  badWrite: {
    document: `mutation($input: SafeguardingNoteInput!) { addSafeguardingNote(input: $input) { id } }`,
    variables: (personId) => ({ input: { personId, recordedOn: '2026-13-01', concern: 'Missed two visits.', riskLevel: 'LOW' } }),
    invalidField: 'recordedOn',
  },
};
