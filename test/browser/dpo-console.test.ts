import { demoPeople } from '../../prisma/demo-people';
import { see } from './support/see';
import { describeInBrowser, printTimings, startBrowserHub, type BrowserHub } from './support/browser';

const { darren } = demoPeople;
const WHY = 'Darren told his adviser he is at risk of harm tonight and we must reach his allocated social worker now';

describeInBrowser("the DPO's console, as Helen uses it", () => {
  let b: BrowserHub;
  beforeAll(async () => {
    b = await startBrowserHub();
    // A careers adviser breaks the glass for Darren's safeguarding notes (through the API: the screens offer no such button).
    const urgent = await b.hub.ask('priya', `query Urgent { person(id: "${darren.id}") { socialCare { safeguardingNotes { concern } } } }`, {}, undefined, { 'x-break-glass': WHY });
    expect(urgent.errors).toEqual([]);
    // Enough ordinary looks for the audit log to run to a second page.
    for (let i = 0; i < 4; i++) {
      await b.hub.ask('dana', `{ person(id: "${demoPeople.tomasz.id}") { givenName postcode socialCare { lookedAfterStatus } welfare { householdType debts { id } } careers { status } employability { outcomes { kind } } } }`);
    }
  }, 120_000);
  afterAll(async () => {
    printTimings("the DPO's console", b?.timings ?? []);
    await b?.stop();
  });

  test('Helen verifies the log and reviews a break-glass access', async () => {
    const page = await b.signIn('helen');
    await b.timeToUsable(page, 'dpo-verify', () => page.getByRole('link', { name: 'Verify the log' }).click());
    await b.timeToUsable(page, 'dpo-verify', () => page.getByRole('button', { name: 'Verify the log now' }).click());
    await see(page.locator('[data-verified]')).toContainText('The log is intact');
    await see(page.locator('[data-verified]')).toContainText('entries checked');
    await b.screenshot(page, 'dpo-verify-helen');

    await b.timeToUsable(page, 'dpo-break-glass', () => page.getByRole('link', { name: 'Break-glass reviews' }).click());
    const item = page.locator('[data-break-glass]').filter({ hasText: WHY });
    await see(item).toContainText('staff-priya-shah (The careers service)');
    await see(item).toContainText('Safeguarding');
    await see(item).toContainText('of 1 person');
    await item.getByRole('button', { name: 'Record the review' }).click();
    await see(item).toContainText('Choose whether the look was justified');
    await item.getByLabel('Justified', { exact: true }).check();
    await item.getByLabel('Note').fill('Confirmed with the social-care duty team: an urgent risk that evening.');
    await b.screenshot(page, 'dpo-break-glass-helen');
    await item.getByRole('button', { name: 'Record the review' }).click();
    await see(page.locator('.govuk-notification-banner')).toContainText('Review recorded: justified.');
    await see(page.locator('[data-break-glass]').filter({ hasText: WHY })).toHaveText('');
    await page.getByLabel('Only those waiting for review').uncheck();
    await see(page.locator('[data-break-glass]').filter({ hasText: WHY })).toContainText('Confirmed with the social-care duty team');

    // Darren sees the urgent look, marked, with the finding.
    const darrenPage = await b.signIn('darren');
    const urgentRow = darrenPage.locator('[data-access-log] tr').filter({ hasText: 'Urgent look' }).first();
    await see(urgentRow).toContainText('The careers service, an adviser');
    await see(urgentRow).toContainText('it was right');
  });

  test('Helen reads the access rules with special categories marked, and searches the audit log page by page', async () => {
    const page = await b.signIn('helen');
    await page.locator('[data-page-ready="dpo-rules"]').waitFor();
    const rules = page.locator('[data-rules]');
    await see(rules.locator('tr').filter({ hasText: 'Story.drugsAndAlcoholBarriers' })).toContainText('Special category');
    await see(rules.locator('tr').filter({ hasText: 'Person.givenName' })).toContainText('Identity');
    await b.screenshot(page, 'dpo-rules-helen');

    await b.timeToUsable(page, 'dpo-audit', () => page.getByRole('link', { name: 'Audit log' }).click());
    await page.getByLabel('Person id').fill(darren.id);
    await page.getByLabel('Agency').selectOption('careers');
    await b.timeToUsable(page, 'dpo-audit', () => page.getByRole('button', { name: 'Search the log' }).click());
    const table = page.locator('[data-audit-total]');
    await see(table).toContainText('Break glass');
    const total = Number(await table.getAttribute('data-audit-total'));
    expect(total).toBeGreaterThan(0);
    await page.getByLabel('Person id').fill('');
    await page.getByLabel('Agency').selectOption('');
    await page.getByRole('button', { name: 'Search the log' }).click();
    await see(page.locator('caption')).toContainText('1 to 25 shown');
    await page.getByRole('button', { name: 'Next page' }).click();
    await see(page.locator('caption')).toContainText('26 to');
    await b.screenshot(page, 'dpo-audit-helen');
  });

  test('Helen reads a programme report, with small counts shown as suppressed', async () => {
    const page = await b.signIn('helen');
    await b.timeToUsable(page, 'dpo-outcomes', () => page.getByRole('link', { name: 'Programme outcomes' }).click());
    await page.getByRole('button', { name: 'Show the report' }).click();
    const report = page.locator('[data-outcomes]');
    await see(report).toContainText('Started the programme');
    await see(report).toContainText('Suppressed');
    expect(await report.locator('[data-suppressed]').count()).toBeGreaterThan(0);
    await b.screenshot(page, 'dpo-outcomes-helen');
  });
});
