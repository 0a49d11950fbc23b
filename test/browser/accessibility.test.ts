import type { Page } from 'playwright-core';
import { demoPeople } from '../../prisma/demo-people';
import { see } from './support/see';
import { describeInBrowser, startBrowserHub, type BrowserHub } from './support/browser';

const { darren, tomasz } = demoPeople;
const AXE = require.resolve('axe-core/axe.min.js');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core inside the page, WCAG 2.2 A and AA (colour contrast included): the serious and critical findings. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE });
  const violations = (await page.evaluate(async (tags) => {
    const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n: any) => ({ target: n.target })) }));
  }, WCAG)) as Violation[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

describeInBrowser('every page passes an automated accessibility check and works from the keyboard', () => {
  let b: BrowserHub;
  const checked: string[] = [];
  beforeAll(async () => {
    b = await startBrowserHub();
    // Something in every list: a referral in Gareth's inbox and on the panel, a break-glass request to review.
    const referral = await b.hub.ask('dana', `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, {
      input: { personId: darren.id, toAgency: 'welfare-rights', reason: 'Starting work: better-off calculation please.', share: ['identity', 'contact', 'benefits'], consentNote: 'Signed referral form today.' },
    });
    expect(referral.errors).toEqual([]);
    await b.hub.ask('priya', `{ person(id: "${darren.id}") { socialCare { safeguardingNotes { concern } } } }`, {}, undefined, {
      'x-break-glass': 'Darren told his adviser he is at risk of harm tonight and we must reach his social worker now',
    });
  }, 120_000);
  afterAll(async () => {
    console.log(`axe-core (WCAG 2.2 A/AA), no serious or critical violations on: ${checked.join(', ')}`);
    await b?.stop();
  });

  /** Signs in with CSP bypassed, for axe's injected script only; the pages are the same. */
  async function signInForAxe(user: string): Promise<Page> {
    const context = await b.browser.newContext({ baseURL: b.baseUrl, bypassCSP: true });
    const page = await context.newPage();
    await page.goto('/');
    await page.locator('[data-page-ready="sign-in"]').waitFor();
    await check(page, 'sign-in');
    await page.locator(`input[type="radio"][value="${user}"]`).check();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('[data-page-ready]:not([data-page-ready="sign-in"])').first().waitFor();
    return page;
  }

  async function check(page: Page, name: string) {
    const violations = await seriousViolations(page);
    expect({ page: name, violations }).toEqual({ page: name, violations: [] });
    if (!checked.includes(name)) checked.push(name);
  }

  async function open(page: Page, path: string, ready: string) {
    await page.goto(path);
    await page.locator(`[data-page-ready="${ready}"]`).waitFor();
  }

  test("the adviser's workspace", async () => {
    const dana = await signInForAxe('dana');
    await check(dana, 'caseload');
    await dana.getByLabel('Family name').fill('Nowak');
    await dana.getByRole('button', { name: 'Search' }).click();
    await dana.locator('[data-page-ready="search"]').waitFor();
    await check(dana, 'caseload with search results');
    await open(dana, `/people/${tomasz.id}`, 'single-view');
    await check(dana, 'single view (with withheld fields)');
    await open(dana, `/people/${darren.id}/refer`, 'referral-form');
    await check(dana, 'referral form');
    await dana.getByRole('button', { name: 'Send referral' }).click();
    await dana.locator('.govuk-error-summary').waitFor();
    await check(dana, 'referral form with errors');
    await open(dana, '/register', 'register');
    await check(dana, 'register');
    await dana.getByLabel('Given name').fill('Daren');
    await dana.getByLabel('Family name').fill(darren.familyName);
    await dana.getByLabel('Postcode (optional)').fill(darren.postcode);
    await dana.getByLabel('Day').fill('14');
    await dana.getByLabel('Month').fill('3');
    await dana.getByLabel('Year').fill('1991');
    await dana.getByRole('button', { name: 'Register' }).click();
    await dana.locator('[data-possible-matches]').waitFor();
    await check(dana, 'register: possible matches');

    const gareth = await signInForAxe('gareth');
    await open(gareth, '/inbox', 'inbox');
    await see(gareth.locator('[data-referral]')).toContainText('Darren Whitlock');
    await check(gareth, 'referral inbox');
    await open(gareth, '/panel', 'panel');
    await check(gareth, 'referral panel');
    await open(gareth, `/people/${darren.id}/better-off`, 'better-off');
    await check(gareth, 'better-off form');
    await gareth.getByLabel('Their age').fill('35');
    await gareth.getByRole('button', { name: 'Work it out' }).click();
    await gareth.locator('[data-better-off]').waitFor();
    await check(gareth, 'better-off breakdown');
  });

  test("the person's page", async () => {
    const darrenPage = await signInForAxe('darren');
    await see(darrenPage.locator('[data-access-log]')).toContainText('Employability programmes');
    await check(darrenPage, "person's page");
  });

  test("the DPO's console", async () => {
    const helen = await signInForAxe('helen');
    await check(helen, 'access rules');
    await open(helen, '/dpo/audit', 'dpo-audit');
    await check(helen, 'audit log');
    await open(helen, '/dpo/verify', 'dpo-verify');
    await helen.getByRole('button', { name: 'Verify the log now' }).click();
    await helen.locator('[data-verified]').waitFor();
    await check(helen, 'verification');
    await open(helen, '/dpo/break-glass', 'dpo-break-glass');
    await helen.locator('[data-break-glass]').first().waitFor();
    await check(helen, 'break-glass reviews');
    await open(helen, '/dpo/outcomes', 'dpo-outcomes');
    await helen.getByRole('button', { name: 'Show the report' }).click();
    await helen.locator('[data-outcomes]').waitFor();
    await check(helen, 'programme outcomes');
  });

  test('keyboard only: Dana signs in, opens Tomasz from her caseload and starts a referral, without a mouse', async () => {
    const context = await b.browser.newContext({ baseURL: b.baseUrl });
    const page = await context.newPage();
    await page.goto('/');
    await page.locator('[data-page-ready="sign-in"]').waitFor();
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() || (document.activeElement as HTMLInputElement | null)?.value || '');
    const tabUntil = async (want: (text: string) => boolean, what: string) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        if (want(await focused())) return;
      }
      throw new Error(`Tab never reached ${what}`);
    };
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Skip to main content');
    await tabUntil((text) => text === 'amara', 'the first demo user');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('dana');
    await tabUntil((text) => text === 'Sign in', 'the sign-in button');
    await page.keyboard.press('Enter');
    await page.locator('[data-page-ready="caseload"]').waitFor();
    await tabUntil((text) => text === 'Tomasz Nowak', 'Tomasz in the caseload');
    await page.keyboard.press('Enter');
    await page.locator('[data-page-ready="single-view"]').waitFor();
    // Focus moves to the new page's heading, so a screen reader announces it.
    expect(await focused()).toBe('Tomasz Nowak');
    await tabUntil((text) => text === 'Refer Tomasz', 'the referral button');
    await page.keyboard.press('Enter');
    await page.locator('[data-page-ready="referral-form"]').waitFor();
    await tabUntil((text) => text === 'social-services', 'the first agency');
    await page.keyboard.press('Space');
    expect(await page.getByLabel("The council's social services").isChecked()).toBe(true);
    await context.close();
  });
});
