import type { ReactNode } from 'react';
import type { HubError } from '../hub-client';
import { categoryTitle } from '../labels';
import { withheldAt, type Withheld } from '../withheld';

/** What stands where a field would be: never a blank, never an error dump. */
export function WithheldNotice({ withheld }: { withheld: Withheld }) {
  if (withheld.kind === 'not-shared') {
    return (
      <span className="hub-withheld" data-withheld="not-shared" data-category={withheld.category}>
        <strong className="govuk-tag govuk-tag--grey">Not shared with your agency</strong>{' '}
        <span className="govuk-body-s">{categoryTitle(withheld.category)}</span>
      </span>
    );
  }
  if (withheld.kind === 'not-available') {
    return (
      <span className="hub-withheld" data-withheld="not-available">
        <strong className="govuk-tag govuk-tag--yellow">Not available now</strong>{' '}
        <span className="govuk-body-s">this agency's system is not answering; try again later</span>
      </span>
    );
  }
  return (
    <span className="hub-withheld" data-withheld="error">
      <strong className="govuk-tag govuk-tag--red">Could not be shown</strong> <span className="govuk-body-s">{withheld.message}</span>
    </span>
  );
}

/**
 * A value of the answer at `path`: the notice if the hub withheld it, "Not recorded" if the record
 * has nothing, else what `show` makes of it.
 */
export function Value<T>({ errors, path, value, show, empty = 'Not recorded' }: {
  errors: HubError[];
  path: ReadonlyArray<string | number>;
  value: T | null | undefined;
  show?: (value: T) => ReactNode;
  empty?: string;
}) {
  const withheld = withheldAt(errors, path);
  if (withheld && (value === null || value === undefined)) return <WithheldNotice withheld={withheld} />;
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return <span className="hub-empty">{empty}</span>;
  }
  return <>{show ? show(value) : String(value)}</>;
}

export interface Row {
  key: string;
  path: ReadonlyArray<string | number>;
  value: unknown;
  show?: (value: any) => ReactNode;
}

/** A GOV.UK summary list whose every value goes through Value. */
export function SummaryRows({ errors, rows }: { errors: HubError[]; rows: Row[] }) {
  return (
    <dl className="govuk-summary-list">
      {rows.map((row) => (
        <div className="govuk-summary-list__row" key={row.key}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">
            <Value errors={errors} path={row.path} value={row.value} show={row.show} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
