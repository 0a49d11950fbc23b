import { useState, type FormEvent } from 'react';
import { ErrorMessage, ErrorSummary, errorFor, fieldErrorsOf, type FieldError } from '../../components/form-errors';
import { Page } from '../../components/page';
import { useHubMutation, useHubQuery } from '../../hub-client';
import { fullName, pounds } from '../../labels';
import { Link } from '../../router';

const NAME = /* GraphQL */ `query BetterOffPerson($id: ID!) { person(id: $id) { id givenName familyName preferredName } }`;
const CALCULATE = /* GraphQL */ `
  mutation BetterOff($input: BetterOffInput!) {
    calculateBetterOff(input: $input) {
      id ratesTaxYear universalCreditNowPence universalCreditInWorkPence netMonthlyEarningsPence
      totalMonthlyIncomeNowPence totalMonthlyIncomeInWorkPence monthlyGainPence gainPerHourPence
      breakdown { scenario label pence isTotal }
    }
  }`;

const FIELDS = [
  { name: 'hoursPerWeek', label: 'Hours a week in the job', kind: 'number' },
  { name: 'hourlyWage', label: 'Hourly wage, in pounds', kind: 'money' },
  { name: 'claimantAge', label: 'Their age', kind: 'number' },
  { name: 'children', label: 'Children living with them', kind: 'number' },
  { name: 'housing', label: 'Rent or housing costs a month, in pounds', kind: 'money' },
  { name: 'childcare', label: 'Childcare costs a month in work, in pounds', kind: 'money' },
] as const;

type Name = (typeof FIELDS)[number]['name'];

/** Universal Credit now and in work, with the breakdown a welfare-rights adviser talks through. */
export function BetterOffPage({ personId }: { personId: string }) {
  const person = useHubQuery<{ person: any }>(NAME, { id: personId });
  const [form, setForm] = useState<Record<Name, string>>({ hoursPerWeek: '30', hourlyWage: '12.21', claimantAge: '', children: '0', housing: '', childcare: '0' });
  const [couple, setCouple] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [result, setResult] = useState<any>(null);
  const [, calculate] = useHubMutation(CALCULATE);
  const pence = (v: string) => Math.round(Number(v) * 100);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = FIELDS.filter((f) => f.name !== 'housing' && (form[f.name].trim() === '' || Number.isNaN(Number(form[f.name])))).map((f) => ({ field: f.name, message: `Enter ${f.label.toLowerCase()} as a number` }));
    setErrors(local);
    if (local.length) return;
    const input = {
      personId,
      hoursPerWeek: Number(form.hoursPerWeek),
      hourlyWagePence: pence(form.hourlyWage),
      claimantAge: Number(form.claimantAge),
      couple,
      children: Number(form.children),
      monthlyChildcareCostsPence: pence(form.childcare),
      ...(form.housing.trim() ? { monthlyHousingCostsPence: pence(form.housing) } : {}),
    };
    const answer = await calculate({ input });
    if (answer.errors.length || !answer.data) {
      return setErrors(fieldErrorsOf(answer.errors, { hoursPerWeek: 'hoursPerWeek', hourlyWagePence: 'hourlyWage', claimantAge: 'claimantAge', children: 'children', monthlyHousingCostsPence: 'housing', monthlyChildcareCostsPence: 'childcare' }, 'hoursPerWeek'));
    }
    setResult(answer.data.calculateBetterOff);
  };
  const name = fullName(person.data?.person) || 'this person';
  const lines = (scenario: string) => (result?.breakdown ?? []).filter((line: any) => line.scenario === scenario);
  return (
    <Page title={`Better off in work? ${name}`} caption="Better-off calculation" name="better-off" ready={!person.fetching}>
      <ErrorSummary errors={errors} />
      <form onSubmit={submit} noValidate>
        {FIELDS.map((field) => (
          <div className={`govuk-form-group${errorFor(errors, field.name) ? ' govuk-form-group--error' : ''}`} key={field.name}>
            <label className="govuk-label" htmlFor={field.name}>
              {field.label}
            </label>
            <ErrorMessage id={field.name} message={errorFor(errors, field.name)} />
            <input className="govuk-input govuk-input--width-5" id={field.name} name={field.name} inputMode="decimal" value={form[field.name]} onChange={(e) => setForm({ ...form, [field.name]: e.target.value })} />
          </div>
        ))}
        <div className="govuk-form-group">
          <div className="govuk-checkboxes govuk-checkboxes--small">
            <div className="govuk-checkboxes__item">
              <input className="govuk-checkboxes__input" id="couple" type="checkbox" checked={couple} onChange={(e) => setCouple(e.target.checked)} />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="couple">
                They claim as a couple
              </label>
            </div>
          </div>
        </div>
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button">
            Work it out
          </button>
          <Link to={`/people/${personId}`}>Back to the single view</Link>
        </div>
      </form>
      {result ? (
        <div data-better-off={result.id} aria-live="polite">
          <div className="govuk-panel govuk-panel--confirmation">
            <h2 className="govuk-panel__title">{result.monthlyGainPence >= 0 ? `${pounds(result.monthlyGainPence)} a month better off` : `${pounds(-result.monthlyGainPence)} a month worse off`}</h2>
            <div className="govuk-panel__body">
              {pounds(result.gainPerHourPence)} for each hour worked ({result.ratesTaxYear} rates)
            </div>
          </div>
          {(['NOW', 'IN_WORK'] as const).map((scenario) => (
            <table className="govuk-table" key={scenario}>
              <caption className="govuk-table__caption govuk-table__caption--m">{scenario === 'NOW' ? 'Income now, a month' : 'Income in work, a month'}</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Item</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Amount</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {lines(scenario).map((line: any, i: number) => (
                  <tr className="govuk-table__row" key={i}>
                    {line.isTotal ? (
                      <th scope="row" className="govuk-table__header">{line.label}</th>
                    ) : (
                      <td className="govuk-table__cell">{line.label}</td>
                    )}
                    <td className="govuk-table__cell govuk-table__cell--numeric">{pounds(line.pence)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </div>
      ) : null}
    </Page>
  );
}
