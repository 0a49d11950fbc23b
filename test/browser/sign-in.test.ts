import { see } from './support/see';
import { describeInBrowser, printTimings, startBrowserHub, type BrowserHub } from './support/browser';

describeInBrowser('the screens, served by the hub, and the demo sign-in', () => {
  let b: BrowserHub;
  beforeAll(async () => {
    b = await startBrowserHub();
  }, 120_000);
  afterAll(async () => {
    printTimings('sign-in', b?.timings ?? []);
    await b?.stop();
  });

  test('the hub serves the screens at /, and Dana signs in as herself onto her caseload', async () => {
    const page = await b.signIn('dana');
    await page.locator('[data-page-ready="caseload"]').waitFor();
    await b.screenshot(page, 'sign-in-then-caseload');
    await see(page.locator('[data-signed-in]')).toContainText('Signed in as Dana Okafor');
    expect(await page.title()).toBe('Caseload - One Story Hub');
  });

  test('a page of the screens can be opened by its address; the API paths stay the API', async () => {
    const page = await fetch(`${b.baseUrl}/people/00000000-0000-4000-8000-000000000005`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<div id="root"></div>');
    const api = await fetch(`${b.baseUrl}/graphql`, { method: 'POST', headers: { accept: 'text/html', 'content-type': 'application/json' }, body: '{"query":"{ me { id } }"}' });
    expect(api.status).toBe(401);
  });

  test('the demo sign-in gives a token only for a demo user, and refuses outright in production', async () => {
    const unknown = await fetch(`${b.baseUrl}/demo-sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"user":"mallory"}' });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      const refused = await fetch(`${b.baseUrl}/demo-sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"user":"dana"}' });
      expect(refused.status).toBe(403);
      const body = await refused.json();
      expect(body.errors[0].extensions.code).toBe('DEMO_SIGN_IN_DISABLED');
      expect(body.token).toBeUndefined();
    } finally {
      process.env.NODE_ENV = before;
    }
  });
});

