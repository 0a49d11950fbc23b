import { startGateway } from '../gateway/serve-gateway';
import { GATEWAY_IDENTITY, subgraphIdentity } from '../hub/service-identities';
import { OPERATION_LIMITS } from '../platform/operation-limits';
import { startSubgraph } from '../subgraphs/kit/serve-subgraph';
import { people } from '../subgraphs/people';
import { postRaw } from './support/raw-request';
import { startTestHub, type TestHub } from './support/test-hub';

let hub: TestHub;
const stops: Array<() => Promise<void>> = [];
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  for (const stop of stops) await stop();
  await hub.stop();
});

const CASELOAD = `query Caseload { caseload(limit: 100) { id givenName familyName story { ownAccount goals } referrals { status } } }`;

describe('what happens to an answer larger than the hub will build?', () => {
  test('at the gateway: past the byte budget the answer is RESPONSE_TOO_LARGE alone, not half an answer', async () => {
    const subgraphUrls = Object.fromEntries([...hub.hub.subgraphs].map(([name, subgraph]) => [name, subgraph.url]));
    const small = { ...OPERATION_LIMITS, maxResponseBytes: 600 };
    const gateway = await startGateway({ port: 0, auth: hub.hub.auth, serviceCredential: await hub.serviceCredential(GATEWAY_IDENTITY), subgraphUrls, limits: small });
    stops.push(() => gateway.stop());

    const answer = await postRaw(gateway.url, await hub.token('dana'), { query: CASELOAD });
    expect(answer.body).toEqual({
      errors: [{ message: expect.stringMatching(/larger than the 600 bytes allowed/), extensions: { code: 'RESPONSE_TOO_LARGE', maximum: 600, unit: 'bytes' } }],
    });
    // The hub's own gateway, with the real budget, serves the same query.
    const served = await postRaw(hub.hub.gatewayUrl, await hub.token('dana'), { query: CASELOAD });
    expect(served.body.data.caseload.length).toBeGreaterThan(0);
  });

  test('at a subgraph reached directly: past the field budget it stops resolving and refuses', async () => {
    const subgraph = await startSubgraph(people, {
      port: 0,
      databaseUrl: hub.databaseUrls.people,
      dataDir: hub.dataDir,
      auth: hub.hub.auth,
      serviceCredential: await hub.serviceCredential(subgraphIdentity(people)),
      consentUrl: () => hub.subgraphUrl('consent'),
      limits: { ...OPERATION_LIMITS, maxResolvedFields: 20 },
    });
    stops.push(() => subgraph.stop());

    const answer = await postRaw(subgraph.url, await hub.token('dana'), { query: CASELOAD });
    expect(answer.body).toEqual({
      errors: [{ message: expect.stringMatching(/larger than the 20 fields allowed/), extensions: { code: 'RESPONSE_TOO_LARGE', maximum: 20, unit: 'fields' } }],
    });
    const small = await postRaw(subgraph.url, await hub.token('dana'), { query: 'query { caseload(limit: 2) { id } }' });
    expect(small.body.data.caseload).toHaveLength(2);
  });
});
