import type { ContractProfile } from '../kit/contract-profile';

/** What the subgraph contract needs beyond the schema (kit/contract-profile.ts); bench/generated-caseload.ts writes its caseload rows. */
export const contract: ContractProfile = {
  badWrite: {
    document: `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`,
    variables: (personId) => ({
      input: { personId, agency: 'employabilty', categories: ['identity'], purpose: 'Contract check', evidence: 'DIGITAL_SELF_SERVICE' },
    }),
    invalidField: 'agency',
    // The person grants their own consents; the consent subgraph has no owning agency.
    writer: (personId) => ({ sub: personId, role: 'client' }),
  },
};
