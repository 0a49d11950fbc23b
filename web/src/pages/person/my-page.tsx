import { DoneBanner } from '../../components/done-banner';
import { useState } from 'react';
import { Loading, Page, Problem } from '../../components/page';
import { useHubQuery } from '../../hub-client';
import { PERSON_FIELDS, PersonSections } from '../../person-view';
import { AccessLog, ACCESS_LOG_FIELDS } from './access-log';
import { CONSENT_FIELDS, Consents } from './consents';

// Two requests at once: who they share with and who looked come first (the page is usable with
// them); the whole record, which asks every agency's system, fills in below when it arrives.
const MY_PAGE = /* GraphQL */ `query MyPage { me { id givenName preferredName ${CONSENT_FIELDS} ${ACCESS_LOG_FIELDS} } }`;
const MY_RECORD = /* GraphQL */ `query MyRecord { me { ${PERSON_FIELDS} } }`;

/** The person's own page: what is held about them, who looked, and who they share with. */
export function MyPage() {
  const page = useHubQuery<{ me: any }>(MY_PAGE);
  const record = useHubQuery<{ me: any }>(MY_RECORD);
  const [done, setDone] = useState<string | null>(null);
  const me = page.data?.me;
  return (
    <Page title={me ? `Hello, ${me.preferredName ?? me.givenName ?? 'there'}` : 'Your page'} name="my-page" ready={!page.fetching || !!me}>
      {page.failed ? <Problem>{page.failed}</Problem> : null}
      {!me && page.fetching ? <Loading what="your page" /> : null}
      <DoneBanner message={done} />
      {me ? (
        <>
          <p className="govuk-body-l">This page shows what the services hold about you. You choose who can see it.</p>
          <h2 className="govuk-heading-l">Who you share with</h2>
          <p className="govuk-body">A service can only see what you said yes to. You can stop at any time. They will not see it again after that.</p>
          <Consents
            personId={me.id}
            consents={me.consents ?? []}
            onChanged={(message) => {
              setDone(message);
              page.refetch();
              record.refetch();
            }}
          />
          <h2 className="govuk-heading-l govuk-!-margin-top-8">Who looked at your information</h2>
          <p className="govuk-body">Every time someone looks, it is written down here. You can see who, what, when and why.</p>
          <AccessLog entries={me.accessLog ?? []} />
          <h2 className="govuk-heading-l govuk-!-margin-top-8">What the services hold about you</h2>
          {record.failed ? <Problem>{record.failed}</Problem> : null}
          {record.data?.me ? <PersonSections person={record.data.me} errors={record.errors} root={['me']} /> : <Loading what="what the services hold" />}
        </>
      ) : null}
    </Page>
  );
}
