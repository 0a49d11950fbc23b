import { DoneBanner } from '../../components/done-banner';
import { useState, type FormEvent } from 'react';
import { ErrorSummary, fieldErrorsOf, type FieldError } from '../../components/form-errors';
import { Loading, Page, Problem } from '../../components/page';
import { Value } from '../../components/withheld-value';
import { useHubMutation, useHubQuery, type HubError } from '../../hub-client';
import { agencyName, categoryTitle, when, words } from '../../labels';
import { Link } from '../../router';

const INBOX = /* GraphQL */ `
  query Inbox {
    referralInbox(limit: 100) {
      id fromAgency reason sharedCategories status createdAt
      person { id givenName familyName preferredName }
    }
  }`;
const ACCEPT = /* GraphQL */ `mutation Accept($id: ID!) { acceptReferral(referralId: $id) { id status } }`;
const DECLINE = /* GraphQL */ `mutation Decline($id: ID!, $reason: String!) { declineReferral(referralId: $id, reason: $reason) { id status } }`;
const CLOSE = /* GraphQL */ `mutation Close($id: ID!, $outcome: String!) { closeReferral(referralId: $id, outcome: $outcome) { id status } }`;

function ReferralCard({ referral, index, errors, onChanged }: { referral: any; index: number; errors: HubError[]; onChanged(message: string): void }) {
  const [, accept] = useHubMutation(ACCEPT);
  const [, decline] = useHubMutation(DECLINE);
  const [, close] = useHubMutation(CLOSE);
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<FieldError[]>([]);
  const noteId = `note-${referral.id}`;
  const name = referral.person?.familyName ? `${referral.person.preferredName ?? referral.person.givenName ?? ''} ${referral.person.familyName}` : null;
  const act = async (event: FormEvent, action: 'accept' | 'decline' | 'close') => {
    event.preventDefault();
    if (action !== 'accept' && !note.trim()) {
      return setProblems([{ field: noteId, message: action === 'decline' ? 'Enter why you are declining' : 'Enter the outcome before closing' }]);
    }
    const answer =
      action === 'accept' ? await accept({ id: referral.id }) : action === 'decline' ? await decline({ id: referral.id, reason: note.trim() }) : await close({ id: referral.id, outcome: note.trim() });
    if (answer.errors.length) return setProblems(fieldErrorsOf(answer.errors, { reason: noteId, outcome: noteId }, noteId));
    onChanged(`Referral ${action === 'accept' ? 'accepted' : action === 'decline' ? 'declined' : 'closed'}${name ? ` for ${name}` : ''}.`);
  };
  return (
    <div className="govuk-summary-card" data-referral={referral.id}>
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title">
          <Value errors={errors} path={['referralInbox', index, 'person', 'familyName']} value={name} show={(n) => <Link to={`/people/${referral.person.id}`}>{n}</Link>} />
        </h2>
        <strong className={`govuk-tag ${referral.status === 'SENT' ? 'govuk-tag--blue' : 'govuk-tag--green'}`}>{words(referral.status)}</strong>
      </div>
      <div className="govuk-summary-card__content">
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">From</dt>
            <dd className="govuk-summary-list__value">{agencyName(referral.fromAgency)}, {when(referral.createdAt)}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Why</dt>
            <dd className="govuk-summary-list__value">
              <Value errors={errors} path={['referralInbox', index, 'reason']} value={referral.reason} />
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">They agreed to share</dt>
            <dd className="govuk-summary-list__value">
              <Value errors={errors} path={['referralInbox', index, 'sharedCategories']} value={referral.sharedCategories} show={(list: string[]) => list.map(categoryTitle).join(', ')} />
            </dd>
          </div>
        </dl>
        <ErrorSummary errors={problems} />
        <form onSubmit={(e) => act(e, referral.status === 'SENT' ? 'decline' : 'close')} noValidate>
          <div className={`govuk-form-group${problems.length ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label" htmlFor={noteId}>
              {referral.status === 'SENT' ? 'Reason, if you decline' : 'Outcome, when you close'}
            </label>
            <textarea className="govuk-textarea" id={noteId} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <div className="govuk-button-group">
            {referral.status === 'SENT' ? (
              <>
                <button type="button" className="govuk-button" onClick={(e) => act(e, 'accept')}>
                  Accept
                </button>
                <button type="submit" className="govuk-button govuk-button--warning">
                  Decline
                </button>
              </>
            ) : (
              <button type="submit" className="govuk-button govuk-button--secondary">
                Close
              </button>
            )}
          </div>
        </form>
      </div>
    </div>
  );
}

/** Referrals sent to the adviser's agency: accept, decline with a reason, close with an outcome. */
export function InboxPage() {
  const inbox = useHubQuery<{ referralInbox: any[] }>(INBOX);
  const [done, setDone] = useState<string | null>(null);
  return (
    <Page title="Referral inbox" name="inbox" ready={!inbox.fetching}>
      <DoneBanner message={done} />
      {inbox.failed ? <Problem>{inbox.failed}</Problem> : null}
      {inbox.fetching && !inbox.data ? <Loading what="the inbox" /> : null}
      {inbox.data && !inbox.data.referralInbox.length ? <p className="govuk-body">No open referrals.</p> : null}
      {inbox.data?.referralInbox.map((referral, i) => (
        <ReferralCard
          key={referral.id}
          referral={referral}
          index={i}
          errors={inbox.errors}
          onChanged={(message) => {
            setDone(message);
            inbox.refetch();
          }}
        />
      ))}
    </Page>
  );
}
