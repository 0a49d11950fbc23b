import { useState, type FormEvent } from 'react';
import { ErrorSummary, fieldErrorsOf, type FieldError } from '../../components/form-errors';
import { useHubMutation } from '../../hub-client';
import { agencies, agencyName, dataCategories, when } from '../../labels';
import { plainCategory } from './plain-words';

export const CONSENT_FIELDS = /* GraphQL */ `consents { id agency categories purpose givenAt withdrawnAt expiresAt active recordedByAgency }`;

const WITHDRAW = /* GraphQL */ `mutation Withdraw($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id withdrawnAt } }`;
const GIVE = /* GraphQL */ `mutation Give($input: GrantConsentInput!) { grantConsent(input: $input) { id agency categories active } }`;

interface Consent {
  id: string;
  agency: string;
  categories: string[];
  purpose: string;
  givenAt: string;
  withdrawnAt: string | null;
  active: boolean;
  recordedByAgency: string | null;
}

/** The person's consents: each one said plainly, with a clear way to take it back, and a form to give one. */
export function Consents({ personId, consents, onChanged }: { personId: string; consents: Consent[]; onChanged(message: string): void }) {
  const [, withdraw] = useHubMutation(WITHDRAW);
  const [problems, setProblems] = useState<FieldError[]>([]);
  const active = consents.filter((c) => c.active);
  const stop = async (consent: Consent) => {
    const answer = await withdraw({ input: { consentId: consent.id, personId, reason: 'Withdrawn on my page' } });
    if (answer.errors.length) return setProblems(fieldErrorsOf(answer.errors, {}, `withdraw-${consent.id}`));
    onChanged(`${agencyName(consent.agency)} can no longer see what you had shared.`);
  };
  return (
    <>
      <ErrorSummary errors={problems} />
      {active.length ? null : <p className="govuk-body">You are not sharing anything with anyone right now.</p>}
      {active.map((consent) => (
        <div className="govuk-summary-card" key={consent.id} data-consent={consent.id} data-consent-agency={consent.agency}>
          <div className="govuk-summary-card__title-wrapper">
            <h3 className="govuk-summary-card__title">{agencyName(consent.agency)}</h3>
          </div>
          <div className="govuk-summary-card__content">
            <p className="govuk-body">You said yes on {when(consent.givenAt)}. They can see:</p>
            <ul className="govuk-list govuk-list--bullet">
              {consent.categories.map((category) => (
                <li key={category}>{plainCategory(category)}</li>
              ))}
            </ul>
            <p className="govuk-body">Why: {consent.purpose}</p>
            <button type="button" id={`withdraw-${consent.id}`} className="govuk-button govuk-button--warning" onClick={() => void stop(consent)}>
              Stop sharing with {agencyName(consent.agency)}
              <span className="govuk-visually-hidden">: {consent.categories.map(plainCategory).join(', ')}</span>
            </button>
          </div>
        </div>
      ))}
      <GiveConsent personId={personId} onChanged={onChanged} />
    </>
  );
}

function GiveConsent({ personId, onChanged }: { personId: string; onChanged(message: string): void }) {
  const [, give] = useHubMutation(GIVE);
  const [agency, setAgency] = useState('');
  const [categories, setCategories] = useState<string[]>([]);
  const [problems, setProblems] = useState<FieldError[]>([]);
  const staffAgencies = agencies.filter((a) => a.code !== 'council');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldError[] = [];
    if (!agency) local.push({ field: 'give-agency', message: 'Choose who you want to share with' });
    if (!categories.length) local.push({ field: 'give-category-0', message: 'Choose what they can see' });
    setProblems(local);
    if (local.length) return;
    const answer = await give({ input: { personId, agency, categories, purpose: 'Shared from my page', evidence: 'DIGITAL_SELF_SERVICE' } });
    if (answer.errors.length) return setProblems(fieldErrorsOf(answer.errors, { agency: 'give-agency', categories: 'give-category-0' }, 'give-agency'));
    setAgency('');
    setCategories([]);
    onChanged(`You are now sharing with ${agencyName(agency)}.`);
  };
  return (
    <form onSubmit={submit} noValidate className="govuk-!-margin-top-6">
      <h3 className="govuk-heading-s">Share with someone new</h3>
      <ErrorSummary errors={problems} />
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="give-agency">
          Who can see it
        </label>
        <select className="govuk-select" id="give-agency" value={agency} onChange={(e) => setAgency(e.target.value)}>
          <option value="">Choose</option>
          {staffAgencies.map((a) => (
            <option value={a.code} key={a.code}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">What they can see</legend>
          <div className="govuk-checkboxes govuk-checkboxes--small">
            {dataCategories.map((category, i) => (
              <div className="govuk-checkboxes__item" key={category.code}>
                <input
                  className="govuk-checkboxes__input"
                  id={`give-category-${i}`}
                  type="checkbox"
                  checked={categories.includes(category.code)}
                  onChange={(e) => setCategories(e.target.checked ? [...categories, category.code] : categories.filter((c) => c !== category.code))}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={`give-category-${i}`}>
                  {plainCategory(category.code)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <button type="submit" className="govuk-button">
        Share
      </button>
    </form>
  );
}
