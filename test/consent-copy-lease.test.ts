import { demoPeople } from '../prisma/demo-people';
import { captureLogs } from './support/captured-logs';
import { startTestHub, type TestHub } from './support/test-hub';

const { tomasz } = demoPeople;
const LEASE_MS = 4000;
// Tomasz consented to employability for social-care and not for safeguarding.
const VIEW = `query($id: ID!) { person(id: $id) { id socialCare { lookedAfterStatus safeguardingNotes { concern } } } }`;

const logs = captureLogs();
const codes = (errors: Array<{ extensions?: Record<string, any> }>) => errors.map((error) => error.extensions?.code);

/**
 * The consent subgraph stops answering: each subgraph goes on deciding from its copy while the
 * lease of its last renewal holds (CONSENT_COPY_LEASE_MS, told to the copy in every answer), and
 * refuses every guarded field once it has lapsed.
 */
describe('consent unreachable: decided from the copy within the lease, refused after it', () => {
  let hub: TestHub;
  const before = process.env.CONSENT_COPY_LEASE_MS;
  beforeAll(async () => {
    process.env.CONSENT_COPY_LEASE_MS = String(LEASE_MS);
    hub = await startTestHub();
  });
  afterAll(async () => {
    await hub?.stop();
    if (before === undefined) delete process.env.CONSENT_COPY_LEASE_MS;
    else process.env.CONSENT_COPY_LEASE_MS = before;
  });

  test('the same view before, just after and a lease after the consent subgraph stops', async () => {
    const up = await hub.ask('dana', VIEW, { id: tomasz.id });
    expect(up.data.person.socialCare.lookedAfterStatus).toBe('NONE');
    expect(codes(up.errors)).toEqual(['CONSENT_REQUIRED']);

    await hub.hub.subgraphs.get('consent')!.stop();
    // The last renewal was sent at most one long poll (¼ of the lease, 1 s here) before the stop: its lease holds for seconds yet.
    const withinLease = await hub.ask('dana', VIEW, { id: tomasz.id });
    expect(withinLease.data.person.socialCare.lookedAfterStatus).toBe('NONE'); // consented: still served
    expect(codes(withinLease.errors)).toEqual(['CONSENT_REQUIRED']); // not consented: still refused as such

    await new Promise((resolve) => setTimeout(resolve, LEASE_MS + 500));
    const lapsed = await hub.ask('dana', VIEW, { id: tomasz.id });
    expect(lapsed.data.person.id).toBe(tomasz.id);
    expect(lapsed.data.person.socialCare).toBeNull();
    expect(new Set(codes(lapsed.errors))).toEqual(new Set(['CONSENT_SERVICE_UNAVAILABLE']));

    // The operator learns why: one warning when the copy's polls began to fail (not one per retry), and the refusal's cause on its request line.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const lines = logs.lines();
    const warnings = lines.filter((line) => line.msg.startsWith('consent copy cannot sync') && line.subgraph === 'social-services');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ level: 40, error: expect.any(String) });
    const refused = lines.filter((line) => line.msg === 'request' && line.service === 'social-services' && line.consentUnavailable);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[refused.length - 1].consentUnavailable).toMatch(/^consent copy lapsed \d+ ms ago; polls failing for \d+ ms: /);
    // What a prober of /ready sees: the state, never the poll's error.
    const ready = await fetch(hub.subgraphUrl('social-services').replace(/\/graphql$/, '/ready'));
    expect(await ready.json()).toEqual({ status: 'ready', subgraph: 'social-services', consentCopy: expect.stringMatching(/^lapsed \d+ ms ago$/) });
  });
});
