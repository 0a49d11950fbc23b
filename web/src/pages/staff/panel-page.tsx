import { Loading, Page, Problem } from '../../components/page';
import { Value } from '../../components/withheld-value';
import { useHubQuery } from '../../hub-client';
import { agencyName, categoryTitle, when, words } from '../../labels';

const PANEL = /* GraphQL */ `
  query Panel {
    referralPanel(limit: 200) {
      id fromAgency toAgency reason sharedCategories status createdAt
      person { id givenName familyName preferredName }
    }
  }`;

/** The weekly multi-agency meeting: every open referral, each as much as the person agreed this agency may see. */
export function PanelPage() {
  const panel = useHubQuery<{ referralPanel: any[] }>(PANEL);
  const list = panel.data?.referralPanel ?? [];
  return (
    <Page title="Referral panel" caption="Multi-agency meeting" name="panel" ready={!panel.fetching}>
      {panel.failed ? <Problem>{panel.failed}</Problem> : null}
      {panel.fetching ? <Loading what="the panel" /> : null}
      {panel.data && !list.length ? <p className="govuk-body">No open referrals.</p> : null}
      {list.length ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Open referrals</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Person</th>
              <th scope="col" className="govuk-table__header">From and to</th>
              <th scope="col" className="govuk-table__header">Why</th>
              <th scope="col" className="govuk-table__header">Shared</th>
              <th scope="col" className="govuk-table__header">Status</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {list.map((r, i) => (
              <tr className="govuk-table__row" key={r.id} data-referral={r.id}>
                <td className="govuk-table__cell">
                  <Value errors={panel.errors} path={['referralPanel', i, 'person', 'familyName']} value={r.person?.familyName ? `${r.person.preferredName ?? r.person.givenName ?? ''} ${r.person.familyName}` : null} />
                </td>
                <td className="govuk-table__cell">
                  {agencyName(r.fromAgency)} to {agencyName(r.toAgency)}, {when(r.createdAt)}
                </td>
                <td className="govuk-table__cell">
                  <Value errors={panel.errors} path={['referralPanel', i, 'reason']} value={r.reason} />
                </td>
                <td className="govuk-table__cell">
                  <Value errors={panel.errors} path={['referralPanel', i, 'sharedCategories']} value={r.sharedCategories} show={(c: string[]) => c.map(categoryTitle).join(', ')} />
                </td>
                <td className="govuk-table__cell">{words(r.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Page>
  );
}
