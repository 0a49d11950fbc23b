import { startGateway, type RunningGateway } from '../gateway/serve-gateway';
import { GATEWAY_IDENTITY } from '../hub/service-identities';
import { demoPeople } from '../prisma/demo-people';
import { closedPortUrl, startHoldingProxy } from './support/holding-proxy';
import { postRaw } from './support/raw-request';
import { startTestHub, type TestHub } from './support/test-hub';

const { darren } = demoPeople;
const DEADLINE_MS = 800;
let hub: TestHub;
let proxy: Awaited<ReturnType<typeof startHoldingProxy>>;
const gateways: RunningGateway[] = [];

/** A gateway in front of the test hub's subgraphs, with careers reached at `careersUrl`. */
async function gatewayWithCareersAt(careersUrl: string): Promise<string> {
  const subgraphUrls = Object.fromEntries([...hub.hub.subgraphs].map(([name, subgraph]) => [name, subgraph.url]));
  const gateway = await startGateway({ port: 0, auth: hub.hub.auth, serviceCredential: await hub.serviceCredential(GATEWAY_IDENTITY), subgraphUrls: { ...subgraphUrls, careers: careersUrl }, subgraphDeadlineMs: DEADLINE_MS });
  gateways.push(gateway);
  // Composing the gateway here, in the hub's process, stalls its event loop: on a loaded machine long enough for the
  // subgraphs' consent copies to lapse, and the first decision would then wait for a renewal inside the 800 ms deadline.
  const current = await Promise.all([...hub.hub.subgraphs.values()].map((subgraph) => subgraph.consentCopyCurrent(10_000)));
  expect(current.every(Boolean)).toBe(true);
  return gateway.url;
}

const VIEW = `query View { person(id: "${darren.id}") { id welfare { householdType } careers { status } } caseload(limit: 5) { id careers { status } } }`;

beforeAll(async () => {
  hub = await startTestHub();
  proxy = await startHoldingProxy();
});
afterAll(async () => {
  await Promise.all(gateways.map((gateway) => gateway.stop()));
  await proxy.stop();
  await hub.stop();
});

describe('when one agency system is down or slow, what does an adviser see?', () => {
  test('careers held for ever: the answer arrives by the deadline, with every other subgraph\'s data and SUBGRAPH_TIMEOUT on each careers field', async () => {
    const url = await gatewayWithCareersAt(proxy.url);
    const started = Date.now();
    const answer = await postRaw(url, await hub.token('dana'), { query: VIEW });
    const tookMs = Date.now() - started;

    expect(proxy.held()).toBeGreaterThan(0);
    expect(tookMs).toBeLessThan(DEADLINE_MS * 2 + 1500);
    expect(answer.status).toBe(200);
    expect(answer.body.data.person).toMatchObject({ id: darren.id, careers: null });
    expect(answer.body.data.person.welfare).not.toBeUndefined();
    const timeouts = answer.body.errors.filter((error: any) => error.extensions.code === 'SUBGRAPH_TIMEOUT');
    expect(timeouts[0].extensions).toMatchObject({ code: 'SUBGRAPH_TIMEOUT', subgraph: 'careers' });
    expect(timeouts[0].message).toMatch(/careers.*not empty/);
    expect(timeouts.map((error: any) => error.path)).toContainEqual(['person', 'careers']);
    const caseload = answer.body.data.caseload as Array<{ id: string }>;
    caseload.forEach((_, index) => expect(timeouts.map((error: any) => error.path)).toContainEqual(['caseload', index, 'careers']));
  });

  test('careers down: SUBGRAPH_UNAVAILABLE naming careers, with the path, and the rest of the answer', async () => {
    const url = await gatewayWithCareersAt(await closedPortUrl());
    const answer = await postRaw(url, await hub.token('dana'), { query: VIEW });
    expect(answer.status).toBe(200);
    expect(answer.body.data.person.id).toBe(darren.id);
    expect(answer.body.data.person.careers).toBeNull();
    const unavailable = answer.body.errors.filter((error: any) => error.extensions.code === 'SUBGRAPH_UNAVAILABLE');
    expect(unavailable.map((error: any) => error.path)).toContainEqual(['person', 'careers']);
    expect(unavailable.every((error: any) => error.extensions.subgraph === 'careers')).toBe(true);
    expect(answer.text).not.toMatch(/fetch failed|ECONNREFUSED|127\.0\.0\.1/);
  });
});
