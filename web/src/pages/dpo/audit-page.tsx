import { useState, type FormEvent } from 'react';
import { Loading, Page, Problem } from '../../components/page';
import { useHubQuery } from '../../hub-client';
import { agencies, agencyName, categoryTitle, when, words } from '../../labels';

const AUDIT = /* GraphQL */ `
  query AuditSearch($filter: AuditEventFilter, $limit: Int!, $offset: Int!) {
    auditEvents(filter: $filter, limit: $limit, offset: $offset) {
      total
      events { sequence at subject agency role person subgraph fieldPath category decision reason justification requestId }
    }
  }`;

const PAGE_SIZE = 25;
type Filter = { person: string; agency: string; subject: string; decision: string; from: string; to: string };
const EMPTY: Filter = { person: '', agency: '', subject: '', decision: '', from: '', to: '' };

/** The audit log, newest first, by person, agency, staff member, decision and period, a page at a time. */
export function DpoAuditPage() {
  const [form, setForm] = useState<Filter>(EMPTY);
  const [filter, setFilter] = useState<Filter>(EMPTY);
  const [offset, setOffset] = useState(0);
  const asked = Object.fromEntries(
    Object.entries(filter)
      .filter(([, v]) => v)
      .map(([k, v]) => [k, k === 'from' ? `${v}T00:00:00.000Z` : k === 'to' ? `${v}T23:59:59.999Z` : v]),
  );
  const audit = useHubQuery<{ auditEvents: { total: number; events: any[] } }>(AUDIT, { filter: asked, limit: PAGE_SIZE, offset });
  const page = audit.data?.auditEvents;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOffset(0);
    setFilter({ ...form });
  };
  const text = (name: keyof Filter, label: string, hint?: string, type = 'text') => (
    <div className="govuk-form-group">
      <label className="govuk-label" htmlFor={`audit-${name}`}>
        {label}
      </label>
      {hint ? <div className="govuk-hint" id={`audit-${name}-hint`}>{hint}</div> : null}
      <input className="govuk-input govuk-input--width-20" id={`audit-${name}`} type={type} value={form[name]} aria-describedby={hint ? `audit-${name}-hint` : undefined} onChange={(e) => setForm({ ...form, [name]: e.target.value })} />
    </div>
  );
  return (
    <Page title="Audit log" caption="Data-protection officer" name="dpo-audit" ready={!audit.fetching}>
      <form onSubmit={submit} noValidate>
        {text('person', 'Person id')}
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="audit-agency">
            Agency
          </label>
          <select className="govuk-select" id="audit-agency" value={form.agency} onChange={(e) => setForm({ ...form, agency: e.target.value })}>
            <option value="">Any agency</option>
            {agencies.map((a) => (
              <option key={a.code} value={a.code}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        {text('subject', 'Staff id', 'For example, staff-dana-okafor')}
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="audit-decision">
            Decision
          </label>
          <select className="govuk-select" id="audit-decision" value={form.decision} onChange={(e) => setForm({ ...form, decision: e.target.value })}>
            <option value="">Any decision</option>
            <option value="ALLOWED">Allowed</option>
            <option value="DENIED">Denied</option>
          </select>
        </div>
        {text('from', 'From', undefined, 'date')}
        {text('to', 'To', undefined, 'date')}
        <button type="submit" className="govuk-button">
          Search the log
        </button>
      </form>
      {audit.failed ? <Problem>{audit.failed}</Problem> : null}
      {audit.fetching ? <Loading what="the audit log" /> : null}
      {page ? (
        <>
          <table className="govuk-table" data-audit-total={page.total}>
            <caption className="govuk-table__caption govuk-table__caption--m">
              {page.total} entries{page.total ? `, ${offset + 1} to ${Math.min(offset + PAGE_SIZE, page.total)} shown` : ''}
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">#</th>
                <th scope="col" className="govuk-table__header">When</th>
                <th scope="col" className="govuk-table__header">Who</th>
                <th scope="col" className="govuk-table__header">Field</th>
                <th scope="col" className="govuk-table__header">Decision</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {page.events.map((e) => (
                <tr className="govuk-table__row" key={e.sequence}>
                  <td className="govuk-table__cell">{e.sequence}</td>
                  <td className="govuk-table__cell">{when(e.at)}</td>
                  <td className="govuk-table__cell">
                    {e.subject} ({agencyName(e.agency)}, {e.role})
                  </td>
                  <td className="govuk-table__cell">
                    {e.fieldPath} ({categoryTitle(e.category)}) of {e.person}
                  </td>
                  <td className="govuk-table__cell">
                    {words(e.decision)}: {words(e.reason)}
                    {e.justification ? ` (“${e.justification}”)` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav className="govuk-pagination" aria-label="Pages of the audit log">
            {offset > 0 ? (
              <div className="govuk-pagination__prev">
                <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
                  Previous page
                </button>
              </div>
            ) : null}
            {offset + PAGE_SIZE < page.total ? (
              <div className="govuk-pagination__next">
                <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setOffset(offset + PAGE_SIZE)}>
                  Next page
                </button>
              </div>
            ) : null}
          </nav>
        </>
      ) : null}
    </Page>
  );
}
