import { GraphQLError } from 'graphql';
import { serviceCallHeaders, type OnBehalfOf } from '../../platform/service-call-headers';

export interface ConsentToRecord {
  personId: string;
  agency: string;
  categories: string[];
  purpose: string;
  evidence: 'VERBAL' | 'WRITTEN_FORM' | 'DIGITAL_SELF_SERVICE' | 'REFERRAL_FORM';
  evidenceNote?: string | null;
}

/** An agency link as it now stands in its owner (the people subgraph), for the decider's copy. */
export interface LinkState {
  linkId: string;
  personId: string;
  agency: string;
  madeHow: string;
  linkedAt: Date;
  endedAt: Date | null;
  /** The write that made the link did not happen: the copy forgets it. */
  forget?: boolean;
}

/**
 * Records and withdraws consents in the consent subgraph's ledger, as the caller, for a subgraph whose
 * write carries consent; and tells it of agency-link changes, which only the people subgraph makes.
 */
export interface ConsentLedger {
  /** Resolves to the new consent's id. */
  grant(consent: ConsentToRecord): Promise<string>;
  withdraw(consentId: string, personId: string, reason: string): Promise<void>;
  /** Tells the decider how an agency link now stands: links grant `identity` and allow staff to record consents. */
  recordLink(link: LinkState): Promise<void>;
}

export interface LedgerSource extends OnBehalfOf {
  consentUrl: string;
}

const GRANT = `mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
const WITHDRAW = `mutation Withdraw($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id } }`;
const RECORD_LINK = `mutation Link($input: AgencyLinkChangeInput!) { recordAgencyLink(input: $input) }`;

/** The ledger could not record the consent: whatever depended on it must not be written either. */
export const consentNotRecorded = (detail: string, what = 'The consent') =>
  new GraphQLError(`${what} could not be recorded, so nothing was saved: ${detail}`, {
    extensions: { code: 'CONSENT_NOT_RECORDED' },
  });

export function createConsentLedger(source: LedgerSource): ConsentLedger {
  async function ask<Data>(query: string, variables: Record<string, unknown>, what?: string): Promise<Data> {
    let body: { data?: Data | null; errors?: Array<{ message: string }> };
    try {
      const response = await fetch(source.consentUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...serviceCallHeaders(source) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(5000),
      });
      body = (await response.json()) as typeof body;
    } catch (error) {
      throw consentNotRecorded(`the consent service cannot be reached (${(error as Error).message}).`, what);
    }
    if (body.errors?.length || !body.data) throw consentNotRecorded(body.errors?.map((e) => e.message).join('; ') ?? 'no answer.', what);
    return body.data;
  }

  return {
    async grant(consent) {
      const data = await ask<{ grantConsent: { id: string } }>(GRANT, { input: consent });
      return data.grantConsent.id;
    },
    async withdraw(consentId, personId, reason) {
      await ask(WITHDRAW, { input: { consentId, personId, reason } });
    },
    async recordLink({ linkedAt, endedAt, forget, ...link }) {
      await ask(RECORD_LINK, { input: { ...link, linkedAt: linkedAt.toISOString(), endedAt: endedAt?.toISOString() ?? null, forget: Boolean(forget) } }, 'The agency link');
    },
  };
}
