import { useState, type FormEvent } from 'react';
import { words, when } from '../../labels';

/**
 * The possible matches a registration found, shown before anything is created, each with the
 * evidence for and against it (scored matching), as far as the registering agency may see.
 */
export interface PossibleMatch {
  person: { id: string; givenName: string | null; familyName: string | null };
  agreesOn: string[];
  differsOn: string[];
  evidence: Array<{ detail: string; agreement: string; weight: number | null }>;
  confirmable: boolean;
  firstRegistered: string;
}

export const POSSIBLE_MATCH_FIELDS = /* GraphQL */ `possibleMatches { person { id givenName familyName } agreesOn differsOn evidence { detail agreement weight } confirmable firstRegistered }`;

const evidenceLine = (evidence: PossibleMatch['evidence'][number]) =>
  `${words(evidence.detail)}: ${words(evidence.agreement).toLowerCase()}${evidence.weight === null ? '' : evidence.weight >= 0 ? ' (for)' : ' (against)'}`;

export function PossibleMatches({ matches, onAnswer }: { matches: PossibleMatch[]; onAnswer(answer: { samePersonAs: string } | { newPerson: true }): void }) {
  const [choice, setChoice] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!choice) return setMissing(true);
    onAnswer(choice === 'new' ? { newPerson: true } : { samePersonAs: choice });
  };
  return (
    <form onSubmit={submit} noValidate data-possible-matches={matches.length}>
      <div className={`govuk-form-group${missing ? ' govuk-form-group--error' : ''}`}>
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
            <h2 className="govuk-fieldset__heading">Is this someone the hub already knows?</h2>
          </legend>
          <div className="govuk-hint">Nothing has been created yet. Ask the person, then choose.</div>
          {missing ? (
            <p className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> Choose one of the people, or a new person
            </p>
          ) : null}
          <div className="govuk-radios">
            {matches.map((match, i) => (
              <div className="govuk-radios__item" key={match.person.id}>
                <input className="govuk-radios__input" id={`match-${i}`} name="match" type="radio" value={match.person.id} checked={choice === match.person.id} disabled={!match.confirmable} onChange={() => setChoice(match.person.id)} aria-describedby={`match-${i}-hint`} />
                <label className="govuk-label govuk-radios__label" htmlFor={`match-${i}`}>
                  {[match.person.givenName, match.person.familyName].filter(Boolean).join(' ') || 'A person you may not see'}
                </label>
                <div id={`match-${i}-hint`} className="govuk-hint govuk-radios__hint">
                  First registered {when(match.firstRegistered)}. Same {match.agreesOn.map(words).join(', ').toLowerCase() || 'nothing'}
                  {match.differsOn.length ? `; different ${match.differsOn.map(words).join(', ').toLowerCase()}` : ''}.
                  {match.evidence.length ? (
                    <ul className="govuk-list govuk-list--bullet govuk-!-font-size-16" data-match-evidence>
                      {match.evidence.map((evidence) => (
                        <li key={evidence.detail}>{evidenceLine(evidence)}</li>
                      ))}
                    </ul>
                  ) : null}
                  {match.confirmable ? null : ' Only the NI number agrees, so this cannot be chosen: check the number with the person, or register without it.'}
                </div>
              </div>
            ))}
            <div className="govuk-radios__divider">or</div>
            <div className="govuk-radios__item">
              <input className="govuk-radios__input" id="match-new" name="match" type="radio" value="new" checked={choice === 'new'} onChange={() => setChoice('new')} />
              <label className="govuk-label govuk-radios__label" htmlFor="match-new">
                None of these: register a new person
              </label>
            </div>
          </div>
        </fieldset>
      </div>
      <button type="submit" className="govuk-button">
        Continue
      </button>
    </form>
  );
}
