import { useEffect, useRef, type ReactNode } from 'react';

let navigatedWithin = false;

/**
 * Every page: its title in the tab and as the one h1, focus moved to the heading when the screens
 * change page (so a screen reader announces the new page), and `data-page-ready` once its data is in, which the
 * browser tests wait for.
 */
export function Page({ title, caption, ready = true, name, children }: { title: string; caption?: string; ready?: boolean; name: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} - One Story Hub`;
  }, [title]);
  useEffect(() => {
    // Not on the first page of a visit: there the skip link comes first, as on any page load.
    if (navigatedWithin) heading.current?.focus();
    navigatedWithin = true;
  }, [name]);
  return (
    <div data-page={name} data-page-ready={ready ? name : undefined}>
      {caption ? <span className="govuk-caption-l">{caption}</span> : null}
      <h1 className="govuk-heading-l" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {children}
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="govuk-body" role="status">
      Loading {what}…
    </p>
  );
}

/** A whole request refused or the hub unreachable: said plainly, never a stack. */
export function Problem({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">{children}</p>
        </div>
      </div>
    </div>
  );
}
