import { DoneBanner } from '../../components/done-banner';
import { useState, type FormEvent } from 'react';
import { ErrorMessage, errorFor, fieldErrorsOf, type FieldError } from '../../components/form-errors';
import { Loading, Page, Problem } from '../../components/page';
import { useHubMutation, useHubQuery } from '../../hub-client';
import { agencyName, categoryTitle, when } from '../../labels';

const LIST = /* GraphQL */ `
  query BreakGlass($pendingOnly: Boolean!) {
    breakGlassAccesses(pendingOnly: $pendingOnly) { requestId at subject agency role justification people categories reviewedAt reviewedBy finding reviewNote }
  }`;
const REVIEW = /* GraphQL */ `
  mutation Review($input: BreakGlassReviewInput!) { reviewBreakGlass(input: $input) { requestId finding reviewedAt } }`;

function ReviewForm({ access, onDone }: { access: any; onDone(message: string): void }) {
  const [, review] = useHubMutation(REVIEW);
  const [finding, setFinding] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const id = access.requestId;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldError[] = [];
    if (!finding) local.push({ field: `finding-${id}-0`, message: 'Choose whether the look was justified' });
    if (!note.trim()) local.push({ field: `note-${id}`, message: 'Enter a note saying why' });
    setErrors(local);
    if (local.length) return;
    const answer = await review({ input: { requestId: id, finding, note: note.trim() } });
    if (answer.errors.length) return setErrors(fieldErrorsOf(answer.errors, { note: `note-${id}`, finding: `finding-${id}-0` }, `note-${id}`));
    onDone(`Review recorded: ${finding === 'JUSTIFIED' ? 'justified' : 'not justified'}.`);
  };
  return (
    <form onSubmit={submit} noValidate>
      <div className={`govuk-form-group${errorFor(errors, `finding-${id}-0`) ? ' govuk-form-group--error' : ''}`}>
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Your finding</legend>
          <ErrorMessage id={`finding-${id}`} message={errorFor(errors, `finding-${id}-0`)} />
          <div className="govuk-radios govuk-radios--small govuk-radios--inline">
            {(['JUSTIFIED', 'NOT_JUSTIFIED'] as const).map((value, i) => (
              <div className="govuk-radios__item" key={value}>
                <input className="govuk-radios__input" id={`finding-${id}-${i}`} name={`finding-${id}`} type="radio" value={value} checked={finding === value} onChange={() => setFinding(value)} />
                <label className="govuk-label govuk-radios__label" htmlFor={`finding-${id}-${i}`}>
                  {value === 'JUSTIFIED' ? 'Justified' : 'Not justified'}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div className={`govuk-form-group${errorFor(errors, `note-${id}`) ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label" htmlFor={`note-${id}`}>
          Note
        </label>
        <ErrorMessage id={`note-${id}`} message={errorFor(errors, `note-${id}`)} />
        <textarea className="govuk-textarea" id={`note-${id}`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="submit" className="govuk-button">
        Record the review
      </button>
    </form>
  );
}

/** Urgent looks waiting for the DPO: one item per request that broke the glass. */
export function DpoBreakGlassPage() {
  const [pendingOnly, setPendingOnly] = useState(true);
  const list = useHubQuery<{ breakGlassAccesses: any[] }>(LIST, { pendingOnly });
  const [done, setDone] = useState<string | null>(null);
  const items = list.data?.breakGlassAccesses ?? [];
  return (
    <Page title="Break-glass reviews" caption="Data-protection officer" name="dpo-break-glass" ready={!list.fetching}>
      <DoneBanner message={done} />
      <div className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-6">
        <div className="govuk-checkboxes__item">
          <input className="govuk-checkboxes__input" id="pending-only" type="checkbox" checked={pendingOnly} onChange={(e) => setPendingOnly(e.target.checked)} />
          <label className="govuk-label govuk-checkboxes__label" htmlFor="pending-only">
            Only those waiting for review
          </label>
        </div>
      </div>
      {list.failed ? <Problem>{list.failed}</Problem> : null}
      {list.fetching ? <Loading what="break-glass requests" /> : null}
      {list.data && !items.length ? <p className="govuk-body">Nothing waiting for review.</p> : null}
      {items.map((access) => (
        <div className="govuk-summary-card" key={access.requestId} data-break-glass={access.requestId}>
          <div className="govuk-summary-card__title-wrapper">
            <h2 className="govuk-summary-card__title">
              {access.subject} ({agencyName(access.agency)}), {when(access.at)}
            </h2>
            {access.finding ? <strong className="govuk-tag">{access.finding === 'JUSTIFIED' ? 'Justified' : 'Not justified'}</strong> : <strong className="govuk-tag govuk-tag--yellow">Waiting</strong>}
          </div>
          <div className="govuk-summary-card__content">
            <dl className="govuk-summary-list">
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Why they said it was urgent</dt>
                <dd className="govuk-summary-list__value">{access.justification}</dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">What it opened</dt>
                <dd className="govuk-summary-list__value">
                  {access.categories.map(categoryTitle).join(', ')} of {access.people.length} {access.people.length === 1 ? 'person' : 'people'} ({access.people.join(', ')})
                </dd>
              </div>
              {access.reviewedAt ? (
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Review</dt>
                  <dd className="govuk-summary-list__value">
                    {access.reviewedBy}, {when(access.reviewedAt)}: {access.reviewNote}
                  </dd>
                </div>
              ) : null}
            </dl>
            {access.reviewedAt ? null : (
              <ReviewForm
                access={access}
                onDone={(message) => {
                  setDone(message);
                  list.refetch();
                }}
              />
            )}
          </div>
        </div>
      ))}
    </Page>
  );
}
