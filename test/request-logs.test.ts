import { singleViewQuery } from '../bench/single-view-query';
import { demoPeople } from '../prisma/demo-people';
import { captureLogs } from './support/captured-logs';
import { postRaw } from './support/raw-request';
import { startTestHub, type TestHub } from './support/test-hub';

const { darren } = demoPeople;
const logs = captureLogs();
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.stop());

describe('what do the logs and metrics tell an operator, and what do they keep from a DPO\'s concern?', () => {
  test('one line per request at the gateway and each subgraph it called, with who, what, how long and how it went', async () => {
    const before = logs.lines().length;
    const answer = await postRaw(hub.hub.gatewayUrl, await hub.token('dana'), { query: singleViewQuery(['Person.accessLog']), variables: { id: darren.id } }, { 'x-request-id': 'front-end-42' });
    expect(answer.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50));

    const lines = logs.lines().slice(before).filter((line) => line.msg === 'request');
    const gatewayLines = lines.filter((line) => line.service === 'gateway');
    expect(gatewayLines).toHaveLength(1);
    const [gateway] = gatewayLines;
    expect(gateway).toMatchObject({
      requestId: expect.any(String),
      correlationId: 'front-end-42',
      caller: { subject: 'staff-dana-okafor', agency: 'employability', role: 'adviser' },
      operation: 'SingleView',
      operationType: 'query',
      status: 200,
      outcome: expect.stringMatching(/^(ok|partial)$/),
      durationMs: expect.any(Number),
    });
    const called = new Set(gateway.subgraphs.map((call: any) => call.subgraph));
    expect([...called]).toEqual(expect.arrayContaining(['people', 'careers', 'welfare-rights', 'social-services', 'employability']));
    for (const subgraph of called) {
      expect(lines.filter((line) => line.service === subgraph && line.requestId === gateway.requestId).length).toBeGreaterThan(0);
    }
  });

  test("no line holds a person's name, NI number or postcode", async () => {
    const text = logs.text();
    expect(text.length).toBeGreaterThan(0);
    for (const value of [darren.givenName, darren.familyName, darren.nationalInsuranceNumber, darren.postcode, darren.dateOfBirth]) {
      expect(text).not.toContain(value);
    }
  });

  test('a refused token is logged too, without the token', async () => {
    const before = logs.lines().length;
    await postRaw(hub.hub.gatewayUrl, 'not-a-token', { query: '{ me { id } }' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const [line] = logs.lines().slice(before).filter((l) => l.service === 'gateway');
    expect(line).toMatchObject({ status: 401, outcome: 'refused', caller: null });
    expect(JSON.stringify(line)).not.toContain('not-a-token');
  });

  test('/metrics counts requests by operation and outcome, subgraph calls and consent decisions, in Prometheus format', async () => {
    const response = await fetch(hub.hub.gatewayUrl.replace(/\/graphql$/, '/metrics'));
    expect(response.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/hub_requests_total\{service="gateway",operation="SingleView",outcome="(ok|partial)"\} \d+/);
    expect(text).toMatch(/hub_request_duration_seconds_bucket\{le="[\d.]+",service="gateway",operation="SingleView"\}/);
    expect(text).toMatch(/hub_subgraph_call_duration_seconds_count\{subgraph="people",outcome="(ok|errors)"\} \d+/);
    expect(text).toMatch(/hub_consent_decisions_total\{subgraph="\w[\w-]*",outcome="(allowed|denied)"\} \d+/);
  });
});
