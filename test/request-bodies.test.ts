import { postRaw } from './support/raw-request';
import { startTestHub, type TestHub } from './support/test-hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.stop());

const endpoints = () => [
  ['the gateway', hub.hub.gatewayUrl],
  ['a subgraph reached directly', hub.subgraphUrl('careers')],
];

describe('what does a client get back for a body the hub cannot read?', () => {
  test.each([0, 1])('invalid JSON: a 400 with a JSON GraphQL error (%#: gateway, subgraph)', async (which) => {
    const [, url] = endpoints()[which];
    const answer = await postRaw(url, await hub.token('dana'), '{"query": "{ me { id } ');
    expect(answer.status).toBe(400);
    expect(answer.contentType).toMatch(/application\/json/);
    expect(answer.body).toEqual({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  test.each([0, 1])('a body over 1 MB: a 413 saying the limit (%#: gateway, subgraph)', async (which) => {
    const [, url] = endpoints()[which];
    const answer = await postRaw(url, await hub.token('dana'), { query: '{ me { id } }', variables: { padding: 'x'.repeat(1_100_000) } });
    expect(answer.status).toBe(413);
    expect(answer.body.errors[0].extensions).toEqual({ code: 'REQUEST_TOO_LARGE', maximum: 1024 * 1024 });
  });

  test('a body that is not JSON: a 415 saying what to send', async () => {
    const answer = await postRaw(hub.hub.gatewayUrl, await hub.token('dana'), 'query { me { id } }', { 'content-type': 'text/plain' });
    expect(answer.status).toBe(415);
    expect(answer.body.errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  test('without a token the body is never read: a 401, whatever the body', async () => {
    const answer = await postRaw(hub.hub.gatewayUrl, null, '{"query": ');
    expect(answer.status).toBe(401);
    expect(answer.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  test('nothing below GraphQL answers with an HTML page', async () => {
    for (const [, url] of endpoints()) {
      const answer = await postRaw(url, await hub.token('dana'), '{"query": ');
      expect(answer.text).not.toMatch(/<html|<pre>|node_modules|at .+:\d+:\d+/i);
    }
  });
});
