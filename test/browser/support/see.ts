import type { Locator } from 'playwright-core';

const TIMEOUT = 10_000;

async function eventually(check: () => Promise<string | null>): Promise<void> {
  const until = Date.now() + TIMEOUT;
  let problem: string | null = null;
  while (Date.now() < until) {
    problem = await check();
    if (problem === null) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(problem ?? 'timed out');
}

const text = async (locator: Locator) => ((await locator.count()) ? (await locator.allInnerTexts()).join('\n') : '');

/**
 * `await see(locator).toContainText(...)`: waiting assertions on a locator (the page may still be rendering), the few @playwright/test
 * offers that these tests use; anything else is jest's own expect.
 */
export function see(locator: Locator) {
  return {
    async toContainText(expected: string) {
      await eventually(async () => ((await text(locator)).includes(expected) ? null : `expected ${locator} to contain "${expected}", got "${await text(locator)}"`));
    },
    async toHaveText(expected: string | RegExp) {
      await eventually(async () => {
        const got = (await text(locator)).trim();
        return (typeof expected === 'string' ? got === expected : expected.test(got)) ? null : `expected ${locator} to have text ${expected}, got "${got}"`;
      });
    },
    async toBeVisible() {
      await locator.first().waitFor({ state: 'visible', timeout: TIMEOUT });
    },
  };
}
