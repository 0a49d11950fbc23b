import { useMemo, useState } from 'react';
import { Provider } from 'urql';
import { hubClient } from './hub-client';
import { Link, match, Router, useRoute } from './router';
import { currentSession, signOut, type Session } from './sign-in';
import { SignInPage } from './pages/sign-in-page';
import { CaseloadPage } from './pages/staff/caseload-page';
import { SingleViewPage } from './pages/staff/single-view-page';
import { ReferralFormPage } from './pages/staff/referral-form-page';
import { InboxPage } from './pages/staff/inbox-page';
import { PanelPage } from './pages/staff/panel-page';
import { RegisterPage } from './pages/staff/register-page';
import { BetterOffPage } from './pages/staff/better-off-page';
import { MyPage } from './pages/person/my-page';
import { DpoRulesPage } from './pages/dpo/rules-page';
import { DpoAuditPage } from './pages/dpo/audit-page';
import { DpoVerifyPage } from './pages/dpo/verify-page';
import { DpoBreakGlassPage } from './pages/dpo/break-glass-page';
import { DpoOutcomesPage } from './pages/dpo/outcomes-page';

type Nav = Array<{ to: string; label: string }>;

const NAV: Record<'staff' | 'client' | 'dpo', Nav> = {
  staff: [
    { to: '/caseload', label: 'Caseload' },
    { to: '/inbox', label: 'Referral inbox' },
    { to: '/panel', label: 'Referral panel' },
    { to: '/register', label: 'Register a person' },
  ],
  client: [{ to: '/my-page', label: 'My page' }],
  dpo: [
    { to: '/dpo/rules', label: 'Access rules' },
    { to: '/dpo/audit', label: 'Audit log' },
    { to: '/dpo/verify', label: 'Verify the log' },
    { to: '/dpo/break-glass', label: 'Break-glass reviews' },
    { to: '/dpo/outcomes', label: 'Programme outcomes' },
  ],
};

const kindOf = (session: Session) => (session.role === 'client' ? 'client' : session.role === 'dpo' ? 'dpo' : 'staff');

function Pages({ session }: { session: Session }) {
  const { path } = useRoute();
  const kind = kindOf(session);
  let params: Record<string, string> | null;
  if (kind === 'staff') {
    if ((params = match('/people/:id', path))) return <SingleViewPage personId={params.id} session={session} />;
    if ((params = match('/people/:id/refer', path))) return <ReferralFormPage personId={params.id} session={session} />;
    if ((params = match('/people/:id/better-off', path))) return <BetterOffPage personId={params.id} />;
    if (match('/inbox', path)) return <InboxPage />;
    if (match('/panel', path)) return <PanelPage />;
    if (match('/register', path)) return <RegisterPage />;
    return <CaseloadPage session={session} />;
  }
  if (kind === 'dpo') {
    if (match('/dpo/audit', path)) return <DpoAuditPage />;
    if (match('/dpo/verify', path)) return <DpoVerifyPage />;
    if (match('/dpo/break-glass', path)) return <DpoBreakGlassPage />;
    if (match('/dpo/outcomes', path)) return <DpoOutcomesPage />;
    return <DpoRulesPage />;
  }
  return <MyPage />;
}

function Header({ session, onSignOut }: { session: Session | null; onSignOut(): void }) {
  const { path } = useRoute();
  const nav = session ? NAV[kindOf(session)] : [];
  return (
    <>
      <a href="#main-content" className="govuk-skip-link">
        Skip to main content
      </a>
      <header className="govuk-header" role="banner">
        <div className="govuk-header__container govuk-width-container">
          <div className="govuk-header__logo">
            <Link to="/" className="govuk-header__link govuk-header__link--homepage">
              <span className="govuk-header__product-name">One Story Hub</span>
            </Link>
          </div>
        </div>
      </header>
      {session ? (
        <section aria-label="Service menu" className="govuk-service-navigation">
          <div className="govuk-width-container">
            <div className="govuk-service-navigation__container">
              <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
                <ul className="govuk-service-navigation__list">
                  {nav.map((item) => {
                    const active = path === item.to || (item.to === '/caseload' && path.startsWith('/people/'));
                    return (
                      <li key={item.to} className={`govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}`}>
                        <Link to={item.to} className="govuk-service-navigation__link" {...(path === item.to ? { 'aria-current': 'page' as const } : {})}>
                          {item.label}
                        </Link>
                      </li>
                    );
                  })}
                  <li className="govuk-service-navigation__item">
                    <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-top-2" onClick={onSignOut}>
                      Sign out
                    </button>
                  </li>
                </ul>
              </nav>
            </div>
          </div>
        </section>
      ) : null}
    </>
  );
}

function Shell() {
  const { path, go } = useRoute();
  const [session, setSession] = useState<Session | null>(() => currentSession());
  const client = useMemo(() => (session ? hubClient(session) : null), [session]);
  const onSignOut = () => {
    signOut();
    setSession(null);
    go('/sign-in');
  };
  const home = (s: Session) => (kindOf(s) === 'client' ? '/my-page' : kindOf(s) === 'dpo' ? '/dpo/rules' : '/caseload');
  return (
    <>
      <Header session={session} onSignOut={onSignOut} />
      <div className="govuk-width-container">
        {session ? (
          <p className="govuk-body-s govuk-!-margin-top-3 hub-signed-in" data-signed-in={session.subject}>
            Signed in as {session.describe}
          </p>
        ) : null}
        <main className="govuk-main-wrapper" id="main-content" role="main">
          {session && client ? (
            <Provider value={client}>{path === '/' || path === '/sign-in' ? <Redirect to={home(session)} /> : <Pages session={session} />}</Provider>
          ) : (
            <SignInPage
              onSignedIn={(s) => {
                setSession(s);
                go(path === '/' || path === '/sign-in' ? home(s) : path);
              }}
            />
          )}
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <p className="govuk-body-s">Every look at a person's data is decided by their consent and written to the audit log.</p>
        </div>
      </footer>
    </>
  );
}

function Redirect({ to }: { to: string }) {
  const { go } = useRoute();
  queueMicrotask(() => go(to));
  return null;
}

export function App() {
  return (
    <Router>
      <Shell />
    </Router>
  );
}
