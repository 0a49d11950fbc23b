import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { demoUser } from '../../../hub/demo-users';
import { projectRoot } from '../../../hub/project-root';
import { startTestHub, type TestHub } from '../../support/test-hub';

/** Debian's chromium (or CHROMIUM_PATH): the browser tests download no browser. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  return candidates.find((candidate) => fs.existsSync(candidate)) ?? null;
}

const ARTIFACTS = path.join(projectRoot, 'test-artifacts');
const WEB_APP = path.join(projectRoot, 'dist', 'web', 'index.html');

/**
 * `describe` for a browser test: without Chromium it is skipped with a loud notice, unless
 * REQUIRE_BROWSER=1 (CI), where a missing browser fails. Without the built screens it fails.
 */
export function describeInBrowser(title: string, body: () => void): void {
  const browser = chromiumPath();
  if (!browser) {
    if (process.env.REQUIRE_BROWSER === '1') {
      describe(title, () => test('needs Chromium (REQUIRE_BROWSER=1)', () => {
        throw new Error('REQUIRE_BROWSER=1 but no Chromium at /usr/bin/chromium or CHROMIUM_PATH: apt-get install -y chromium');
      }));
      return;
    }
    const line = '!'.repeat(100);
    console.warn(`\n${line}\n!! BROWSER TESTS SKIPPED: "${title}"\n!! No Chromium at /usr/bin/chromium (or CHROMIUM_PATH). Install it: apt-get install -y chromium\n!! CI sets REQUIRE_BROWSER=1, where this is a failure.\n${line}\n`);
    describe.skip(title, body);
    return;
  }
  describe(title, body);
}

export interface PageTiming {
  page: string;
  ms: number;
}

export interface BrowserHub {
  hub: TestHub;
  baseUrl: string;
  browser: Browser;
  timings: PageTiming[];
  /** A fresh browser context signed in as a demo user through the sign-in page, on their home page. */
  signIn(user: string): Promise<Page>;
  /** Runs `action` (a click, a goto) and waits until the page named `name` says it is ready; records the time. */
  timeToUsable(page: Page, name: string, action: () => Promise<unknown>): Promise<number>;
  screenshot(page: Page, name: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startBrowserHub(): Promise<BrowserHub> {
  if (!fs.existsSync(WEB_APP)) throw new Error(`The screens are not built (${WEB_APP}): run npm run build:web (npm test does).`);
  const hub = await startTestHub();
  const baseUrl = hub.hub.gatewayUrl.replace(/\/graphql$/, '');
  const browser = await chromium.launch({ executablePath: chromiumPath()!, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  const contexts: BrowserContext[] = [];
  const timings: PageTiming[] = [];

  const timeToUsable = async (page: Page, name: string, action: () => Promise<unknown>) => {
    const started = Date.now();
    await action();
    await page.locator(`[data-page-ready="${name}"]`).first().waitFor({ timeout: 20_000 });
    const ms = Date.now() - started;
    timings.push({ page: name, ms });
    return ms;
  };

  return {
    hub,
    baseUrl,
    browser,
    timings,
    timeToUsable,
    async signIn(user) {
      const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`page error (${user}): ${error.message}`));
      await timeToUsable(page, 'sign-in', () => page.goto('/'));
      const describe = demoUser(user)!.describe;
      await page.getByLabel(describe, { exact: true }).check();
      const started = Date.now();
      await page.getByRole('button', { name: 'Sign in' }).click();
      const home = page.locator('[data-page-ready]:not([data-page-ready="sign-in"])').first();
      await home.waitFor({ timeout: 20_000 });
      timings.push({ page: `${await home.getAttribute('data-page-ready')} (${user})`, ms: Date.now() - started });
      return page;
    },
    async screenshot(page, name) {
      fs.mkdirSync(path.join(ARTIFACTS, 'screenshots'), { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, 'screenshots', `${name}.png`), fullPage: true });
    },
    async stop() {
      for (const context of contexts) await context.close().catch(() => {});
      await browser.close();
      await hub.stop();
    },
  };
}

/** Prints each page's time to usable: measured, reported, never asserted. */
export function printTimings(title: string, timings: PageTiming[]): void {
  if (!timings.length) return;
  const lines = timings.map((t) => `  ${t.page.padEnd(22)} ${String(t.ms).padStart(6)} ms`);
  console.log(`Time to usable (${title}), from navigation or click until the page's data is shown:\n${lines.join('\n')}`);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.appendFileSync(path.join(ARTIFACTS, 'page-timings.txt'), `${title}\n${lines.join('\n')}\n`);
}
