import { useState, type FormEvent } from 'react';
import { ErrorMessage, ErrorSummary, errorFor, fieldErrorsOf, type FieldError } from '../../components/form-errors';
import { Page } from '../../components/page';
import { useHubMutation } from '../../hub-client';
import { Link } from '../../router';
import { POSSIBLE_MATCH_FIELDS, PossibleMatches, type PossibleMatch } from './possible-matches';

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterPersonInput!, $answer: PossibleMatchAnswerInput) {
    registerPerson(input: $input, answer: $answer) {
      outcome matched matchedOn person { id givenName familyName }
      ${POSSIBLE_MATCH_FIELDS}
    }
  }`;

const FIELDS = [
  { name: 'givenName', label: 'Given name', required: true },
  { name: 'familyName', label: 'Family name', required: true },
  { name: 'nationalInsuranceNumber', label: 'National Insurance number (optional)', hint: 'For example, QQ 12 34 56 C' },
  { name: 'postcode', label: 'Postcode (optional)' },
  { name: 'phone', label: 'Phone (optional)' },
  { name: 'email', label: 'Email (optional)' },
] as const;

type Form = Record<(typeof FIELDS)[number]['name'] | 'day' | 'month' | 'year', string>;
const EMPTY: Form = { givenName: '', familyName: '', nationalInsuranceNumber: '', postcode: '', phone: '', email: '', day: '', month: '', year: '' };

/** Registering a person: the hub matches before it creates, and asks when it is not sure. */
export function RegisterPage() {
  const [form, setForm] = useState<Form>(EMPTY);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [matches, setMatches] = useState<PossibleMatch[] | null>(null);
  const [result, setResult] = useState<any>(null);
  const [, register] = useHubMutation(REGISTER);

  const input = () => {
    const dateOfBirth = `${form.year.padStart(4, '0')}-${form.month.padStart(2, '0')}-${form.day.padStart(2, '0')}`;
    const optional = Object.fromEntries(['nationalInsuranceNumber', 'postcode', 'phone', 'email'].map((k) => [k, form[k as keyof Form].trim() || null]).filter(([, v]) => v));
    return { givenName: form.givenName.trim(), familyName: form.familyName.trim(), dateOfBirth, ...optional };
  };
  const send = async (answer?: object) => {
    const reply = await register({ input: input(), answer });
    if (reply.errors.length && !reply.data) return setErrors(fieldErrorsOf(reply.errors, { givenName: 'givenName', familyName: 'familyName', dateOfBirth: 'dob-day', nationalInsuranceNumber: 'nationalInsuranceNumber', postcode: 'postcode', phone: 'phone', email: 'email' }, 'givenName'));
    const registered = reply.data.registerPerson;
    if (registered.outcome === 'POSSIBLE_MATCHES') setMatches(registered.possibleMatches);
    else {
      setMatches(null);
      setResult(registered);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: FieldError[] = [];
    if (!form.givenName.trim()) local.push({ field: 'givenName', message: 'Enter their given name' });
    if (!form.familyName.trim()) local.push({ field: 'familyName', message: 'Enter their family name' });
    if (!form.day || !form.month || !/^\d{4}$/.test(form.year)) local.push({ field: 'dob-day', message: 'Enter their date of birth, with a 4-digit year' });
    setErrors(local);
    if (!local.length) void send();
  };
  const set = (name: keyof Form) => (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value });

  if (result) {
    return (
      <Page title={result.outcome === 'REGISTERED' ? 'Person registered' : 'Already known to the hub'} name="register-done">
        <div className="govuk-panel govuk-panel--confirmation">
          <div className="govuk-panel__body">
            {result.outcome === 'REGISTERED' ? 'A new record was created, and your agency now works with them.' : 'No new record was created: your agency now works with the person the hub already knew.'}
          </div>
        </div>
        <p className="govuk-body">
          <Link to={`/people/${result.person.id}`}>Open their single view</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title="Register a person" name="register">
      <ErrorSummary errors={errors} />
      {matches ? (
        <PossibleMatches matches={matches} onAnswer={(answer) => void send(answer)} />
      ) : (
        <form onSubmit={submit} noValidate>
          {FIELDS.map((field) => (
            <div className={`govuk-form-group${errorFor(errors, field.name) ? ' govuk-form-group--error' : ''}`} key={field.name}>
              <label className="govuk-label" htmlFor={field.name}>
                {field.label}
              </label>
              {'hint' in field ? <div className="govuk-hint" id={`${field.name}-hint`}>{field.hint}</div> : null}
              <ErrorMessage id={field.name} message={errorFor(errors, field.name)} />
              <input className="govuk-input govuk-input--width-20" id={field.name} name={field.name} value={form[field.name]} onChange={set(field.name)} aria-describedby={'hint' in field ? `${field.name}-hint` : undefined} />
            </div>
          ))}
          <div className={`govuk-form-group${errorFor(errors, 'dob-day') ? ' govuk-form-group--error' : ''}`}>
            <fieldset className="govuk-fieldset" role="group" aria-describedby="dob-hint">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Date of birth</legend>
              <div className="govuk-hint" id="dob-hint">
                For example, 14 3 1991
              </div>
              <ErrorMessage id="dob" message={errorFor(errors, 'dob-day')} />
              <div className="govuk-date-input">
                {(['day', 'month', 'year'] as const).map((part) => (
                  <div className="govuk-date-input__item" key={part}>
                    <div className="govuk-form-group">
                      <label className="govuk-label govuk-date-input__label" htmlFor={`dob-${part}`}>
                        {part[0].toUpperCase() + part.slice(1)}
                      </label>
                      <input className={`govuk-input govuk-date-input__input govuk-input--width-${part === 'year' ? 4 : 2}`} id={`dob-${part}`} name={`dob-${part}`} inputMode="numeric" value={form[part]} onChange={set(part)} />
                    </div>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <button type="submit" className="govuk-button">
            Register
          </button>
        </form>
      )}
    </Page>
  );
}
