import { ConsentCopy } from '../subgraphs/kit/consent-copy';
import type { CopySyncAnswer } from '../subgraphs/kit/consent-copy-sync';
import { handAnsweredConsent } from './support/hand-answered-consent';

const LEASE_MS = 1000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const renewal = (version: number): CopySyncAnswer => ({ version, leaseMs: LEASE_MS, changes: [] });

/**
 * A process that stalled past its lease (a busy event loop: the in-process hub composing its
 * gateway, a long garbage collection) gets the answer to a poll it sent before the stall. That
 * answer renews from when the poll was sent, so the copy is still lapsed: a decision must wait for
 * the next renewal, not refuse on the first answer (the flake of test/better-off.test.ts in CI).
 */
describe('a consent copy that lapsed in a stall', () => {
  let consent: Awaited<ReturnType<typeof handAnsweredConsent>>;
  let copy: ConsentCopy;
  beforeEach(async () => {
    consent = await handAnsweredConsent();
    copy = new ConsentCopy({ subgraph: 'welfare-rights', serviceCredential: 'test', consentUrl: () => consent.url, categories: ['finances'] });
  });
  afterEach(async () => {
    await copy.stop();
    await consent.stop();
  });

  test('waits past a stale renewal for one that makes it current, and then decides', async () => {
    const starting = copy.start(5000);
    const first = await consent.nextPoll();
    expect([copy.everSynced(), copy.state()]).toEqual([false, 'never synced']); // what /ready shows: 503 until the first sync
    first.answer({ ...renewal(1), snapshot: { consents: [], links: [] } });
    await starting;
    expect(copy.everSynced()).toBe(true);
    expect(copy.isCurrent()).toBe(true);

    // The next poll is sent at once and held, as consent holds one with no changes, here past the lease.
    const held = await consent.nextPoll();
    expect(held.body.copies[0].wait).toBe(true);
    await sleep(LEASE_MS);
    expect(copy.isCurrent()).toBe(false);

    const deciding = copy.whenCurrent(3000);
    held.answer(renewal(1)); // renews from when it was sent: still lapsed
    const immediate = await consent.nextPoll();
    expect(immediate.body.copies[0].wait).toBe(false); // a lapsed copy asks to be answered at once
    expect(copy.isCurrent()).toBe(false);
    immediate.answer(renewal(1));
    expect(await deciding).toBe(true);
    expect(copy.describe()).toBe('current');
  });

  test('refuses at once when a poll fails, without waiting out its wait, and says why', async () => {
    const starting = copy.start(5000);
    (await consent.nextPoll()).answer({ ...renewal(1), snapshot: { consents: [], links: [] } });
    await starting;
    const held = await consent.nextPoll();
    await sleep(LEASE_MS);

    const started = Date.now();
    const deciding = copy.whenCurrent(10_000);
    held.answer(renewal(1)); // still lapsed
    // Consent refuses the renewal (as it would a credential it no longer trusts): the decision is told at once.
    (await consent.nextPoll()).refuse();
    expect(await deciding).toBe(false);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(copy.describe()).toMatch(/^lapsed \d+ ms ago; polls failing for \d+ ms: consent copy sync answered 503/);
  });
});
