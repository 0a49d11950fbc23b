import path from 'node:path';
import type { Page } from 'playwright-core';
import { startGateway, type RunningGateway } from '../../gateway/serve-gateway';
import { demoSignInRoutes } from '../../hub/demo-sign-in';
import { projectRoot } from '../../hub/project-root';
import { GATEWAY_IDENTITY } from '../../hub/service-identities';
import { demoPeople } from '../../prisma/demo-people';
import { closedPortUrl } from '../support/holding-proxy';
import { see } from './support/see';
import { describeInBrowser, printTimings, startBrowserHub, type BrowserHub } from './support/browser';

const { tomasz, darren } = demoPeople;

/** The row of a summary list whose key is `key`, inside the section `section`. */
const row = (page: Page, section: string, key: string) =>
  page.locator(`[data-section="${section}"] .govuk-summary-list__row`).filter({ has: page.locator('dt', { hasText: new RegExp(`^${key}$`) }) });

describeInBrowser("the adviser's workspace, as Dana and Gareth use it", () => {
  let b: BrowserHub;
  const gateways: RunningGateway[] = [];
  beforeAll(async () => {
    b = await startBrowserHub();
  }, 120_000);
  afterAll(async () => {
    printTimings("adviser's workspace", b?.timings ?? []);
    await Promise.all(gateways.map((g) => g.stop()));
    await b?.stop();
  });

  test('Dana opens Tomasz and sees his employment outcomes, with his debts and safeguarding notes marked "not shared"', async () => {
    const page = await b.signIn('dana');
    await page.locator('[data-page-ready="caseload"]').waitFor();
    await b.timeToUsable(page, 'single-view', () => page.getByRole('link', { name: 'Tomasz Nowak' }).click());
    await see(page.getByRole('heading', { level: 1 })).toHaveText('Tomasz Nowak');

    const outcomes = row(page, 'employability', 'Outcomes');
    await see(outcomes).toContainText('Job start');
    await see(outcomes).toContainText('In work 13 weeks');

    const debts = row(page, 'welfare', 'Debts');
    await see(debts).toContainText('Not shared with your agency');
    await see(debts).toContainText('Finances and debt');
    const safeguarding = row(page, 'social-care', 'Safeguarding notes');
    await see(safeguarding).toContainText('Not shared with your agency');
    await see(safeguarding).toContainText('Safeguarding');
    // What he did agree to share is there, not withheld.
    await see(row(page, 'welfare', 'Household')).toHaveText(/Single with children/);
    expect(await page.locator('body').innerText()).not.toMatch(/CONSENT_REQUIRED|\[object Object\]|undefined/);
    await b.screenshot(page, 'single-view-dana-tomasz');
  });

  test('Dana refers Darren to welfare rights with his consent in the same step, and Gareth sees him in his inbox and accepts', async () => {
    const dana = await b.signIn('dana');
    await dana.locator('[data-page-ready="caseload"]').waitFor();
    await dana.getByRole('link', { name: 'Darren Whitlock' }).click();
    await dana.locator('[data-page-ready="single-view"]').waitFor();
    await b.timeToUsable(dana, 'referral-form', () => dana.getByRole('link', { name: 'Refer Darren' }).click());

    // Sending without consent is refused on the page, naming what to do.
    await dana.getByLabel('Welfare rights advice').check();
    await dana.getByLabel('Why you are referring them').fill('Starting work soon: needs a better-off calculation and help with his Universal Credit claim.');
    await dana.getByRole('button', { name: 'Send referral' }).click();
    await see(dana.locator('.govuk-error-summary')).toContainText('Confirm that Darren Whitlock agrees');
    await b.screenshot(dana, 'referral-form-errors');

    await dana.getByLabel('Benefits', { exact: true }).check();
    await dana.getByLabel('Darren Whitlock agrees to this referral and to share what is ticked').check();
    await dana.getByLabel('How they agreed').fill('Signed referral form with Dana Okafor at the jobcentre today.');
    await dana.getByRole('button', { name: 'Send referral' }).click();
    await dana.locator('[data-page-ready="single-view"]').waitFor();
    await see(dana.locator('[data-section="referrals"]')).toContainText('Employability programmes to Welfare rights advice');

    const gareth = await b.signIn('gareth');
    await gareth.locator('[data-page-ready="caseload"]').waitFor();
    await b.timeToUsable(gareth, 'inbox', () => gareth.getByRole('link', { name: 'Referral inbox' }).click());
    const card = gareth.locator('[data-referral]').filter({ hasText: 'Darren Whitlock' });
    await see(card).toContainText('Employability programmes');
    await see(card).toContainText('Starting work soon');
    await see(card).toContainText('Identity, Contact details, Benefits');
    await b.screenshot(gareth, 'inbox-gareth');
    await card.getByRole('button', { name: 'Accept' }).click();
    await see(gareth.locator('.govuk-notification-banner')).toContainText('Referral accepted for Darren Whitlock');
    await see(gareth.locator('[data-referral]').filter({ hasText: 'Darren Whitlock' })).toContainText('Accepted');

    // The panel shows the open referral, as much as each agency may see.
    await b.timeToUsable(gareth, 'panel', () => gareth.getByRole('link', { name: 'Referral panel' }).click());
    await see(gareth.locator('[data-referral]').filter({ hasText: 'Starting work soon' })).toContainText('Employability programmes to Welfare rights advice');
    await b.screenshot(gareth, 'panel-gareth');

    // Closing needs an outcome.
    await gareth.getByRole('link', { name: 'Referral inbox' }).click();
    await gareth.locator('[data-page-ready="inbox"]').waitFor();
    const accepted = gareth.locator('[data-referral]').filter({ hasText: 'Darren Whitlock' });
    await accepted.getByRole('button', { name: 'Close' }).click();
    await see(accepted).toContainText('Enter the outcome before closing');
    await accepted.getByLabel('Outcome, when you close').fill('Better-off calculation done; UC claim updated.');
    await accepted.getByRole('button', { name: 'Close' }).click();
    await see(gareth.locator('.govuk-notification-banner')).toContainText('Referral closed for Darren Whitlock');
  });

  test('Dana searches the register by family name and finds Tomasz', async () => {
    const page = await b.signIn('dana');
    await page.locator('[data-page-ready="caseload"]').waitFor();
    await page.getByLabel('Family name').fill('Nowak');
    await b.timeToUsable(page, 'search', () => page.getByRole('button', { name: 'Search' }).click());
    await see(page.locator('[data-table="searchPeople"]')).toContainText('Tomasz Nowak');
  });

  test('registering someone close to a known person shows the possible match before anything is created', async () => {
    const page = await b.signIn('dana');
    await page.locator('[data-page-ready="caseload"]').waitFor();
    await b.timeToUsable(page, 'register', () => page.getByRole('link', { name: 'Register a person', exact: true }).first().click());
    await page.getByLabel('Given name').fill('Daren');
    await page.getByLabel('Family name').fill(darren.familyName);
    await page.getByLabel('Postcode (optional)').fill(darren.postcode);
    await page.getByLabel('Day').fill('14');
    await page.getByLabel('Month').fill('3');
    await page.getByLabel('Year').fill('1991');
    await page.getByRole('button', { name: 'Register' }).click();
    const matches = page.locator('[data-possible-matches]');
    await see(matches).toContainText('Is this someone the hub already knows?');
    await see(matches).toContainText('Darren Whitlock');
    await see(matches.locator('[data-match-evidence]').first()).toContainText('Given name: close spelling (for)');
    await b.screenshot(page, 'register-possible-matches');
    await page.getByLabel('Darren Whitlock').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await see(page.getByRole('heading', { level: 1 })).toHaveText('Already known to the hub');
    await page.getByRole('link', { name: 'Open their single view' }).click();
    await see(page.getByRole('heading', { level: 1 })).toHaveText('Darren Whitlock');
  });

  test('Gareth works out whether a job leaves Darren better off, with the breakdown', async () => {
    const page = await b.signIn('gareth');
    await page.locator('[data-page-ready="caseload"]').waitFor();
    await page.getByRole('link', { name: 'Darren Whitlock' }).click();
    await page.locator('[data-page-ready="single-view"]').waitFor();
    await b.timeToUsable(page, 'better-off', () => page.getByRole('link', { name: 'Better-off calculation' }).click());
    await page.getByLabel('Their age').fill('35');
    await page.getByLabel('Rent or housing costs a month, in pounds').fill('450');
    await page.getByRole('button', { name: 'Work it out' }).click();
    const result = page.locator('[data-better-off]');
    await see(result.locator('.govuk-panel__title')).toHaveText(/a month better off/);
    await see(result.getByRole('table', { name: 'Income now, a month' })).toBeVisible();
    await see(result.getByRole('table', { name: 'Income in work, a month' })).toContainText('£');
    await b.screenshot(page, 'better-off-gareth-darren');
  });

  test('when the careers system is down, its section says "not available now" and the rest of the view is there', async () => {
    const subgraphUrls = Object.fromEntries([...b.hub.hub.subgraphs].map(([name, subgraph]) => [name, subgraph.url]));
    const gateway = await startGateway({
      port: 0,
      auth: b.hub.hub.auth,
      serviceCredential: await b.hub.serviceCredential(GATEWAY_IDENTITY),
      subgraphUrls: { ...subgraphUrls, careers: await closedPortUrl() },
      web: { dir: path.join(projectRoot, 'dist', 'web'), signIn: demoSignInRoutes(b.hub.hub.signingKey!) },
    });
    gateways.push(gateway);
    const context = await b.browser.newContext({ baseURL: gateway.url.replace(/\/graphql$/, '') });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByLabel('Dana Okafor, employment adviser and navigator (employability, adviser)').check();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('[data-page-ready="caseload"]').waitFor();
    await page.goto(`/people/${tomasz.id}`);
    await page.locator('[data-page-ready="single-view"]').waitFor();
    await see(page.locator('[data-section="careers"]')).toContainText('Not available now');
    await see(row(page, 'employability', 'Outcomes')).toContainText('Job start');
    await b.screenshot(page, 'single-view-careers-down');
    await context.close();
  });
});
