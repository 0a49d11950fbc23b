import { demoPeople } from '../../prisma/demo-people';
import { see } from './support/see';
import { describeInBrowser, printTimings, startBrowserHub, type BrowserHub } from './support/browser';

const { darren } = demoPeople;

describeInBrowser("the person's own page, as Darren uses it", () => {
  let b: BrowserHub;
  beforeAll(async () => {
    b = await startBrowserHub();
  }, 120_000);
  afterAll(async () => {
    printTimings("the person's page", b?.timings ?? []);
    await b?.stop();
  });

  test("Darren sees Dana's look in his access log, withdraws his consent to employability, and Dana's next view shows his story as not shared", async () => {
    const dana = await b.signIn('dana');
    await dana.locator('[data-page-ready="caseload"]').waitFor();
    await dana.getByRole('link', { name: 'Darren Whitlock' }).click();
    await dana.locator('[data-page-ready="single-view"]').waitFor();
    const story = dana.locator('[data-section="story"]');
    await see(story).toContainText('I came out of prison in August');

    const page = await b.signIn('darren');
    await page.locator('[data-page-ready="my-page"]').waitFor();
    await see(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Darren');
    const log = page.locator('[data-access-log]');
    const danasLook = log.locator('tr[data-agency="employability"][data-category="story"]').first();
    await see(danasLook).toContainText('Employability programmes, an adviser');
    await see(danasLook).toContainText('Saw your story, in your own words');
    await see(danasLook).toContainText('You said yes to sharing this with them.');
    await b.screenshot(page, 'my-page-darren');

    // Darren shares two things with employability (his story, and since the housing team joined, his housing): stop the first.
    const storyConsent = page.locator('[data-consent-agency="employability"]').filter({ hasText: 'your story, in your own words' });
    await see(storyConsent).toContainText('your story, in your own words');
    await storyConsent.getByRole('button', { name: /^Stop sharing/ }).click();
    await see(page.locator('.govuk-notification-banner')).toContainText('Employability programmes can no longer see what you had shared.');
    await see(page.locator('[data-consent-agency="employability"]').filter({ hasText: 'your story, in your own words' })).toHaveText('');

    await b.timeToUsable(dana, 'single-view', () => dana.reload());
    await see(dana.locator('[data-section="story"]')).toContainText('Not shared with your agency');
    await see(dana.locator('[data-section="story"]')).toContainText('Their story');
    expect(await dana.locator('[data-section="story"]').innerText()).not.toContain('I came out of prison in August');
    // A link still shows who he is: Dana's agency works with him.
    await see(dana.getByRole('heading', { level: 1 })).toHaveText('Darren Whitlock');
    await b.screenshot(dana, 'single-view-dana-darren-after-withdrawal');
  });

  test('Darren gives the careers service a consent from his page, and it is listed with a way to stop it', async () => {
    const page = await b.signIn('darren');
    await page.locator('[data-page-ready="my-page"]').waitFor();
    await page.getByLabel('Who can see it').selectOption('careers');
    await page.getByLabel('school, courses and training').check();
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await see(page.locator('.govuk-notification-banner')).toContainText('You are now sharing with The careers service.');
    await see(page.locator('[data-consent-agency="careers"]').first()).toContainText('Stop sharing with The careers service');
    expect(darren.id).toBeTruthy();
  });
});
