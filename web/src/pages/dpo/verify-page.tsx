import { useState } from 'react';
import { Page, Problem } from '../../components/page';
import { useHubQuery } from '../../hub-client';

/**
 * The log's verification, in one file with its query: built on today's `AuditChainReport`. The
 * Merkle log with checkpoints (issue #13) changes this file only.
 */
const VERIFY = /* GraphQL */ `query VerifyAuditLog { verifyAuditLog { intact entriesChecked firstBrokenSequence problem } }`;

interface Report {
  intact: boolean;
  entriesChecked: number;
  firstBrokenSequence: number | null;
  problem: string | null;
}

function Result({ report }: { report: Report }) {
  if (report.intact) {
    return (
      <div className="govuk-panel govuk-panel--confirmation" data-verified="intact">
        <h2 className="govuk-panel__title">The log is intact</h2>
        <div className="govuk-panel__body">{report.entriesChecked.toLocaleString('en-GB')} entries checked; every hash matches.</div>
      </div>
    );
  }
  return (
    <div className="govuk-error-summary" data-verified="broken">
      <div role="alert">
        <h2 className="govuk-error-summary__title">The log has been changed</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">
            {report.entriesChecked.toLocaleString('en-GB')} entries checked. The first broken entry is number {report.firstBrokenSequence}: {report.problem}
          </p>
        </div>
      </div>
    </div>
  );
}

export function DpoVerifyPage() {
  const [asked, setAsked] = useState(false);
  const verify = useHubQuery<{ verifyAuditLog: Report }>(VERIFY, undefined, !asked);
  return (
    <Page title="Verify the audit log" caption="Data-protection officer" name="dpo-verify" ready={!asked || !verify.fetching}>
      <p className="govuk-body">The hub recomputes every hash of the audit log and names the first entry that does not match.</p>
      <button type="button" className="govuk-button" onClick={() => (asked ? verify.refetch() : setAsked(true))}>
        Verify the log now
      </button>
      <div aria-live="polite">
        {asked && verify.fetching ? (
          <p className="govuk-body" role="status">
            Checking…
          </p>
        ) : null}
        {verify.failed ? <Problem>{verify.failed}</Problem> : null}
        {verify.data ? <Result report={verify.data.verifyAuditLog} /> : null}
      </div>
    </Page>
  );
}
