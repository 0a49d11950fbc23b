import { useState } from 'react';
import { agencyName, when } from '../../labels';
import { plainCategory, REASON_IN_PLAIN_WORDS, ROLE_IN_PLAIN_WORDS } from './plain-words';

export const ACCESS_LOG_FIELDS = /* GraphQL */ `accessLog { at agency role category decision reason breakGlassFinding }`;

interface Entry {
  at: string;
  agency: string | null;
  role: string;
  category: string;
  decision: string;
  reason: string;
  breakGlassFinding: string | null;
}

const PAGE = 25;

/** Who looked at the person's information, newest first: who, what, when and why. */
export function AccessLog({ entries }: { entries: Entry[] }) {
  const [shown, setShown] = useState(PAGE);
  const others = entries.filter((entry) => entry.reason !== 'OWN_RECORD');
  if (!others.length) return <p className="govuk-body">Nobody else has looked at your information yet.</p>;
  return (
    <>
      <table className="govuk-table" data-access-log>
        <caption className="govuk-table__caption govuk-table__caption--s">Newest first</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">When</th>
            <th scope="col" className="govuk-table__header">Who</th>
            <th scope="col" className="govuk-table__header">What</th>
            <th scope="col" className="govuk-table__header">Why</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {others.slice(0, shown).map((entry, i) => (
            <tr className="govuk-table__row" key={i} data-agency={entry.agency ?? ''} data-category={entry.category}>
              <td className="govuk-table__cell">{when(entry.at)}</td>
              <td className="govuk-table__cell">
                {agencyName(entry.agency)}, {ROLE_IN_PLAIN_WORDS[entry.role] ?? entry.role}
              </td>
              <td className="govuk-table__cell">
                {entry.decision === 'ALLOWED' ? 'Saw' : 'Tried to see'} {plainCategory(entry.category)}
                {entry.decision === 'ALLOWED' ? '' : ', and was stopped'}
              </td>
              <td className="govuk-table__cell">
                {entry.reason === 'BREAK_GLASS' ? <strong className="govuk-tag govuk-tag--red">Urgent look</strong> : null} {REASON_IN_PLAIN_WORDS[entry.reason] ?? entry.reason}
                {entry.breakGlassFinding ? ` It was checked: ${entry.breakGlassFinding === 'JUSTIFIED' ? 'it was right' : 'it was not right'}.` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown < others.length ? (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setShown(shown + PAGE)}>
          Show more
        </button>
      ) : null}
    </>
  );
}
