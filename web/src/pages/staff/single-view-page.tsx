import { Loading, Page, Problem } from '../../components/page';
import { useHubQuery } from '../../hub-client';
import { fullName } from '../../labels';
import { PERSON_FIELDS, PersonSections } from '../../person-view';
import { Link } from '../../router';
import type { Session } from '../../sign-in';

const SINGLE_VIEW = /* GraphQL */ `query SingleView($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`;

/** One person's single view, each field as the person agreed to share it with the adviser's agency. */
export function SingleViewPage({ personId, session }: { personId: string; session: Session }) {
  const view = useHubQuery<{ person: any }>(SINGLE_VIEW, { id: personId });
  const person = view.data?.person;
  const name = fullName(person) || 'A person';
  return (
    <Page title={view.fetching ? 'Single view' : name} caption="Single view" name="single-view" ready={!view.fetching}>
      {view.fetching ? <Loading what="the single view" /> : null}
      {view.failed ? <Problem>{view.failed}</Problem> : null}
      {!view.fetching && view.data && !person ? <Problem>Nobody with that id is known to the hub.</Problem> : null}
      {person ? (
        <>
          <div className="hub-actions govuk-!-margin-bottom-6">
            <Link to={`/people/${personId}/refer`} className="govuk-button">
              Refer {person.givenName ?? 'this person'}
            </Link>
            {session.agency === 'welfare-rights' ? (
              <Link to={`/people/${personId}/better-off`} className="govuk-button govuk-button--secondary">
                Better-off calculation
              </Link>
            ) : null}
          </div>
          <p className="govuk-body">Fields marked “Not shared with your agency” are ones {person.givenName ?? 'the person'} has not agreed to share with you.</p>
          <PersonSections person={person} errors={view.errors} root={['person']} />
        </>
      ) : null}
    </Page>
  );
}
