import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { GraphQLClient } from 'graphql-request';
import { Client } from 'pg';
import { databasesOnServer, dropDatabases } from '../hub/database-copies';
import { databaseOnServer, databaseUrlVariable } from '../hub/database-url';
import { demoUser } from '../hub/demo-users';
import { freePort } from '../hub/embedded-postgres';
import { subgraphVariable } from '../hub/environment-names';
import { LOCAL_AUDIENCE, LOCAL_ISSUER, LOCAL_SERVICE_AUDIENCE, loadOrCreateLocalSigningKey, type LocalSigningKey } from '../hub/local-signing-key';
import { GATEWAY_IDENTITY, subgraphIdentity } from '../hub/service-identities';
import { issueServiceCredential, issueToken } from '../hub/tokens';
import { demoPeople } from '../prisma/demo-people';
import { DEFAULT_AUDIT_LOG_ORIGIN } from '../subgraphs/consent/audit-log-settings';
import { generateSignerKey } from '../subgraphs/consent/audit-log/signed-note';
import { subgraphRegistry } from '../subgraphs/registry';
import { startServiceProcess, waitUntilReady, type ServiceProcess } from './support/service-processes';
import { TEMPLATE_PREFIX, testServerUrl } from './support/test-databases';

/**
 * The topology docker-compose.yml describes, as real processes: every subgraph its own
 * `serve-service` process on its own PostgreSQL database, two consent replicas, two gateways,
 * production settings (NODE_ENV=production, tokens from an identity provider's JWKS, each service
 * given only its own credential, no signing key anywhere the services can read). The server is SEPARATE_SERVICES_POSTGRES_URL when set
 * (CI: the machine's own PostgreSQL), else the test run's embedded one.
 */
const serverUrl = process.env.SEPARATE_SERVICES_POSTGRES_URL || testServerUrl();
const prefix = `apart_${process.pid}_`;
const { tomasz } = demoPeople;

let identityProvider: http.Server;
let signingKey: LocalSigningKey;
const services: ServiceProcess[] = [];
let gateways: [ServiceProcess, ServiceProcess];
let consentReplicas: [ServiceProcess, ServiceProcess];
let checkpointDatabase: string;
const keyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'identity-provider-'));

const allOutput = () => services.map((service) => service.output()).join('\n');

async function ask(gateway: ServiceProcess, user: string, query: string, variables?: Record<string, unknown>) {
  const token = await issueToken(signingKey, demoUser(user)!.claims);
  const client = new GraphQLClient(`${gateway.url}/graphql`, { headers: { authorization: `Bearer ${token}` }, errorPolicy: 'all' });
  const answer = await client.rawRequest<any>(query, variables);
  return { data: answer.data, errors: (answer.errors ?? []) as Array<{ path?: Array<string | number>; extensions?: Record<string, any> }> };
}

beforeAll(async () => {
  // The identity provider: publishes the public key only; the tokens are signed here, in the test.
  signingKey = await loadOrCreateLocalSigningKey(keyDir);
  identityProvider = http.createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [signingKey.publicJwk] }));
  });
  const idpPort = await freePort();
  await new Promise<void>((resolve) => identityProvider.listen(idpPort, '127.0.0.1', resolve));

  const databases = databasesOnServer(serverUrl, prefix);
  const common = {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    JWKS_URL: `http://127.0.0.1:${idpPort}/jwks.json`,
    TOKEN_ISSUER: LOCAL_ISSUER,
    TOKEN_AUDIENCE: LOCAL_AUDIENCE,
    SERVICE_TOKEN_AUDIENCE: LOCAL_SERVICE_AUDIENCE,
    DEMO_DATA: 'true',
    // A folder of its own that is never read for keys: production takes them from the JWKS.
    DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'service-data-')),
  };
  const ports = new Map<string, number>();
  for (const name of ['consent-a', 'consent-b', ...subgraphRegistry.map(({ definition }) => definition.name).filter((name) => name !== 'consent'), 'gateway-a', 'gateway-b']) {
    ports.set(name, await freePort());
  }
  const graphqlUrl = (name: string) => `http://127.0.0.1:${ports.get(name)}/graphql`;
  // Each service is given its own credential only, as the identity provider would issue it.
  const credential = async (name: string) => {
    const definition = subgraphRegistry.find((entry) => entry.definition.name === name)?.definition;
    const identity = definition ? subgraphIdentity(definition) : GATEWAY_IDENTITY;
    return { [subgraphVariable(name, 'SERVICE_CREDENTIAL')]: await issueServiceCredential(signingKey, identity) };
  };
  // The audit log's checkpoints: a key of their own, given as a secret, and a second database, as docker-compose.yml has them.
  checkpointDatabase = databaseOnServer(serverUrl, `${prefix}audit_checkpoints`);
  const admin = new Client({ connectionString: databaseOnServer(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${prefix}audit_checkpoints"`);
  await admin.end();
  const auditCheckpoints = { AUDIT_CHECKPOINT_KEY: generateSignerKey(DEFAULT_AUDIT_LOG_ORIGIN), AUDIT_CHECKPOINT_DATABASE_URL: checkpointDatabase };
  const outboxUrls = Object.fromEntries(
    subgraphRegistry.filter(({ definition }) => definition.name !== 'consent').map(({ definition }) => [subgraphVariable(definition.name, 'URL'), graphqlUrl(definition.name)]),
  );
  const subgraphEnv = async (name: string, port: number, consentUrl: string) => ({
    ...common,
    // Consent asks every subgraph to ship its audit outbox before it answers from the log.
    ...(name === 'consent' ? { ...auditCheckpoints, ...outboxUrls } : {}),
    ...(await credential(name)),
    [subgraphVariable(name, 'PORT')]: String(port),
    [databaseUrlVariable(name)]: databases[name],
    CONSENT_URL: consentUrl,
  });

  // Both consent replicas start at once on one database: migrated and seeded once between them.
  consentReplicas = await Promise.all([
    startServiceProcess('consent', ports.get('consent-a')!, await subgraphEnv('consent', ports.get('consent-a')!, graphqlUrl('consent-a'))),
    startServiceProcess('consent', ports.get('consent-b')!, await subgraphEnv('consent', ports.get('consent-b')!, graphqlUrl('consent-b'))),
  ]);
  services.push(...consentReplicas);
  // Half the subgraphs ask one consent replica, half the other: both decide, both append to the one log.
  const others = subgraphRegistry.map(({ definition }) => definition.name).filter((name) => name !== 'consent');
  for (const [index, name] of others.entries()) {
    const consentUrl = graphqlUrl(index % 2 === 0 ? 'consent-a' : 'consent-b');
    services.push(await startServiceProcess(name, ports.get(name)!, await subgraphEnv(name, ports.get(name)!, consentUrl)));
  }
  const gatewayEnv = async (port: number, consent: string) => ({
    ...common,
    ...(await credential('gateway')),
    GATEWAY_PORT: String(port),
    ...Object.fromEntries(others.map((name) => [subgraphVariable(name, 'URL'), graphqlUrl(name)])),
    CONSENT_URL: graphqlUrl(consent),
  });
  gateways = [
    await startServiceProcess('gateway', ports.get('gateway-a')!, await gatewayEnv(ports.get('gateway-a')!, 'consent-a')),
    await startServiceProcess('gateway', ports.get('gateway-b')!, await gatewayEnv(ports.get('gateway-b')!, 'consent-b')),
  ];
  services.push(...gateways);
  for (const service of services) await waitUntilReady(`${service.url}/ready`, 120, allOutput);
}, 240_000);

afterAll(async () => {
  await Promise.all(services.map((service) => service.stop()));
  await new Promise((resolve) => identityProvider?.close(resolve));
  await dropDatabases(serverUrl, prefix);
  const admin = new Client({ connectionString: databaseOnServer(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${prefix}audit_checkpoints" WITH (FORCE)`);
  await admin.end();
  fs.rmSync(keyDir, { recursive: true, force: true });
}, 60_000);

const VIEW = `query($id: ID!) { person(id: $id) { givenName socialCare { lookedAfterStatus safeguardingNotes { concern } } welfare { householdType debts { amountPence } } } }`;
const pathOf = (error: { path?: Array<string | number> }) => error.path?.join('.');

describe('the hub deployed apart: each service its own process on PostgreSQL, two consent replicas, two gateways', () => {
  test('both gateways give the same single view, with the same refusal', async () => {
    const [a, b] = await Promise.all(gateways.map((gateway) => ask(gateway, 'dana', VIEW, { id: tomasz.id })));
    expect(a.data.person.givenName).toBe('Tomasz');
    expect(a.data.person.socialCare.lookedAfterStatus).toBe('NONE');
    expect(a.data).toEqual(b.data);
    expect(a.errors.map((error) => [pathOf(error), error.extensions?.code])).toEqual(
      expect.arrayContaining([['person.socialCare.safeguardingNotes', 'CONSENT_REQUIRED'], ['person.welfare.debts', 'CONSENT_REQUIRED']]),
    );
    expect(b.errors.map(pathOf).sort()).toEqual(a.errors.map(pathOf).sort());
  });

  test('a consent recorded through one gateway and consent replica is honoured by the other at once', async () => {
    const granted = await ask(
      gateways[0],
      'dana',
      `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id active categories } }`,
      { input: { personId: tomasz.id, agency: 'employability', categories: ['finances'], purpose: 'Budgeting for a job start', evidence: 'VERBAL', evidenceNote: 'Said yes at the drop-in, 2 December.' } },
    );
    expect(granted.errors).toEqual([]);
    expect(granted.data.grantConsent).toMatchObject({ active: true, categories: ['finances'] });
    // welfare-rights asks the other consent replica; the other gateway answers.
    const after = await ask(gateways[1], 'dana', VIEW, { id: tomasz.id });
    expect(after.data.person.welfare.debts).not.toBeNull();
    expect(after.errors.map(pathOf)).not.toContain('person.welfare.debts');
  });

  test('advisers asking both gateways at once: one unbroken audit log, with every request in it', async () => {
    const askers = ['dana', 'gareth', 'priya', 'amara'];
    const answers = await Promise.all(
      Array.from({ length: 16 }, (_, n) => ask(gateways[n % 2], askers[n % askers.length], VIEW, { id: tomasz.id })),
    );
    expect(answers.every((answer) => answer.data.person !== null)).toBe(true);
    // Checkpoints follow the appends within a bounded delay, signed by either replica into the checkpoint database.
    const verify = () => ask(gateways[1], 'helen', '{ verifyAuditLog { intact treeSize unvouchedEntries checkedAgainst { source ok problem detail } } }');
    let report = await verify();
    for (let tries = 0; report.data.verifyAuditLog.unvouchedEntries > 0 && tries < 50; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      report = await verify();
    }
    expect(report.data.verifyAuditLog).toMatchObject({ intact: true, unvouchedEntries: 0 });
    // Four subgraphs decide per request here, through both replicas: many more entries than requests.
    expect(report.data.verifyAuditLog.treeSize).toBeGreaterThan(16 * 2);
    const checkpoints = new Client({ connectionString: checkpointDatabase });
    await checkpoints.connect();
    try {
      const stored = await checkpoints.query<{ size: number }>('SELECT size FROM "AuditCheckpoint" ORDER BY size DESC LIMIT 1');
      expect(stored.rows[0].size).toBe(report.data.verifyAuditLog.treeSize);
      await expect(checkpoints.query('DELETE FROM "AuditCheckpoint"')).rejects.toThrow('audit checkpoints are never changed or removed');
    } finally {
      await checkpoints.end();
    }
    const log = await ask(gateways[0], 'helen', '{ auditEvents(limit: 1000) { total events { subgraph } } }');
    // people asks one consent replica, social-services the other: both appended to the one log.
    const subgraphs = new Set(log.data.auditEvents.events.map((event: { subgraph: string }) => event.subgraph));
    expect([...subgraphs]).toEqual(expect.arrayContaining(['people', 'social-services']));
  });

  test('the demo data was loaded once, though both consent replicas started together on an empty database', async () => {
    const count = async (url: string) => {
      const db = new Client({ connectionString: url });
      await db.connect();
      try {
        return Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM "Consent"')).rows[0].n);
      } finally {
        await db.end();
      }
    };
    // The template the single-process tests copy was seeded once by one process; one consent was granted above.
    const seededOnce = await count(databasesOnServer(testServerUrl(), TEMPLATE_PREFIX).consent);
    expect(await count(databasesOnServer(serverUrl, prefix).consent)).toBe(seededOnce + 1);
  });
});
