import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { SignJWT, generateKeyPair } from 'jose';
import { LOCAL_ISSUER, LOCAL_SERVICE_AUDIENCE } from '../hub/local-signing-key';
import { projectRoot } from '../hub/project-root';
import { admitGeneratedTeams } from '../schema/agency-registry';
import { issueServiceCredential, issueToken } from '../hub/tokens';
import type { CallingService } from '../platform/service-credentials';
import { demoPeople } from '../prisma/demo-people';
import { startTestHub, type TestHub } from './support/test-hub';

const { tomasz, darren, jordan } = demoPeople;

const DECIDE = `mutation($input: AccessQuestionInput!) { decideAccess(input: $input) { personId category allowed reason } }`;
const URGENT = 'Police report a child at the address may be at risk tonight; I need the safeguarding history now.';

/** A call straight to a subgraph's own port, as someone who can reach every port would make it. */
async function callDirectly(url: string, body: object, headers: Record<string, string>) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: any }> } };
}

describe('who may ask the consent subgraph for decisions', () => {
  let hub: TestHub;
  const credentialOf = (service: CallingService) => issueServiceCredential(hub.hub.signingKey!, service);
  const auditTotal = async () => (await hub.ask('helen', '{ auditEvents(limit: 1) { total } }')).data.auditEvents.total as number;
  const askConsent = async (user: string, credential: string | null, requests: object[]) =>
    callDirectly(hub.subgraphUrl('consent'), { query: DECIDE, variables: { input: { requests } } }, {
      authorization: `Bearer ${await hub.token(user)}`,
      ...(credential ? { 'x-service-credential': credential } : {}),
    });

  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  test("an adviser calling decideAccess on the consent subgraph's own port is refused, and nothing is written to the audit log", async () => {
    const before = await auditTotal();
    const { body } = await askConsent('dana', null, [{ personId: tomasz.id, category: 'safeguarding', fieldPath: 'SocialCareRecord.safeguardingNotes' }]);
    expect(body.data?.decideAccess ?? null).toBeNull();
    expect(body.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await auditTotal()).toBe(before);
  });

  test('a service credential signed by any other key is refused outright', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ service: 'social-services', agency: 'social-services' })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('service:social-services')
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_SERVICE_AUDIENCE)
      .setExpirationTime('1h')
      .sign(privateKey);
    const { status, body } = await askConsent('dana', forged, [{ personId: tomasz.id, category: 'safeguarding', fieldPath: 'x.y' }]);
    expect(status).toBe(401);
    expect(body.errors?.[0].message).toMatch(/service credential was refused/);
  });

  test('a service credential is no bearer token, and a bearer token is no service credential', async () => {
    const credential = await credentialOf({ name: 'careers', agency: 'careers', holdsSharedRecords: false });
    const asBearer = await callDirectly(hub.hub.gatewayUrl, { query: '{ __typename }' }, { authorization: `Bearer ${credential}` });
    expect(asBearer.status).toBe(401);
    const asCredential = await askConsent('dana', await hub.token('ruth'), [{ personId: tomasz.id, category: 'safeguarding', fieldPath: 'x.y' }]);
    expect(asCredential.status).toBe(401);
  });

  test("the asking subgraph's agency comes from its credential, not from the question", async () => {
    const question = [{ personId: tomasz.id, category: 'safeguarding', fieldPath: 'SocialCareRecord.safeguardingNotes' }];
    // Careers' credential: Dana (employability) is not the owning agency, whatever she would like.
    const asCareers = await askConsent('dana', await credentialOf({ name: 'careers', agency: 'careers', holdsSharedRecords: false }), question);
    expect(asCareers.body.data.decideAccess).toEqual([{ personId: tomasz.id, category: 'safeguarding', allowed: false, reason: 'NO_CONSENT' }]);
    // The field that once let a caller say so is gone from the question.
    const withOwner = await callDirectly(
      hub.subgraphUrl('consent'),
      { query: DECIDE, variables: { input: { owningAgency: 'employability', requests: question } } },
      { authorization: `Bearer ${await hub.token('dana')}`, 'x-service-credential': await credentialOf({ name: 'careers', agency: 'careers', holdsSharedRecords: false }) },
    );
    expect(withOwner.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    // What decideAccess answers is logged before the answer leaves; the subgraphs' own decisions go through their
    // outboxes under the name their credential gives (test/audit-outbox.test.ts).
    const before = await auditTotal();
    await askConsent('dana', await credentialOf({ name: 'careers', agency: 'careers', holdsSharedRecords: false }), question);
    expect(await auditTotal()).toBe(before + 1);
  });

  test('holding agencies count only when the service that holds shared records says so', async () => {
    const question = [{ personId: jordan.id, category: 'referral', fieldPath: 'Referral.reason', holdingAgencies: ['employability'] }];
    const fromCareers = await askConsent('dana', await credentialOf({ name: 'careers', agency: 'careers', holdsSharedRecords: false }), question);
    expect(fromCareers.body.data.decideAccess[0]).toMatchObject({ allowed: false, reason: 'NO_CONSENT' });
    const fromPeople = await askConsent('dana', await credentialOf({ name: 'people', agency: null, holdsSharedRecords: true }), question);
    expect(fromPeople.body.data.decideAccess[0]).toMatchObject({ allowed: true, reason: 'HOLDING_AGENCY' });
  });
});

describe('request ids the caller cannot forge', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  const loggedFor = async (correlationId: string) =>
    (await hub.ask('helen', '{ auditEvents(limit: 1000) { events { requestId correlationId } } }')).data.auditEvents.events.filter(
      (event: { correlationId: string | null }) => event.correlationId === correlationId,
    ) as Array<{ requestId: string; correlationId: string }>;

  test("a caller's own request id is kept as a correlation value, and the audit log uses the gateway's", async () => {
    const someoneElses = randomUUID();
    await hub.ask('dana', `{ person(id: "${tomasz.id}") { givenName } }`, {}, undefined, {
      'x-request-id': 'dana-front-end-42',
      'x-hub-request-id': someoneElses,
    });
    const logged = await loggedFor('dana-front-end-42');
    expect(logged.length).toBeGreaterThan(0);
    expect(new Set(logged.map((event) => event.requestId)).size).toBe(1);
    expect(logged[0].requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(logged[0].requestId).not.toBe(someoneElses);
  });

  test('a hub request id sent straight to a subgraph without a service credential is not believed', async () => {
    const someoneElses = randomUUID();
    await hub.ask('dana', `{ person(id: "${tomasz.id}") { givenName } }`, {}, hub.subgraphUrl('people'), {
      'x-hub-request-id': someoneElses,
      'x-request-id': 'straight-to-people',
    });
    const logged = await loggedFor('straight-to-people');
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.every((event) => event.requestId !== someoneElses)).toBe(true);
  });
});

describe('break-glass that means something', () => {
  let hub: TestHub;
  const auditTotal = async () => (await hub.ask('helen', '{ auditEvents(limit: 1) { total } }')).data.auditEvents.total as number;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  test('a one-letter justification is refused, naming the header, at the gateway and at a subgraph, and nothing is read', async () => {
    const before = await auditTotal();
    for (const url of [hub.hub.gatewayUrl, hub.subgraphUrl('social-services')]) {
      const { status, body } = await callDirectly(url, { query: `{ person(id: "${tomasz.id}") { id } }` }, {
        authorization: `Bearer ${await hub.token('dana')}`,
        'x-break-glass': 'x',
      });
      expect(status).toBe(400);
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', invalidFields: [{ field: 'x-break-glass' }] });
    }
    expect(await auditTotal()).toBe(before);
  });

  test('one urgent look is one review item, however many people and categories it opens', async () => {
    const query = `{
      tomasz: person(id: "${tomasz.id}") { socialCare { safeguardingNotes { concern } } welfare { debts { amountPence } } }
      darren: person(id: "${darren.id}") { socialCare { safeguardingNotes { concern } } }
    }`;
    const answer = await hub.ask('dana', query, {}, undefined, { 'x-break-glass': URGENT, 'x-request-id': 'urgent-look-1' });
    expect(answer.data.tomasz.welfare.debts).not.toBeNull();

    const pending = await hub.ask('helen', '{ breakGlassAccesses { requestId subject agency justification people categories } }');
    expect(pending.data.breakGlassAccesses).toHaveLength(1);
    expect(pending.data.breakGlassAccesses[0]).toMatchObject({
      subject: 'staff-dana-okafor',
      agency: 'employability',
      justification: URGENT,
      people: [darren.id, tomasz.id].sort(),
      categories: expect.arrayContaining(['safeguarding', 'finances']),
    });

    const { requestId } = pending.data.breakGlassAccesses[0];
    const review = await hub.ask('helen', 'mutation($input: BreakGlassReviewInput!) { reviewBreakGlass(input: $input) { finding } }', {
      input: { requestId, finding: 'NOT_JUSTIFIED', note: 'No police report was made that night; raised with the team manager.' },
    });
    expect(review.data.reviewBreakGlass.finding).toBe('NOT_JUSTIFIED');
    const again = await hub.ask('helen', 'mutation($input: BreakGlassReviewInput!) { reviewBreakGlass(input: $input) { finding } }', {
      input: { requestId, finding: 'JUSTIFIED', note: 'Second thoughts after the fact.' },
    });
    expect(again.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requestId' });

    const tomaszSees = await hub.ask('tomasz', '{ me { accessLog { agency category reason breakGlassFinding } } }');
    expect(tomaszSees.data.me.accessLog).toContainEqual({ agency: 'employability', category: 'safeguarding', reason: 'BREAK_GLASS', breakGlassFinding: 'NOT_JUSTIFIED' });
  });
});

describe('agencies are known', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  test('invented teams for generated caseloads are admitted only by code that builds them, never in production', () => {
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      expect(() => admitGeneratedTeams(['generated-team'])).toThrow(/never admitted in production/);
    } finally {
      process.env.NODE_ENV = before;
    }
    expect(() => admitGeneratedTeams(['employabilty'])).toThrow(/starts with "generated-"/);
    const callers = execFileSync('git', ['grep', '--untracked', '-l', 'admitGeneratedTeams(', '--', '*.ts'], { cwd: projectRoot, encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter((file) => !file.startsWith('test/'));
    // The scaffold's template writes the call into a new subgraph's test (test/<name>.test.ts).
    expect(callers.sort()).toEqual(['bench/floor-process.ts', 'bench/hub-gateway-process.ts', 'bench/subgraph-set-process.ts', 'schema/agency-registry.ts', 'tools/new-subgraph/templates.ts']);
  });

  test('a token naming an agency the hub does not know is refused', async () => {
    const token = await issueToken(hub.hub.signingKey!, { sub: 'staff-someone', role: 'adviser', agency: 'employabilty' });
    const { status, body } = await callDirectly(hub.hub.gatewayUrl, { query: '{ __typename }' }, { authorization: `Bearer ${token}` });
    expect(status).toBe(401);
    expect(body.errors?.[0].message).toMatch(/agency the hub does not know: employabilty/);
  });

  test('a consent or a referral to an agency the hub does not know is refused, naming the field, and nothing is recorded', async () => {
    const consent = await hub.ask('tomasz', 'mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }', {
      input: { personId: tomasz.id, agency: 'employabilty', categories: ['identity'], purpose: 'Job search support.', evidence: 'DIGITAL_SELF_SERVICE' },
    });
    expect(consent.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', invalidFields: [{ field: 'agency' }] });
    const referral = await hub.ask('priya', 'mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }', {
      input: { personId: jordan.id, toAgency: 'employabilty', reason: 'Construction traineeship place.', share: ['identity'], consentNote: 'Agreed in session.' },
    });
    expect(referral.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', invalidFields: [{ field: 'toAgency' }] });
    const consents = await hub.ask('tomasz', '{ me { consents { agency } } }');
    expect(consents.data.me.consents.map((c: { agency: string }) => c.agency)).not.toContain('employabilty');
  });
});
