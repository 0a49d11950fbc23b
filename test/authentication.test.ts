import { SignJWT, generateKeyPair } from 'jose';
import { hubConfigFromEnv, ConfigError } from '../hub/hub-config';
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '../hub/local-signing-key';
import { issueToken } from '../hub/tokens';
import { subgraphRegistry } from '../subgraphs/registry';
import { startTestHub, type TestHub } from './support/test-hub';

const QUERY = JSON.stringify({ query: '{ __typename }' });

async function post(url: string, authorization?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: QUERY,
  });
  return { status: response.status, body: await response.json() };
}

describe('who may call the hub at all', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  const endpoints = () => [
    ['gateway', hub.hub.gatewayUrl],
    ...subgraphRegistry.map(({ definition }) => [`subgraph ${definition.name}`, hub.subgraphUrl(definition.name)]),
  ];

  test('a request without a bearer token gets 401 at the gateway and at every subgraph', async () => {
    for (const [name, url] of endpoints()) {
      const { status, body } = await post(url);
      expect({ name, status, code: body.errors[0].extensions.code }).toEqual({ name, status: 401, code: 'UNAUTHENTICATED' });
    }
  });

  test('a token signed by another key is refused everywhere', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ role: 'manager', agency: 'careers' })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('staff-intruder')
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_AUDIENCE)
      .setExpirationTime('1h')
      .sign(privateKey);
    for (const [name, url] of endpoints()) {
      expect({ name, status: (await post(url, `Bearer ${forged}`)).status }).toEqual({ name, status: 401 });
    }
  });

  test('an expired token is refused, and a staff token without an agency is refused', async () => {
    const fresh = await hub.token({ sub: 'staff-priya-shah', role: 'adviser', agency: 'careers' });
    const stale = await issueToken(hub.hub.signingKey!, { sub: 'staff-priya-shah', role: 'adviser', agency: 'careers' }, '-1m');
    expect((await post(hub.hub.gatewayUrl, `Bearer ${stale}`)).status).toBe(401);
    expect((await post(hub.hub.gatewayUrl, `Bearer ${fresh}`)).status).toBe(200);

    const noAgency = await issueToken(hub.hub.signingKey!, { sub: 'staff-x', role: 'adviser' });
    const refused = await post(hub.hub.gatewayUrl, `Bearer ${noAgency}`);
    expect(refused.status).toBe(401);
    expect(refused.body.errors[0].message).toMatch(/no agency/);
  });

  test('a valid token is forwarded: the subgraphs see the same caller', async () => {
    const { data } = await hub.ask('priya', '{ caseload { id } }');
    expect(data.caseload.length).toBeGreaterThan(0);
  });

  test('the gateway reports ready when every subgraph database answers', async () => {
    // Probed as an orchestrator probes: again until ready. Each probe gives every subgraph 2 s, which a busy CI machine can miss once.
    let answer: { status: number; body: unknown } = { status: 0, body: null };
    for (let probe = 0; probe < 5 && answer.status !== 200; probe += 1) {
      const response = await fetch(hub.hub.gatewayUrl.replace(/graphql$/, 'ready'));
      answer = { status: response.status, body: await response.json() };
    }
    expect(answer).toEqual({ status: 200, body: { status: 'ready', unready: [] } });
  });
});

describe('configuration of tokens', () => {
  test('in production the hub refuses to start on its local demo key', () => {
    expect(() => hubConfigFromEnv({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => hubConfigFromEnv({ NODE_ENV: 'production' })).toThrow(/JWKS_URL/);
  });

  test('in production with an identity provider it verifies against that provider', () => {
    const config = hubConfigFromEnv({
      NODE_ENV: 'production',
      JWKS_URL: 'https://idp.example.org/.well-known/jwks.json',
      TOKEN_ISSUER: 'https://idp.example.org/',
      TOKEN_AUDIENCE: 'one-story-hub',
      SERVICE_TOKEN_AUDIENCE: 'one-story-hub-services',
    });
    expect(config.tokens).toEqual({
      kind: 'jwks',
      jwksUrl: 'https://idp.example.org/.well-known/jwks.json',
      issuer: 'https://idp.example.org/',
      audience: 'one-story-hub',
      serviceAudience: 'one-story-hub-services',
    });
  });

  test("with an identity provider, services need their own credentials' audience, different from people's", () => {
    const idp = { JWKS_URL: 'https://idp.example.org/jwks', TOKEN_ISSUER: 'https://idp.example.org/', TOKEN_AUDIENCE: 'hub' };
    expect(() => hubConfigFromEnv(idp)).toThrow(/SERVICE_TOKEN_AUDIENCE/);
    expect(() => hubConfigFromEnv({ ...idp, SERVICE_TOKEN_AUDIENCE: 'hub' })).toThrow(/must differ/);
  });

  test('a port that is not a number is named', () => {
    expect(() => hubConfigFromEnv({ CAREERS_PORT: 'eighty' })).toThrow(/CAREERS_PORT must be a port number/);
  });
});
