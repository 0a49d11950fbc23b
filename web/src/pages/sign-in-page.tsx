import { useEffect, useState, type FormEvent } from 'react';
import { ErrorMessage, ErrorSummary, type FieldError } from '../components/form-errors';
import { Page } from '../components/page';
import { demoUserChoices, signIn, type DemoUserChoice, type Session } from '../sign-in';

/** The embedded hub's demo users: in production this page is the identity provider's. */
export function SignInPage({ onSignedIn }: { onSignedIn(session: Session): void }) {
  const [users, setUsers] = useState<DemoUserChoice[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [chosen, setChosen] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  useEffect(() => {
    demoUserChoices().then(setUsers, (error: Error) => setProblem(error.message));
  }, []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return setErrors([{ field: 'user-0', message: 'Choose who to sign in as' }]);
    try {
      onSignedIn(await signIn(chosen));
    } catch (error) {
      setErrors([{ field: 'user-0', message: (error as Error).message }]);
    }
  };
  const group = (title: string, list: DemoUserChoice[], offset: number) => (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{title}</legend>
      <div className="govuk-radios" data-module="govuk-radios">
        {list.map((user, i) => (
          <div className="govuk-radios__item" key={user.name}>
            <input className="govuk-radios__input" id={`user-${offset + i}`} name="user" type="radio" value={user.name} checked={chosen === user.name} onChange={() => setChosen(user.name)} />
            <label className="govuk-label govuk-radios__label" htmlFor={`user-${offset + i}`}>
              {user.describe}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
  const staff = users?.filter((u) => u.role !== 'client') ?? [];
  const people = users?.filter((u) => u.role === 'client') ?? [];
  return (
    <Page title="Sign in" name="sign-in" ready={users !== null || problem !== null}>
      {problem ? <p className="govuk-body">{problem}</p> : null}
      <ErrorSummary errors={errors} />
      {users ? (
        <form onSubmit={submit} noValidate>
          <div className={`govuk-form-group${errors.length ? ' govuk-form-group--error' : ''}`}>
            <p className="govuk-body">This is the demo hub. Choose who you are: staff of an agency, the data-protection officer, or one of the people the agencies support.</p>
            <ErrorMessage id="user" message={errors[0]?.message} />
            {group('Staff', staff, 0)}
            {group('People the agencies support', people, staff.length)}
          </div>
          <button type="submit" className="govuk-button">
            Sign in
          </button>
        </form>
      ) : null}
    </Page>
  );
}
