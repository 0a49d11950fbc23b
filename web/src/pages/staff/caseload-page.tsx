import { useState, type FormEvent } from 'react';
import { Loading, Page, Problem } from '../../components/page';
import { Value } from '../../components/withheld-value';
import { useHubQuery, type HubError } from '../../hub-client';
import { agencyName, when } from '../../labels';
import { Link } from '../../router';
import type { Session } from '../../sign-in';

const CASELOAD = /* GraphQL */ `
  query Caseload {
    caseload(limit: 200) { id givenName familyName preferredName dateOfBirth }
  }`;

const SEARCH = /* GraphQL */ `
  query SearchPeople($familyName: String!, $givenName: String, $dateOfBirth: String, $postcode: String) {
    searchPeople(familyName: $familyName, givenName: $givenName, dateOfBirth: $dateOfBirth, postcode: $postcode) { id givenName familyName preferredName dateOfBirth }
  }`;

interface PersonRow {
  id: string;
  givenName: string | null;
  familyName: string | null;
  preferredName: string | null;
  dateOfBirth: string | null;
}

function PeopleTable({ caption, root, people, errors }: { caption: string; root: string; people: PersonRow[]; errors: HubError[] }) {
  if (!people.length) return <p className="govuk-body">Nobody found.</p>;
  return (
    <table className="govuk-table" data-table={root}>
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Name</th>
          <th scope="col" className="govuk-table__header">Date of birth</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {people.map((person, i) => (
          <tr className="govuk-table__row" key={person.id}>
            <td className="govuk-table__cell">
              <Link to={`/people/${person.id}`}>
                <Value errors={errors} path={[root, i, 'familyName']} value={person.familyName ? `${person.preferredName ?? person.givenName ?? ''} ${person.familyName}` : null} />
              </Link>
            </td>
            <td className="govuk-table__cell">
              <Value errors={errors} path={[root, i, 'dateOfBirth']} value={person.dateOfBirth} show={when} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The people the adviser's agency works with, and a search of the register by family name. */
export function CaseloadPage({ session }: { session: Session }) {
  const caseload = useHubQuery<{ caseload: PersonRow[] }>(CASELOAD);
  const [form, setForm] = useState({ familyName: '', givenName: '', dateOfBirth: '', postcode: '' });
  const [asked, setAsked] = useState<typeof form | null>(null);
  const [missing, setMissing] = useState(false);
  const search = useHubQuery<{ searchPeople: PersonRow[] }>(SEARCH, asked ? Object.fromEntries(Object.entries(asked).filter(([, v]) => v)) : undefined, !asked);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!form.familyName.trim());
    if (form.familyName.trim()) setAsked({ ...form, familyName: form.familyName.trim() });
  };
  const input = (name: keyof typeof form, label: string, hint?: string, width = 'govuk-input--width-20') => (
    <div className={`govuk-form-group${name === 'familyName' && missing ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={`search-${name}`}>
        {label}
      </label>
      {hint ? <div className="govuk-hint" id={`search-${name}-hint`}>{hint}</div> : null}
      {name === 'familyName' && missing ? (
        <p className="govuk-error-message" id="search-familyName-error">
          <span className="govuk-visually-hidden">Error:</span> Enter a family name to search
        </p>
      ) : null}
      <input
        className={`govuk-input ${width}`}
        id={`search-${name}`}
        name={name}
        value={form[name]}
        aria-describedby={[hint ? `search-${name}-hint` : '', name === 'familyName' && missing ? 'search-familyName-error' : ''].filter(Boolean).join(' ') || undefined}
        onChange={(event) => setForm({ ...form, [name]: event.target.value })}
      />
    </div>
  );
  return (
    <Page title="Caseload" caption={agencyName(session.agency)} name="caseload" ready={!caseload.fetching}>
      <div className="hub-actions govuk-!-margin-bottom-6">
        <Link to="/register" className="govuk-button govuk-button--secondary">
          Register a person
        </Link>
      </div>
      {caseload.failed ? <Problem>{caseload.failed}</Problem> : null}
      {caseload.fetching ? <Loading what="the caseload" /> : caseload.data ? <PeopleTable caption="People your agency works with" root="caseload" people={caseload.data.caseload} errors={caseload.errors} /> : null}

      <form onSubmit={submit} noValidate role="search" aria-labelledby="search-heading" className="govuk-!-margin-top-8">
        <h2 className="govuk-heading-m" id="search-heading">
          Search for a person
        </h2>
        <p className="govuk-body">You see only the people your agency may see. Every search is written to the audit log.</p>
        {input('familyName', 'Family name')}
        {input('givenName', 'Given name (optional)')}
        {input('dateOfBirth', 'Date of birth (optional)', 'For example, 1991-03-14', 'govuk-input--width-10')}
        {input('postcode', 'Postcode (optional)', undefined, 'govuk-input--width-10')}
        <button type="submit" className="govuk-button">
          Search
        </button>
      </form>
      {asked ? (
        <div data-page-ready={search.fetching ? undefined : 'search'} aria-live="polite">
          {search.failed ? <Problem>{search.failed}</Problem> : null}
          {search.fetching ? <Loading what="search results" /> : search.data ? <PeopleTable caption={`Search results for “${asked.familyName}”`} root="searchPeople" people={search.data.searchPeople} errors={search.errors} /> : null}
        </div>
      ) : null}
    </Page>
  );
}
