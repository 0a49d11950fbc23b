import { useEffect, useRef } from 'react';
import type { HubError } from '../hub-client';

export interface FieldError {
  /** The id of the input the message is about. */
  field: string;
  message: string;
}

/**
 * The hub's input errors (`extensions.invalidFields`, or `extensions.field`) as field errors, each
 * mapped to the input it names; anything else as one message for the summary.
 */
export function fieldErrorsOf(errors: HubError[], inputIds: Record<string, string>, fallbackField: string): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const invalid = (error.extensions?.invalidFields ?? []) as Array<{ field: string; problems?: string[] }>;
    const named = invalid.length ? invalid.map((f) => ({ name: f.field, message: f.problems?.join(' ') || error.message })) : [{ name: error.extensions?.field as string | undefined, message: error.message }];
    for (const { name, message } of named) {
      const key = name?.split('.').pop();
      out.push({ field: (key && inputIds[key]) || fallbackField, message });
    }
  }
  return out;
}

/** GOV.UK error summary: focused when it appears, each message a link to its field. */
export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) box.current?.focus();
  }, [errors]);
  if (!errors.length) return null;
  return (
    <div className="govuk-error-summary" ref={box} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error, i) => (
              <li key={i}>
                <a href={`#${error.field}`}>{error.message}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

export const errorFor = (errors: FieldError[], field: string) => errors.find((error) => error.field === field)?.message;

export function ErrorMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  );
}
