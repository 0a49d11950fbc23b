import { demoPeople } from '../prisma/demo-people';
import { startTestHub, type TestHub } from './support/test-hub';

const { darren, jordan } = demoPeople;
let hub: TestHub;

const CREATE = `mutation Refer($input: CreateReferralInput!) { createReferral(input: $input) { id } }`;
const ids = (list: Array<{ id: string }>) => list.map((item) => item.id);

beforeAll(async () => {
  hub = await startTestHub();
  for (const toAgency of ['welfare-rights', 'careers', 'social-services']) {
    const { errors } = await hub.ask('dana', CREATE, {
      input: { personId: darren.id, toAgency, reason: `Paging test referral to ${toAgency}`, share: [], consentNote: 'said yes in person' },
    });
    expect(errors).toEqual([]);
  }
});
afterAll(() => hub.stop());

describe('can a front end page through every list a caller can grow?', () => {
  test.each([
    ['referralsSent', 'dana', 'query Page($limit: Int, $offset: Int) { list: referralsSent(limit: $limit, offset: $offset) { id } }'],
    ['referralPanel', 'dana', 'query Page($limit: Int, $offset: Int) { list: referralPanel(limit: $limit, offset: $offset) { id } }'],
    ['referralInbox', 'gareth', 'query Page($limit: Int, $offset: Int) { list: referralInbox(limit: $limit, offset: $offset, statuses: [SENT]) { id } }'],
  ])('%s: limit and offset walk the whole list, one page at a time', async (_name, user, query) => {
    const all = ids((await hub.ask(user, query, { limit: 100, offset: 0 })).data.list);
    expect(all.length).toBeGreaterThanOrEqual(1);
    const pages: string[] = [];
    for (let offset = 0; offset < all.length + 1; offset += 1) {
      const { data } = await hub.ask(user, query, { limit: 1, offset });
      expect(data.list.length).toBeLessThanOrEqual(1);
      pages.push(...ids(data.list));
    }
    expect(pages).toEqual(all);
  });

  test('story.history pages newest first', async () => {
    const HISTORY = `query History($limit: Int, $offset: Int) { me { story { history(limit: $limit, offset: $offset) { version } } } }`;
    const all = (await hub.ask('darren', HISTORY, {})).data.me.story.history.map((v: { version: number }) => v.version);
    expect(all.length).toBeGreaterThanOrEqual(2);
    const second = (await hub.ask('darren', HISTORY, { limit: 1, offset: 1 })).data.me.story.history;
    expect(second).toEqual([{ version: all[1] }]);
  });

  test('a page larger than 1,000 is refused, naming limit', async () => {
    const { errors } = await hub.ask('dana', 'query { referralsSent(limit: 5000) { id } }');
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', invalidFields: [{ field: 'limit', problems: [expect.any(String)] }] });
  });

  test('statuses with 40,000 values is a BAD_USER_INPUT naming statuses, not a database error', async () => {
    const statuses = Array.from({ length: 40_000 }, (_, i) => ['SENT', 'ACCEPTED', 'DECLINED', 'CLOSED'][i % 4]);
    const { data, errors } = await hub.ask('gareth', 'query Inbox($statuses: [ReferralStatus!]) { referralInbox(statuses: $statuses) { id } }', { statuses });
    expect(data).toBeNull();
    expect(errors[0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors[0].extensions!.invalidFields.map((f: { field: string }) => f.field)).toEqual(['statuses']);
    expect(JSON.stringify(errors)).not.toMatch(/prisma|SQL|variables/i);
  });
});

describe('does every input error name its fields the same way?', () => {
  test('a malformed id is a BAD_USER_INPUT naming the argument, not a silent null', async () => {
    const { data, errors } = await hub.ask('dana', 'query { person(id: "not-an-id") { id } }');
    expect(data?.person ?? null).toBeNull();
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', invalidFields: [{ field: 'id', problems: [expect.stringMatching(/id/)] }] });
    // A well-formed id of nobody is still simply nobody.
    expect((await hub.ask('dana', 'query { person(id: "00000000-0000-4000-8000-00000000dead") { id } }')).data.person).toBeNull();
  });

  test('a variable of the wrong type names its field before anything runs', async () => {
    const { errors } = await hub.ask('dana', CREATE, { input: { personId: jordan.id, toAgency: 'careers', reason: 42, share: 'all', consentNote: 'n/a' } });
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', invalidFields: [{ field: expect.stringMatching(/^(reason|share)$/) }] });
  });

  test('a business rule names its field in invalidFields, as a validation error does', async () => {
    const { errors } = await hub.ask('dana', CREATE, {
      input: { personId: jordan.id, toAgency: 'employability', reason: 'To my own agency, by mistake', share: [], consentNote: 'n/a' },
    });
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', invalidFields: [{ field: 'toAgency', problems: [expect.stringMatching(/own agency/)] }] });
  });
});
