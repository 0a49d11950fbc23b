import { ConsentCopy } from '../subgraphs/kit/consent-copy';
import { ConsentCopyPolls } from '../subgraphs/kit/consent-copy-polls';
import type { CopySyncAnswer } from '../subgraphs/kit/consent-copy-sync';
import { handAnsweredConsent } from './support/hand-answered-consent';

const LEASE_MS = 2000;
const snapshot = (version: number): CopySyncAnswer => ({ version, leaseMs: LEASE_MS, snapshot: { consents: [], links: [] } });
const renewal = (version: number): CopySyncAnswer => ({ version, leaseMs: LEASE_MS, changes: [] });

/**
 * The copies of one process share one poll (the in-process hub's eight subgraphs send one, not
 * eight): each copy rides in it with its own credential, a copy that joins is polled for at once,
 * and one that stops is left out and gives its own lease back.
 */
describe('one consent-copy poll for every copy of a process', () => {
  let consent: Awaited<ReturnType<typeof handAnsweredConsent>>;
  let copies: ConsentCopy[];
  beforeEach(async () => {
    consent = await handAnsweredConsent();
    const polls = new ConsentCopyPolls();
    copies = [
      new ConsentCopy({ subgraph: 'welfare-rights', serviceCredential: 'welfare-credential', consentUrl: () => consent.url, categories: ['benefits'] }, polls),
      new ConsentCopy({ subgraph: 'careers', serviceCredential: 'careers-credential', consentUrl: () => consent.url, categories: ['education'] }, polls),
    ];
  });
  afterEach(async () => {
    await Promise.all(copies.map((copy) => copy.stop()));
    await consent.stop();
  });

  test('a copy that joins is polled for at once, beside the others, each with its own credential', async () => {
    const [welfare, careers] = copies;
    const welfareStarting = welfare.start(5000);
    const first = await consent.nextPoll();
    expect(first.body.copies.map((copy) => [copy.holder, copy.credential, copy.since])).toEqual([[welfare.holder, 'welfare-credential', null]]);
    first.answer(snapshot(3));
    await welfareStarting;

    const held = await consent.nextPoll(); // welfare-rights alone, current, so a long poll
    expect(held.body.copies.map((copy) => copy.wait)).toEqual([true]);
    const joined = Date.now();
    const careersStarting = careers.start(5000);
    // careers does not wait out welfare-rights' hold (here the test's, which never ends): the held poll is cut short and a new one carries both.
    const both = await consent.nextPoll();
    expect(Date.now() - joined).toBeLessThan(2000);
    expect(both.body.copies.map((copy) => [copy.holder, copy.credential, copy.since, copy.categories])).toEqual([
      [welfare.holder, 'welfare-credential', 3, ['benefits']],
      [careers.holder, 'careers-credential', null, ['education']],
    ]);
    expect(both.body.copies.map((copy) => copy.wait)).toEqual([true, false]); // careers has never synced: the poll is not held
    both.answer(renewal(3), snapshot(3));
    await careersStarting;
    expect([welfare.state(), careers.state()]).toEqual(['current', 'current']);
    expect(consent.releases).toEqual([]);
  });

  test('a copy that stops leaves the poll and gives back its own lease, with its own credential; the rest poll on', async () => {
    const [welfare, careers] = copies;
    const starting = Promise.all(copies.map((copy) => copy.start(5000)));
    for (;;) {
      // welfare-rights' first poll went before careers joined, and is not held: careers rides in the next one.
      const poll = await consent.nextPoll();
      poll.answer(...poll.body.copies.map(() => snapshot(1)));
      if (poll.body.copies.length === 2) break;
    }
    await starting;

    await consent.nextPoll(); // held for both; careers stops under it
    await careers.stop();
    expect(consent.releases).toEqual([{ release: true, copies: [{ credential: 'careers-credential', holder: careers.holder }] }]);
    const after = await consent.nextPoll();
    expect(after.body.copies.map((copy) => copy.holder)).toEqual([welfare.holder]);
    after.answer(renewal(1));
    expect(await welfare.whenCurrent(1000)).toBe(true);
    expect(careers.isCurrent()).toBe(false);
  });
});
