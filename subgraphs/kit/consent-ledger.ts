import { GraphQLError } from 'graphql';

export interface ConsentToRecord {
  personId: string;
  agency: string;
  categories: string[];
  purpose: string;
  evidence: 'VERBAL' | 'WRITTEN_FORM' | 'DIGITAL_SELF_SERVICE' | 'REFERRAL_FORM';
  evidenceNote?: string | null;
}

/** Records and withdraws consents in the consent subgraph's ledger, as the caller, for a subgraph whose write carries consent. */
export interface ConsentLedger {
  /** All or none; resolves to the new consents' ids in the order given. */
  grant(consents: ConsentToRecord[]): Promise<string[]>;
  withdraw(consentId: string, personId: string, reason: string): Promise<void>;
}

export interface LedgerSource {
  consentUrl: string;
  token: string;
  requestId: string;
}

const GRANT = `mutation Grant($inputs: [GrantConsentInput!]!) { grantConsents(inputs: $inputs) { id } }`;
const WITHDRAW = `mutation Withdraw($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id } }`;

/** The ledger could not record the consent: whatever depended on it must not be written either. */
export const consentNotRecorded = (detail: string) =>
  new GraphQLError(`The consent could not be recorded, so nothing was saved: ${detail}`, {
    extensions: { code: 'CONSENT_NOT_RECORDED' },
  });

export function createConsentLedger(source: LedgerSource): ConsentLedger {
  async function ask<Data>(query: string, variables: Record<string, unknown>): Promise<Data> {
    let body: { data?: Data | null; errors?: Array<{ message: string }> };
    try {
      const response = await fetch(source.consentUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${source.token}`, 'x-request-id': source.requestId },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(5000),
      });
      body = (await response.json()) as typeof body;
    } catch (error) {
      throw consentNotRecorded(`the consent service cannot be reached (${(error as Error).message}).`);
    }
    if (body.errors?.length || !body.data) throw consentNotRecorded(body.errors?.map((e) => e.message).join('; ') ?? 'no answer.');
    return body.data;
  }

  return {
    async grant(consents) {
      const data = await ask<{ grantConsents: Array<{ id: string }> }>(GRANT, { inputs: consents });
      return data.grantConsents.map((consent) => consent.id);
    },
    async withdraw(consentId, personId, reason) {
      await ask(WITHDRAW, { input: { consentId, personId, reason } });
    },
  };
}
