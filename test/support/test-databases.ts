import { randomBytes } from 'node:crypto';
import { copyDatabases, dropDatabases } from '../../hub/database-copies';
import type { DatabaseUrls } from '../../hub/database-url';

/** The prefix of the demo databases the global setup migrates and seeds once, as templates. */
export const TEMPLATE_PREFIX = 'template_hub_';

export function testServerUrl(): string {
  const url = process.env.HUB_TEST_POSTGRES_URL;
  if (!url) throw new Error('HUB_TEST_POSTGRES_URL is not set: run the tests with jest (test/support/global-setup.ts).');
  return url;
}

/** Fresh copies of the demo databases for one test hub, one per subgraph, on the run's server. */
export async function copyDemoDatabases(): Promise<{ urls: DatabaseUrls; drop(): Promise<void> }> {
  // Jest loads this module afresh for every test file in one worker: a counter would repeat.
  const prefix = `test_${randomBytes(6).toString('hex')}_`;
  const urls = await copyDatabases(testServerUrl(), TEMPLATE_PREFIX, prefix);
  return { urls, drop: () => dropDatabases(testServerUrl(), prefix) };
}
