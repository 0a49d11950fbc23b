import type { ContractProfile } from '../kit/contract-profile';

/** What the subgraph contract needs beyond the schema (kit/contract-profile.ts); bench/generated-caseload.ts writes its caseload rows. */
export const contract: ContractProfile = {
  badWrite: {
    document: `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { outcome } }`,
    variables: () => ({ input: { givenName: 'Contract', familyName: 'Check', dateOfBirth: '1990-02-30', postcode: 'NE1 1AA' } }),
    invalidField: 'dateOfBirth',
    // Any agency's staff register people; the people subgraph has no owning agency.
    writer: () => ({ sub: 'staff-contract-registrar', role: 'adviser', agency: 'employability' }),
  },
};
