import { Client } from 'pg';
import path from 'node:path';
import { demoPeople, demoStaff } from '../prisma/demo-people';
import { checkpointsSettled } from './support/audit-log';
import { startTestHub, type TestHub } from './support/test-hub';

const { tomasz, darren } = demoPeople;

const TOMASZ_VIEW = `query($id: ID!) {
  person(id: $id) {
    id givenName postcode
    socialCare { lookedAfterStatus safeguardingNotes { concern } }
    welfare { householdType debts { amountPence } }
    employability { outcomes { kind } }
  }
}`;

const codeAt = (errors: Array<{ path?: Array<string | number>; extensions?: Record<string, any> }>, path: string) =>
  errors.find((error) => error.path?.join('.') === path)?.extensions;

describe('field-level consent, through the gateway', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  test('an adviser with consent for one category and not another gets one field and a CONSENT_REQUIRED error, in one answer', async () => {
    const { data, errors } = await hub.ask('dana', TOMASZ_VIEW, { id: tomasz.id });
    expect(data.person.givenName).toBe('Tomasz'); // identity: consented to employability
    expect(data.person.socialCare.lookedAfterStatus).toBe('NONE'); // social-care: consented
    expect(data.person.socialCare.safeguardingNotes).toBeNull(); // safeguarding: not consented
    expect(codeAt(errors, 'person.socialCare.safeguardingNotes')).toMatchObject({
      code: 'CONSENT_REQUIRED',
      category: 'safeguarding',
      personId: tomasz.id,
    });
    expect(data.person.welfare.householdType).toBe('SINGLE_WITH_CHILDREN'); // benefits: consented
    expect(data.person.welfare.debts).toBeNull(); // finances: not consented
    expect(codeAt(errors, 'person.welfare.debts')).toMatchObject({ code: 'CONSENT_REQUIRED', category: 'finances' });
    expect(data.person.employability.outcomes.length).toBeGreaterThan(0); // dana's own agency's record
    expect(errors).toHaveLength(2);
  });

  test('the decision order, branch by branch', async () => {
    const matrix: Array<[string, string, string | null]> = [];
    const ask = (who: string, query: string, url?: string, headers?: Record<string, string>) => hub.ask(who, query, undefined, url, headers);
    const safeguarding = `{ person(id: "${tomasz.id}") { socialCare { safeguardingNotes { riskLevel } } } }`;

    // 1. a client reading their own record
    const own = await ask('tomasz', safeguarding);
    matrix.push(['client, own record', own.data.person.socialCare.safeguardingNotes ? 'served' : 'refused', null]);
    // 2. a data-protection officer: no case data, even where a subgraph is asked directly
    const dpo = await ask('helen', `query { _entities(representations: [{ __typename: "Person", id: "${tomasz.id}" }]) { ... on Person { socialCare { lookedAfterStatus } } } }`, hub.subgraphUrl('social-services'));
    matrix.push(['dpo', dpo.data._entities[0].socialCare ? 'served' : 'refused', dpo.errors[0]?.extensions?.reason]);
    // 3. staff of the owning agency
    const owner = await ask('ruth', safeguarding);
    matrix.push(['owning agency', owner.data.person.socialCare.safeguardingNotes ? 'served' : 'refused', null]);
    // 4. an active consent for the category
    const consented = await ask('dana', `{ person(id: "${tomasz.id}") { socialCare { lookedAfterStatus } } }`);
    matrix.push(['consent', consented.data.person.socialCare.lookedAfterStatus ? 'served' : 'refused', null]);
    // 5. break-glass, with a written justification
    const glass = await ask('dana', safeguarding, undefined, { 'x-break-glass': 'Children possibly at risk tonight; need safeguarding history.' });
    matrix.push(['break-glass', glass.data.person.socialCare.safeguardingNotes ? 'served' : 'refused', null]);
    // 6. otherwise refused
    const refused = await ask('dana', safeguarding);
    matrix.push(['no consent', refused.data.person.socialCare.safeguardingNotes ? 'served' : 'refused', refused.errors[0]?.extensions?.code]);

    expect(matrix).toEqual([
      ['client, own record', 'served', null],
      ['dpo', 'refused', 'DPO_NO_CASE_DATA'],
      ['owning agency', 'served', null],
      ['consent', 'served', null],
      ['break-glass', 'served', null],
      ['no consent', 'refused', 'CONSENT_REQUIRED'],
    ]);

    // ...and the audit log says so, decision by decision
    const { data } = await hub.ask('helen', `{ auditEvents(filter: { person: "${tomasz.id}" }, limit: 1000) { events { subject decision reason category justification } } }`);
    const reasons = new Set(data.auditEvents.events.map((e: { reason: string }) => e.reason));
    expect([...reasons].sort()).toEqual(['BREAK_GLASS', 'CONSENT', 'DPO_NO_CASE_DATA', 'LINKED_AGENCY', 'NO_CONSENT', 'OWNING_AGENCY', 'OWN_RECORD']);
    expect(data.auditEvents.events).toContainEqual({
      subject: 'staff-dana-okafor', decision: 'ALLOWED', reason: 'BREAK_GLASS', category: 'safeguarding',
      justification: 'Children possibly at risk tonight; need safeguarding history.',
    });
  });

  test('break-glass requests wait for the DPO review, and leave the list once reviewed', async () => {
    const pending = await hub.ask('helen', '{ breakGlassAccesses { requestId subject categories justification reviewedAt } }');
    expect(pending.data.breakGlassAccesses.length).toBeGreaterThan(0);
    // What each request opened, read from the log's break-glass entries (the partial index of migration 20261204060000).
    expect(pending.data.breakGlassAccesses.flatMap((e: { categories: string[] }) => e.categories)).toContain('safeguarding');
    const first = pending.data.breakGlassAccesses[0];
    const reviewed = await hub.ask('helen', `mutation($input: BreakGlassReviewInput!) { reviewBreakGlass(input: $input) { reviewedAt reviewedBy finding reviewNote } }`, {
      input: { requestId: first.requestId, finding: 'JUSTIFIED', note: 'Police welfare check the same night.' },
    });
    expect(reviewed.data.reviewBreakGlass).toMatchObject({ reviewedBy: 'staff-helen-achebe', finding: 'JUSTIFIED', reviewNote: 'Police welfare check the same night.' });
    const after = await hub.ask('helen', '{ breakGlassAccesses { requestId } }');
    expect(after.data.breakGlassAccesses.map((e: { requestId: string }) => e.requestId)).not.toContain(first.requestId);
    const notDpo = await hub.ask('dana', '{ breakGlassAccesses { requestId } }');
    expect(notDpo.errors[0].extensions?.code).toBe('FORBIDDEN');
  });

  test('a withdrawal applies from the next request', async () => {
    const before = await hub.ask('dana', `{ person(id: "${tomasz.id}") { socialCare { lookedAfterStatus } } }`);
    expect(before.data.person.socialCare.lookedAfterStatus).toBe('NONE');

    const consents = await hub.ask('tomasz', '{ me { consents { id agency active } } }');
    const toEmployability = consents.data.me.consents.find((c: { agency: string }) => c.agency === 'employability');
    const withdrawn = await hub.ask('tomasz', `mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { active } }`, {
      input: { consentId: toEmployability.id, personId: tomasz.id, reason: 'I want to talk to my worker first.' },
    });
    expect(withdrawn.data.withdrawConsent.active).toBe(false);

    const after = await hub.ask('dana', `{ person(id: "${tomasz.id}") { socialCare { lookedAfterStatus } } }`);
    expect(after.data.person.socialCare).toBeNull();
    expect(after.errors[0].extensions).toMatchObject({ code: 'CONSENT_REQUIRED', category: 'social-care' });
  });

  test('the person sees who looked at which categories of their data', async () => {
    const { data, errors } = await hub.ask('tomasz', '{ me { accessLog { agency role category decision reason } } }');
    expect(errors).toEqual([]);
    expect(data.me.accessLog).toContainEqual({ agency: 'employability', role: 'adviser', category: 'safeguarding', decision: 'DENIED', reason: 'NO_CONSENT' });
    expect(data.me.accessLog).toContainEqual({ agency: 'employability', role: 'adviser', category: 'safeguarding', decision: 'ALLOWED', reason: 'BREAK_GLASS' });
    const reviewed = await hub.ask('tomasz', '{ me { accessLog { reason breakGlassFinding } } }');
    expect(reviewed.data.me.accessLog).toContainEqual({ reason: 'BREAK_GLASS', breakGlassFinding: 'JUSTIFIED' });
    const someoneElse = await hub.ask('dana', `{ person(id: "${tomasz.id}") { accessLog { category } } }`);
    expect(someoneElse.data.person.accessLog).toBeNull();
  });

  test('root rules: an adviser reads only their own caseload, a client acts only on their own record', async () => {
    const caseload = await hub.ask('priya', '{ caseload { id } }');
    expect(caseload.data.caseload.map((p: { id: string }) => p.id)).not.toContain(demoPeople.maggie.id);
    const grant = await hub.ask('darren', `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`, {
      input: { personId: tomasz.id, agency: 'careers', categories: ['identity'], purpose: 'x', evidence: 'DIGITAL_SELF_SERVICE' },
    });
    expect(grant.errors[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('calling subgraphs directly gains nothing', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  test('_entities on a subgraph, with a token of another agency, is refused field by field like the gateway', async () => {
    const { data, errors } = await hub.ask(
      'priya',
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id socialCare { lookedAfterStatus safeguardingNotes { concern } } } } }`,
      { r: [{ __typename: 'Person', id: tomasz.id }] },
      hub.subgraphUrl('social-services'),
    );
    expect(data._entities[0]).toEqual({ id: tomasz.id, socialCare: null });
    expect(errors[0].extensions).toMatchObject({ code: 'CONSENT_REQUIRED', category: 'social-care', personId: tomasz.id });
  });

  test('the people subgraph called directly refuses identity without consent', async () => {
    const { data, errors } = await hub.ask('amara', `{ person(id: "${darren.id}") { id givenName } }`, undefined, hub.subgraphUrl('people'));
    expect(data.person).toEqual({ id: darren.id, givenName: null });
    expect(errors[0].extensions?.code).toBe('CONSENT_REQUIRED');
  });

  test('decideAccess is not part of the public graph', async () => {
    const { errors } = await hub.ask('dana', 'mutation { decideAccess(input: { requests: [] }) { allowed } }');
    expect(errors[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test('with the consent subgraph down past the copies\' lease, protected fields are refused with their own code and the rest is served', async () => {
    await hub.hub.subgraphs.get('consent')!.stop();
    // Within the lease (2 s by default) the subgraphs still decide from their copies (consent-copy-lease.test.ts).
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const { data, errors } = await hub.ask('dana', `{ programmes { name } person(id: "${tomasz.id}") { id givenName employability { outcomes { kind } } } }`);
    expect(data.programmes.length).toBeGreaterThan(0);
    expect(data.person.id).toBe(tomasz.id);
    expect(data.person.givenName).toBeNull();
    expect(data.person.employability).toBeNull();
    expect(new Set(errors.map((e) => e.extensions?.code))).toEqual(new Set(['CONSENT_SERVICE_UNAVAILABLE']));
  });
});

describe('the audit log is tamper-evident', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  test('changing one audit row on disk makes verifyAuditLog name that entry', async () => {
    await hub.ask('dana', `{ person(id: "${tomasz.id}") { givenName welfare { debts { amountPence } } } }`);
    await hub.ask('gareth', `{ person(id: "${darren.id}") { givenName } }`);
    await checkpointsSettled(hub);
    const intact = await hub.ask('helen', '{ verifyAuditLog { intact treeSize } }');
    expect(intact.data.verifyAuditLog.intact).toBe(true);
    expect(intact.data.verifyAuditLog.treeSize).toBeGreaterThanOrEqual(3);

    const database = new Client({ connectionString: hub.databaseUrls.consent });
    await database.connect();
    const { rows: [victim] } = await database.query<{ leafIndex: number }>(`SELECT "leafIndex" FROM "AuditEvent" WHERE decision = 'DENIED' ORDER BY "leafIndex" LIMIT 1`);
    await database.query(`UPDATE "AuditEvent" SET decision = 'ALLOWED', reason = 'CONSENT' WHERE "leafIndex" = $1`, [victim.leafIndex]);
    await database.end();

    const broken = await hub.ask('helen', '{ verifyAuditLog { intact checkedAgainst { source problem fromEntry } } }');
    expect(broken.data.verifyAuditLog.intact).toBe(false);
    expect(broken.data.verifyAuditLog.checkedAgainst).toContainEqual({ source: 'ENTRIES', problem: 'CHANGED_ENTRY', fromEntry: victim.leafIndex });
  });
});

describe('the audit log under load', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  test('advisers asking at the same moment: each request is logged under its own id, in one intact log', async () => {
    const askers = ['dana', 'gareth', 'priya', 'amara'];
    const requests = Array.from({ length: 12 }, (_, n) => ({ user: askers[n % askers.length], correlationId: `at-once-${n}` }));
    const answers = await Promise.all(
      requests.map(({ user, correlationId }) =>
        hub.ask(user, `{ person(id: "${tomasz.id}") { givenName welfare { debts { amountPence } } socialCare { lookedAfterStatus } } }`, {}, undefined, {
          'x-request-id': correlationId,
        }),
      ),
    );
    expect(answers.every((answer) => answer.data.person !== null)).toBe(true);

    const log = await hub.ask('helen', '{ auditEvents(limit: 1000) { total events { requestId correlationId subject } } }');
    const logged = new Map<string, { subjects: Set<string>; requestIds: Set<string> }>();
    for (const event of log.data.auditEvents.events) {
      if (!event.correlationId) continue;
      const entry = logged.get(event.correlationId) ?? logged.set(event.correlationId, { subjects: new Set(), requestIds: new Set() }).get(event.correlationId)!;
      entry.subjects.add(event.subject);
      entry.requestIds.add(event.requestId);
    }
    for (const { user, correlationId } of requests) {
      const entry = logged.get(correlationId);
      expect({ correlationId, subjects: [...(entry?.subjects ?? [])], requests: entry?.requestIds.size }).toEqual({
        correlationId,
        subjects: [demoStaff[user as keyof typeof demoStaff].subject],
        requests: 1,
      });
    }
    await checkpointsSettled(hub);
    const verified = await hub.ask('helen', '{ verifyAuditLog { intact treeSize unvouchedEntries } }');
    expect(verified.data.verifyAuditLog).toEqual({ intact: true, treeSize: log.data.auditEvents.total, unvouchedEntries: 0 });
  });
});

