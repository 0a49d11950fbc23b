import { useState, type FormEvent } from 'react';
import { Loading, Page, Problem } from '../../components/page';
import { useHubQuery } from '../../hub-client';
import { when } from '../../labels';

const PROGRAMMES = /* GraphQL */ `query Programmes { programmes { id name provider } }`;
const OUTCOMES = /* GraphQL */ `
  query ProgrammeOutcomes($programmeId: ID!, $from: String!, $to: String!) {
    programmeOutcomes(programmeId: $programmeId, from: $from, to: $to) {
      programme { name } from to asOf suppressedBelow
      starts { ...Figure } jobStarts { ...Figure } inWork13Weeks { ...Figure } inWork26Weeks { ...Figure }
      trainingOrEducationStarts { ...Figure } volunteeringStarts { ...Figure } gainedQualification { ...Figure }
      receivedBarrierFunding { ...Figure } peopleSupported { ...Figure }
    }
  }
  fragment Figure on ProgrammeFigure { count suppressed percent }`;

const ROWS: Array<[string, string]> = [
  ['starts', 'Started the programme'],
  ['jobStarts', 'Started a job'],
  ['inWork13Weeks', 'In work after 13 weeks'],
  ['inWork26Weeks', 'In work after 26 weeks'],
  ['trainingOrEducationStarts', 'Started training or education'],
  ['volunteeringStarts', 'Started volunteering'],
  ['gainedQualification', 'Gained a qualification'],
  ['receivedBarrierFunding', 'Received barrier funding'],
  ['peopleSupported', 'People supported'],
];

type Figure = { count: number | null; suppressed: boolean; percent: number | null };

/** Counts for reporting, never names: a small count is suppressed and shown as such. */
export function DpoOutcomesPage() {
  const programmes = useHubQuery<{ programmes: Array<{ id: string; name: string; provider: string }> }>(PROGRAMMES);
  const [form, setForm] = useState({ programmeId: '', from: '2025-01-01', to: '2026-12-31' });
  const [asked, setAsked] = useState<typeof form | null>(null);
  const outcomes = useHubQuery<{ programmeOutcomes: any }>(OUTCOMES, asked ?? undefined, !asked);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const programmeId = form.programmeId || programmes.data?.programmes[0]?.id || '';
    setAsked({ ...form, programmeId });
  };
  const report = outcomes.data?.programmeOutcomes;
  const cell = (figure: Figure, what: 'count' | 'percent') =>
    figure.suppressed ? (
      <strong className="govuk-tag govuk-tag--grey" data-suppressed>
        Suppressed
      </strong>
    ) : what === 'count' ? (
      String(figure.count ?? 0)
    ) : figure.percent === null ? (
      '–'
    ) : (
      `${figure.percent}%`
    );
  return (
    <Page title="Programme outcomes" caption="Data-protection officer" name="dpo-outcomes" ready={!programmes.fetching && (!asked || !outcomes.fetching)}>
      {programmes.failed ? <Problem>{programmes.failed}</Problem> : null}
      <form onSubmit={submit} noValidate>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="programme">
            Programme
          </label>
          <select className="govuk-select" id="programme" value={form.programmeId} onChange={(e) => setForm({ ...form, programmeId: e.target.value })}>
            {(programmes.data?.programmes ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.provider})
              </option>
            ))}
          </select>
        </div>
        {(['from', 'to'] as const).map((name) => (
          <div className="govuk-form-group" key={name}>
            <label className="govuk-label" htmlFor={`period-${name}`}>
              {name === 'from' ? 'Started from' : 'Started up to'}
            </label>
            <input className="govuk-input govuk-input--width-10" type="date" id={`period-${name}`} value={form[name]} onChange={(e) => setForm({ ...form, [name]: e.target.value })} />
          </div>
        ))}
        <button type="submit" className="govuk-button">
          Show the report
        </button>
      </form>
      {outcomes.failed ? <Problem>{outcomes.failed}</Problem> : null}
      {asked && outcomes.fetching ? <Loading what="the report" /> : null}
      {report ? (
        <table className="govuk-table" data-outcomes>
          <caption className="govuk-table__caption govuk-table__caption--m">
            {report.programme.name}, people who started {when(report.from)} to {when(report.to)}. Counts below {report.suppressedBelow} are suppressed.
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Measure</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Count</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Rate</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {ROWS.map(([key, label]) => (
              <tr className="govuk-table__row" key={key}>
                <th scope="row" className="govuk-table__header">{label}</th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{cell(report[key], 'count')}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{cell(report[key], 'percent')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Page>
  );
}
