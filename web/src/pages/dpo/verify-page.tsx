import { useState } from 'react';
import { Page, Problem } from '../../components/page';
import { useHubQuery } from '../../hub-client';

/** The log's verification against its latest signed checkpoint and, if the DPO hands one in, a checkpoint they kept. */
const VERIFY = /* GraphQL */ `
  query VerifyAuditLog($checkpoint: String) {
    verifyAuditLog(checkpoint: $checkpoint) {
      intact
      treeSize
      rootHash
      unvouchedEntries
      checkedAgainst { source treeSize ok problem fromEntry toEntry detail }
    }
  }
`;

interface Check {
  source: 'ENTRIES' | 'LATEST_CHECKPOINT' | 'HANDED_IN_CHECKPOINT';
  treeSize: number | null;
  ok: boolean;
  problem: string | null;
  fromEntry: number | null;
  toEntry: number | null;
  detail: string | null;
}

interface Report {
  intact: boolean;
  treeSize: number;
  rootHash: string;
  unvouchedEntries: number;
  checkedAgainst: Check[];
}

const SOURCES: Record<Check['source'], string> = {
  ENTRIES: 'Every entry against its recorded hash',
  LATEST_CHECKPOINT: "The hub's latest signed checkpoint",
  HANDED_IN_CHECKPOINT: 'The checkpoint you kept',
};

const PROBLEMS: Record<string, string> = {
  CHANGED_ENTRY: 'an entry was changed',
  MISSING_RANGE: 'entries are missing',
  EMPTIED: 'the log was emptied',
  FORK: 'the log has forked: two different logs are signed with the same key',
  UNTRUSTED_CHECKPOINT: 'the checkpoint is not signed with this hub’s checkpoint key',
  NO_CHECKPOINT: 'there is no checkpoint to check against yet',
};

const entries = (check: Check) =>
  check.fromEntry === null ? '' : check.toEntry === null || check.toEntry === check.fromEntry ? ` (entry ${check.fromEntry})` : ` (entries ${check.fromEntry} to ${check.toEntry})`;

function Checks({ checks }: { checks: Check[] }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s">What was checked</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Checked against</th>
          <th scope="col" className="govuk-table__header">Entries</th>
          <th scope="col" className="govuk-table__header">Result</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {checks.map((check) => (
          <tr className="govuk-table__row" key={check.source}>
            <td className="govuk-table__cell">{SOURCES[check.source]}</td>
            <td className="govuk-table__cell">{check.treeSize?.toLocaleString('en-GB') ?? '–'}</td>
            <td className="govuk-table__cell">
              {check.ok ? 'Matches' : `Does not match: ${PROBLEMS[check.problem ?? ''] ?? check.problem}${entries(check)}`}
              {!check.ok && check.detail ? <span className="govuk-body-s govuk-!-display-block">{check.detail}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Result({ report }: { report: Report }) {
  const summary = `${report.treeSize.toLocaleString('en-GB')} entries checked`;
  return (
    <>
      {report.intact ? (
        <div className="govuk-panel govuk-panel--confirmation" data-verified="intact">
          <h2 className="govuk-panel__title">The log is intact</h2>
          <div className="govuk-panel__body">
            {summary}; every check below matches.
            {report.unvouchedEntries > 0 ? ` ${report.unvouchedEntries} newest entries are not under a signed checkpoint yet; the next checkpoint covers them, usually within a quarter of a second.` : ''}
          </div>
        </div>
      ) : (
        <div className="govuk-error-summary" data-verified="broken">
          <div role="alert">
            <h2 className="govuk-error-summary__title">The log has been changed</h2>
            <div className="govuk-error-summary__body">
              <p className="govuk-body">{summary}. The table says which check failed and where.</p>
            </div>
          </div>
        </div>
      )}
      <Checks checks={report.checkedAgainst} />
      <p className="govuk-body-s">
        Root hash of the log: <code>{report.rootHash}</code>
      </p>
    </>
  );
}

export function DpoVerifyPage() {
  const [asked, setAsked] = useState<{ checkpoint: string | null } | null>(null);
  const [kept, setKept] = useState('');
  const verify = useHubQuery<{ verifyAuditLog: Report }>(VERIFY, asked ?? undefined, !asked);
  const ask = () => {
    const next = { checkpoint: kept.trim() === '' ? null : kept };
    if (asked && asked.checkpoint === next.checkpoint) verify.refetch();
    else setAsked(next);
  };
  return (
    <Page title="Verify the audit log" caption="Data-protection officer" name="dpo-verify" ready={!asked || !verify.fetching}>
      <p className="govuk-body">
        The hub checks every entry of the audit log, and checks that the log is the one its latest signed checkpoint describes. Someone who
        can change the database could also change that checkpoint. A checkpoint you kept from an earlier day catches that: paste it below.
        <code> npm run fetch-audit</code> saves one for you.
      </p>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="kept-checkpoint">
          A checkpoint you kept (optional)
        </label>
        <div className="govuk-hint" id="kept-checkpoint-hint">
          The whole signed checkpoint, as saved.
        </div>
        <textarea
          className="govuk-textarea govuk-!-font-size-16"
          id="kept-checkpoint"
          name="checkpoint"
          rows={5}
          aria-describedby="kept-checkpoint-hint"
          value={kept}
          onChange={(event) => setKept(event.target.value)}
        />
      </div>
      <button type="button" className="govuk-button" onClick={ask}>
        Verify the log now
      </button>
      <div aria-live="polite">
        {asked && verify.fetching ? (
          <p className="govuk-body" role="status">
            Checking…
          </p>
        ) : null}
        {verify.failed ? <Problem>{verify.failed}</Problem> : null}
        {verify.data && !verify.fetching ? <Result report={verify.data.verifyAuditLog} /> : null}
      </div>
    </Page>
  );
}
