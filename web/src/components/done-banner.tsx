/** The GOV.UK success banner a page shows after an action, announcing what was done. */
export function DoneBanner({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="done-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="done-title">
          Done
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{message}</p>
      </div>
    </div>
  );
}
