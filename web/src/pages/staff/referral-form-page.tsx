import { useState, type FormEvent } from 'react';
import { ErrorMessage, ErrorSummary, errorFor, fieldErrorsOf, type FieldError } from '../../components/form-errors';
import { Loading, Page } from '../../components/page';
import { useHubMutation, useHubQuery } from '../../hub-client';
import { agencies, agencyName, dataCategories, fullName } from '../../labels';
import { Link, useRoute } from '../../router';
import type { Session } from '../../sign-in';

const NAME = /* GraphQL */ `query ReferralPerson($id: ID!) { person(id: $id) { id givenName familyName preferredName } }`;
const REFER = /* GraphQL */ `
  mutation Refer($input: CreateReferralInput!) {
    createReferral(input: $input) { id toAgency status sharedCategories consentId }
  }`;

const INPUT_IDS = { toAgency: 'toAgency-0', reason: 'reason', share: 'share-0', consentNote: 'consentNote', personId: 'toAgency-0' };

/** A referral and the person's consent to share with the receiving agency, recorded in one step. */
export function ReferralFormPage({ personId, session }: { personId: string; session: Session }) {
  const { go } = useRoute();
  const person = useHubQuery<{ person: any }>(NAME, { id: personId });
  const [sending, refer] = useHubMutation(REFER);
  const [toAgency, setToAgency] = useState('');
  const [reason, setReason] = useState('');
  const [share, setShare] = useState<string[]>(['identity', 'contact']);
  const [agreed, setAgreed] = useState(false);
  const [consentNote, setConsentNote] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const name = fullName(person.data?.person) || 'the person';
  const receivers = agencies.filter((agency) => agency.code !== session.agency && agency.code !== 'council');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldError[] = [];
    if (!toAgency) local.push({ field: INPUT_IDS.toAgency, message: 'Choose the agency to refer to' });
    if (!reason.trim()) local.push({ field: 'reason', message: 'Enter why you are referring them' });
    if (!share.length) local.push({ field: INPUT_IDS.share, message: 'Choose at least one kind of information to share' });
    if (!agreed) local.push({ field: 'agreed', message: `Confirm that ${name} agrees to share what is ticked` });
    if (!consentNote.trim()) local.push({ field: 'consentNote', message: 'Say how they agreed, for example “signed referral form today”' });
    setErrors(local);
    if (local.length) return;
    const answer = await refer({ input: { personId, toAgency, reason: reason.trim(), share, consentNote: consentNote.trim() } });
    if (answer.errors.length || !answer.data) return setErrors(fieldErrorsOf(answer.errors, INPUT_IDS, 'reason'));
    go(`/people/${personId}?referred=${encodeURIComponent(toAgency)}`);
  };

  return (
    <Page title={`Refer ${name}`} caption="Referral" name="referral-form" ready={!person.fetching}>
      {person.fetching ? <Loading what="the person" /> : null}
      <ErrorSummary errors={errors} />
      <form onSubmit={submit} noValidate>
        <div className={`govuk-form-group${errorFor(errors, INPUT_IDS.toAgency) ? ' govuk-form-group--error' : ''}`}>
          <fieldset className="govuk-fieldset" aria-describedby={errorFor(errors, INPUT_IDS.toAgency) ? 'toAgency-error' : undefined}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Refer to</legend>
            <ErrorMessage id="toAgency" message={errorFor(errors, INPUT_IDS.toAgency)} />
            <div className="govuk-radios">
              {receivers.map((agency, i) => (
                <div className="govuk-radios__item" key={agency.code}>
                  <input className="govuk-radios__input" id={`toAgency-${i}`} name="toAgency" type="radio" value={agency.code} checked={toAgency === agency.code} onChange={() => setToAgency(agency.code)} />
                  <label className="govuk-label govuk-radios__label" htmlFor={`toAgency-${i}`}>
                    {agency.name}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>

        <div className={`govuk-form-group${errorFor(errors, 'reason') ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--m" htmlFor="reason">
            Why you are referring them
          </label>
          <ErrorMessage id="reason" message={errorFor(errors, 'reason')} />
          <textarea className="govuk-textarea" id="reason" name="reason" rows={4} value={reason} onChange={(e) => setReason(e.target.value)} aria-describedby={errorFor(errors, 'reason') ? 'reason-error' : undefined} />
        </div>

        <h2 className="govuk-heading-m">Their consent</h2>
        <div className="govuk-inset-text">Ask {name} what they agree {toAgency ? agencyName(toAgency) : 'the receiving agency'} may see. Only what is ticked is shared, and they can withdraw it at any time.</div>
        <div className={`govuk-form-group${errorFor(errors, INPUT_IDS.share) ? ' govuk-form-group--error' : ''}`}>
          <fieldset className="govuk-fieldset" aria-describedby="share-hint">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">What they agree to share</legend>
            <div className="govuk-hint" id="share-hint">
              Special categories (health, drugs and alcohol, criminal record) need their own clear agreement.
            </div>
            <ErrorMessage id="share" message={errorFor(errors, INPUT_IDS.share)} />
            <div className="govuk-checkboxes govuk-checkboxes--small">
              {dataCategories.map((category, i) => (
                <div className="govuk-checkboxes__item" key={category.code}>
                  <input
                    className="govuk-checkboxes__input"
                    id={`share-${i}`}
                    name="share"
                    type="checkbox"
                    value={category.code}
                    checked={share.includes(category.code)}
                    onChange={(e) => setShare(e.target.checked ? [...share, category.code] : share.filter((c) => c !== category.code))}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={`share-${i}`}>
                    {category.title}
                    {category.special ? ' (special category)' : ''}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <div className={`govuk-form-group${errorFor(errors, 'agreed') ? ' govuk-form-group--error' : ''}`}>
          <ErrorMessage id="agreed" message={errorFor(errors, 'agreed')} />
          <div className="govuk-checkboxes">
            <div className="govuk-checkboxes__item">
              <input className="govuk-checkboxes__input" id="agreed" name="agreed" type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="agreed">
                {name} agrees to this referral and to share what is ticked
              </label>
            </div>
          </div>
        </div>
        <div className={`govuk-form-group${errorFor(errors, 'consentNote') ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor="consentNote">
            How they agreed
          </label>
          <div className="govuk-hint" id="consentNote-hint">
            For example: signed referral form with you today, or agreed by phone with an interpreter.
          </div>
          <ErrorMessage id="consentNote" message={errorFor(errors, 'consentNote')} />
          <textarea className="govuk-textarea" id="consentNote" name="consentNote" rows={2} value={consentNote} onChange={(e) => setConsentNote(e.target.value)} aria-describedby={`consentNote-hint${errorFor(errors, 'consentNote') ? ' consentNote-error' : ''}`} />
        </div>
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={sending}>
            Send referral
          </button>
          <Link to={`/people/${personId}`}>Cancel</Link>
        </div>
      </form>
    </Page>
  );
}
