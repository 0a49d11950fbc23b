import { randomUUID } from 'node:crypto';
import { subgraphIdentity, GATEWAY_IDENTITY } from '../hub/service-identities';
import { demoPeople } from '../prisma/demo-people';
import { careers } from '../subgraphs/careers';
import type { CopySyncAnswer } from '../subgraphs/kit/consent-copy-sync';
import { socialServices } from '../subgraphs/social-services';
import { welfareRights } from '../subgraphs/welfare-rights';
import { startTestHub, type TestHub } from './support/test-hub';

const { tomasz } = demoPeople;

/**
 * POST /consent-copy on the consent subgraph, asked as an attacker who can reach every port would
 * ask it: with a staff token, with no credential, with the gateway's, with one subgraph's
 * credential for another's categories. A subgraph's copy holds only the categories it serves.
 */
describe('the consent copy sync endpoint', () => {
  let hub: TestHub;
  let url: string;
  let credential: Record<string, string>;
  beforeAll(async () => {
    hub = await startTestHub();
    url = hub.subgraphUrl('consent').replace(/\/graphql$/, '/consent-copy');
    credential = {
      welfare: await hub.serviceCredential(subgraphIdentity(welfareRights)),
      social: await hub.serviceCredential(subgraphIdentity(socialServices)),
      careers: await hub.serviceCredential(subgraphIdentity(careers)),
      gateway: await hub.serviceCredential(GATEWAY_IDENTITY),
    };
  });
  afterAll(() => hub?.stop());

  const post = async (headers: Record<string, string>, body: unknown) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as any };
  };
  /** A poll of one copy, carrying the sender's credential (welfare-rights' when it sends none): its answer, or the refusal. */
  const sync = async (headers: Record<string, string>, { release, ...copy }: Record<string, unknown>) => {
    const carried = headers['x-service-credential'] ?? credential.welfare;
    const answer = await post(headers, { copies: [{ credential: carried, ...copy }], ...(release ? { release } : {}) });
    return { status: answer.status, body: answer.body.answers?.[0] ?? answer.body };
  };
  const holder = (subgraph: string) => `${subgraph}:${randomUUID()}`;

  test('refuses a staff token, however it is sent, and no credential at all, before reading anything', async () => {
    const staff = await hub.token('dana');
    const body = { holder: holder('welfare-rights'), since: null };
    const attempts: Array<Record<string, string>> = [{}, { authorization: `Bearer ${staff}` }, { 'x-service-credential': staff }, { authorization: `Bearer ${staff}`, 'x-service-credential': credential.welfare }];
    for (const headers of attempts) {
      const answer = await sync(headers, body);
      expect({ status: answer.status, code: answer.body.errors?.[0]?.extensions?.code, snapshot: answer.body.snapshot }).toEqual({ status: 401, code: 'UNAUTHENTICATED', snapshot: undefined });
    }
    const gateway = await sync({ 'x-service-credential': credential.gateway }, { holder: holder('gateway'), since: null });
    expect(gateway.status).toBe(403);
    expect(gateway.body.snapshot).toBeUndefined();
  });

  test("a subgraph gets only its own categories: asking for another's is refused, and a holder named for another subgraph too", async () => {
    const theirs = await sync({ 'x-service-credential': credential.welfare }, { holder: holder('welfare-rights'), since: null, categories: ['benefits', 'safeguarding'] });
    expect(theirs.status).toBe(403);
    expect(theirs.body.errors[0]).toMatchObject({ message: expect.stringContaining('safeguarding'), extensions: { code: 'FORBIDDEN', field: 'copies[0].categories' } });
    expect(theirs.body.snapshot).toBeUndefined();

    const posing = await sync({ 'x-service-credential': credential.welfare }, { holder: holder('social-services'), since: null });
    expect(posing.status).toBe(400);
    expect(posing.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'copies[0].holder' });

    const badSince = await sync({ 'x-service-credential': credential.welfare }, { holder: holder('welfare-rights'), since: 'all' });
    expect(badSince.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'copies[0].since' });
  });

  test("the snapshot and the feed carry a consent's categories only to the subgraphs that serve them", async () => {
    const welfareHolder = holder('welfare-rights');
    const snapshot = await sync({ 'x-service-credential': credential.welfare }, { holder: welfareHolder, since: null });
    expect(snapshot.status).toBe(200);
    const answer = snapshot.body as CopySyncAnswer;
    const categories = new Set(answer.snapshot!.consents.flatMap((consent) => consent.categories));
    expect([...categories].sort()).toEqual(['benefits', 'finances'].filter((c) => categories.has(c)));
    expect(categories.has('benefits')).toBe(true);
    // Tomasz's consent to employability names six categories; welfare-rights' copy holds one of them.
    expect(answer.snapshot!.consents.filter((c) => c.personId === tomasz.id && c.agency === 'employability').map((c) => c.categories)).toEqual([['benefits']]);
    expect(answer.snapshot!.links.length).toBeGreaterThan(0);
    // Given back, so the grant below does not wait for this holder's lease to run out.
    expect((await sync({ 'x-service-credential': credential.welfare }, { holder: welfareHolder, since: null, release: true })).body).toEqual({ released: true });

    const granted = await hub.ask('tomasz', 'mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }', {
      input: { personId: tomasz.id, agency: 'careers', categories: ['safeguarding', 'benefits'], purpose: 'A test of the feed.', evidence: 'DIGITAL_SELF_SERVICE' },
    });
    expect(granted.errors).toEqual([]);
    const consentId = granted.data.grantConsent.id;
    const changesFor = async (who: string, subgraph: string) => {
      const polled = await sync({ 'x-service-credential': credential[who] }, { holder: holder(subgraph), since: answer.version, wait: false });
      expect(polled.status).toBe(200);
      return (polled.body as CopySyncAnswer).changes!.filter((change) => change.kind === 'consent' && change.consentId === consentId);
    };
    expect(await changesFor('welfare', 'welfare-rights')).toEqual([expect.objectContaining({ categories: ['benefits'], active: true })]);
    expect(await changesFor('social', 'social-services')).toEqual([expect.objectContaining({ categories: ['safeguarding'], active: true })]);
    expect(await changesFor('careers', 'careers')).toEqual([]);

    // The feed moved past careers' copy with nothing it holds: its long poll is answered at once (a writer's
    // barrier waits for that copy to ack the version), not held for the 0.5 s a poll with nothing new waits.
    const started = Date.now();
    const moved = await sync({ 'x-service-credential': credential.careers }, { holder: holder('careers'), since: answer.version, wait: true });
    expect(Date.now() - started).toBeLessThan(400);
    expect(moved.body).toMatchObject({ changes: [] });
    expect(moved.body.version).toBeGreaterThan(answer.version);
  });

  test("one poll carries several copies, each answered only for its own credential's categories", async () => {
    const copies = [
      { credential: credential.welfare, holder: holder('welfare-rights'), since: null },
      { credential: credential.social, holder: holder('social-services'), since: null },
    ];
    const answer = await post({ 'x-service-credential': credential.welfare }, { copies });
    expect(answer.status).toBe(200);
    const held = (answer.body.answers as CopySyncAnswer[]).map((a) => [...new Set(a.snapshot!.consents.flatMap((c) => c.categories))].sort());
    expect(held[0]).toContain('benefits');
    expect(held[0]).not.toContain('safeguarding');
    expect(held[1]).toContain('safeguarding');
    expect(held[1]).not.toContain('benefits');
    expect((await post({ 'x-service-credential': credential.welfare }, { release: true, copies })).body).toEqual({ released: true });
  });

  test("one copy of a poll that is not its credential's refuses the whole poll, and names it", async () => {
    const mine = { credential: credential.welfare, holder: holder('welfare-rights'), since: null };
    const staff = await hub.token('dana');
    const refusals = [
      [{ credential: staff, holder: holder('social-services'), since: null }, 401, 'UNAUTHENTICATED', 'copies[1].credential'],
      [{ credential: credential.gateway, holder: holder('gateway'), since: null }, 403, 'FORBIDDEN', 'copies[1].credential'],
      [{ credential: credential.welfare, holder: holder('social-services'), since: null }, 400, 'BAD_USER_INPUT', 'copies[1].holder'],
      [{ credential: credential.social, holder: holder('social-services'), since: null, categories: ['benefits'] }, 403, 'FORBIDDEN', 'copies[1].categories'],
      [{ ...mine }, 400, 'BAD_USER_INPUT', 'copies[1].holder'],
    ] as const;
    for (const [second, status, code, field] of refusals) {
      const answer = await post({ 'x-service-credential': credential.welfare }, { copies: [mine, second] });
      expect({ status: answer.status, extensions: answer.body.errors?.[0]?.extensions, answers: answer.body.answers }).toEqual({ status, extensions: { code, field }, answers: undefined });
    }
    // Refused before anything was renewed: the valid copy beside each refused one holds no lease.
    const consentDb = hub.database('consent') as { consentCopyLease: { findUnique(args: unknown): Promise<unknown> } };
    expect(await consentDb.consentCopyLease.findUnique({ where: { holder: mine.holder } })).toBeNull();
    expect((await post({ 'x-service-credential': credential.welfare }, { copies: [mine] })).status).toBe(200); // alone, it is renewed
    expect(await consentDb.consentCopyLease.findUnique({ where: { holder: mine.holder } })).toMatchObject({ subgraph: 'welfare-rights' });
    await post({ 'x-service-credential': credential.welfare }, { release: true, copies: [mine] });
    const none = await post({ 'x-service-credential': credential.welfare }, { copies: [] });
    expect(none.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'copies' });
  });
});
