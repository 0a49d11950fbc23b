import type { Pool } from 'pg';
import { demoPeople } from '../prisma/demo-people';
import { AuditShipper } from '../subgraphs/kit/audit-shipper';
import type { RunningSubgraph } from '../subgraphs/kit/serve-subgraph';
import { captureLogs } from './support/captured-logs';
import { startTestHub, type TestHub } from './support/test-hub';

const { tomasz } = demoPeople;
const SOCIAL_CARE = `{ person(id: "${tomasz.id}") { socialCare { lookedAfterStatus } } }`;
const logs = captureLogs();

/** The audit outbox (docs/AUDIT_LOG.md, "The audit outbox"): durable locally first, in the central log once, however the shipping goes. */
describe('the audit outbox', () => {
  let hub: TestHub;
  let socialServices: RunningSubgraph;
  let resume: () => void;
  const consentPool = () => hub.hub.subgraphs.get('consent')!.database.pool;
  const outboxRows = async () =>
    (await socialServices.database.pool.query<{ sequence: string; requestId: string }>('SELECT "sequence"::text AS sequence, "requestId" FROM "AuditOutbox" ORDER BY "sequence"')).rows;
  /** Entries of social-services in the central log, per (request, person, category, field): each must be there exactly once. */
  const centralCounts = async (requestIds: string[]) =>
    (
      await consentPool().query<{ key: string; n: number }>(
        `SELECT "requestId" || '|' || "personId" || '|' || category || '|' || "fieldPath" AS key, count(*)::int AS n
         FROM "AuditEvent" WHERE subgraph = 'social-services' AND "requestId" = ANY($1) GROUP BY 1`,
        [requestIds],
      )
    ).rows;
  const credential = () => hub.serviceCredential({ name: 'social-services', agency: 'social-services', holdsSharedRecords: false });
  const shipperOver = async (pool: Pick<Pool, 'query'>, consentUrl = () => hub.subgraphUrl('consent')) =>
    new AuditShipper(pool as Pool, { subgraph: 'social-services', consentUrl, serviceCredential: await credential() });

  beforeAll(async () => {
    hub = await startTestHub();
    socialServices = hub.hub.subgraphs.get('social-services')!;
    // A slow shipper: nothing leaves social-services' outbox unless someone flushes it.
    resume = socialServices.auditShipper.holdAutomaticShipping();
  });
  afterAll(async () => {
    resume();
    await hub.stop();
  });

  test('a look is durable in the subgraph before the answer, and shows up at once in the access log and the DPO search while unshipped', async () => {
    const read = await hub.ask('dana', SOCIAL_CARE, {}, undefined, { 'x-request-id': 'outbox-look-1' });
    expect(read.errors).toEqual([]);
    expect(read.data.person.socialCare.lookedAfterStatus).toBe('NONE');
    const waiting = await outboxRows();
    expect(waiting.length).toBeGreaterThan(0);
    const requestId = waiting[waiting.length - 1].requestId;
    expect(await centralCounts([requestId])).toEqual([]);

    const log = await hub.ask('tomasz', '{ me { accessLog { agency category decision reason } } }');
    expect(log.errors).toEqual([]);
    expect(log.data.me.accessLog).toContainEqual({ agency: 'employability', category: 'social-care', decision: 'ALLOWED', reason: 'CONSENT' });
    const search = await hub.ask('helen', `{ auditEvents(filter: { person: "${tomasz.id}", subject: "staff-dana-okafor" }, limit: 50) { events { subgraph category requestId correlationId } } }`);
    expect(search.data.auditEvents.events).toContainEqual({ subgraph: 'social-services', category: 'social-care', requestId, correlationId: 'outbox-look-1' });
    expect(await outboxRows()).toEqual([]);
  });

  test('a shipment cut before consent appended, or after consent appended but before the rows were marked shipped, loses nothing and logs nothing twice', async () => {
    for (let i = 0; i < 3; i += 1) await hub.ask('dana', SOCIAL_CARE);
    const rows = await outboxRows();
    const requestIds = [...new Set(rows.map((row) => row.requestId))];
    expect(requestIds.length).toBe(3);

    // Killed before consent appended: consent cannot be reached; the rows stay.
    const unreachable = await shipperOver(socialServices.database.pool, () => 'http://127.0.0.1:9/graphql');
    await expect(unreachable.flush()).rejects.toThrow();
    expect(await outboxRows()).toEqual(rows);
    expect(await centralCounts(requestIds)).toEqual([]);

    // Killed after consent appended, before the rows were deleted: the connection to the subgraph's own database is cut then.
    const pool = socialServices.database.pool;
    const cutAfterAppend = await shipperOver({ query: ((query: { name?: string }, ...rest: unknown[]) =>
      query?.name === 'audit-outbox-shipped' ? Promise.reject(new Error('connection cut')) : (pool.query as any)(query, ...rest)) as Pool['query'] });
    await expect(cutAfterAppend.flush()).rejects.toThrow('connection cut');
    expect(await outboxRows()).toEqual(rows);
    const appendedOnce = await centralCounts(requestIds);
    expect(appendedOnce.length).toBe(rows.length);
    expect(appendedOnce.every(({ n }) => n === 1)).toBe(true);

    // The restarted process ships the same rows again: consent skips them, the outbox empties.
    const restarted = await shipperOver(pool);
    expect(await restarted.flush()).toBe(rows.length);
    expect(await outboxRows()).toEqual([]);
    const after = await centralCounts(requestIds);
    expect(after).toEqual(appendedOnce);
    const verified = await hub.ask('helen', '{ verifyAuditLog { intact } }');
    expect(verified.data.verifyAuditLog.intact).toBe(true);
  });

  test('appendAuditEntries takes a service credential only, and logs under the name the credential gives', async () => {
    const url = hub.subgraphUrl('consent').replace(/\/graphql$/, '/audit-log/entries');
    const entry = {
      sequence: '900000001', at: new Date().toISOString(), subject: 'staff-dana-okafor', agency: 'employability', role: 'adviser',
      personId: tomasz.id, subgraph: 'housing', fieldPath: 'Forged.field', category: 'housing', decision: 'ALLOWED', reason: 'CONSENT',
      consentId: null, justification: null, requestId: 'forged-request', correlationId: null,
    };
    const shipment = async (entries: object[] = [entry]) => ({ outboxes: [{ credential: await credential(), entries }] });
    const post = async (headers: Record<string, string>, body?: object) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body ?? (await shipment())) });
    const answersOf = async (response: Response) => ((await response.json()) as { answers: Array<{ appended?: number; error?: { code: string; message: string; field?: string } }> }).answers;

    const asDana = await post({ authorization: `Bearer ${await hub.token('dana')}` });
    expect(asDana.status).toBe(401);
    const withBoth = await post({ authorization: `Bearer ${await hub.token('dana')}`, 'x-service-credential': await credential() });
    expect(withBoth.status).toBe(401);
    const gatewayCredential = await hub.serviceCredential({ name: 'gateway', agency: null, holdsSharedRecords: false });
    const asGateway = await post({ 'x-service-credential': gatewayCredential });
    expect(asGateway.status).toBe(403);
    const notAList = await post({ 'x-service-credential': await credential() }, { entries: [entry] });
    expect(notAList.status).toBe(400);
    expect(((await notAList.json()) as any).errors[0].message).toMatch(/"outboxes" must list/);

    // Each outbox answered for itself: a bad one, a forged credential and the gateway's are refused, naming why; the good one beside them is appended.
    const housingCredential = await hub.serviceCredential({ name: 'housing', agency: 'housing', holdsSharedRecords: false });
    const mixed = await post({ 'x-service-credential': await credential() }, {
      outboxes: [
        { credential: await credential(), entries: [{ ...entry, at: 'yesterday' }] },
        { credential: `${housingCredential.slice(0, -4)}AAAA`, entries: [{ ...entry, sequence: '900000002', requestId: 'forged-request' }] },
        { credential: gatewayCredential, entries: [{ ...entry, sequence: '900000003', requestId: 'forged-request' }] },
        { credential: housingCredential, entries: [{ ...entry, sequence: '900000004', requestId: 'housing-request' }] },
      ],
    });
    expect(mixed.status).toBe(200);
    const [badField, forgedCredential, asGatewayOutbox, housing] = await answersOf(mixed);
    expect(badField.error).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/outboxes\[0\]\.entries\[0\]\.at/) });
    expect(forgedCredential.error).toMatchObject({ code: 'UNAUTHENTICATED', field: 'outboxes[1].credential' });
    expect(asGatewayOutbox.error).toMatchObject({ code: 'FORBIDDEN', field: 'outboxes[2].credential' });
    expect(housing).toEqual({ appended: 1 });
    const forged = await consentPool().query(`SELECT 1 FROM "AuditEvent" WHERE "requestId" = 'forged-request'`);
    expect(forged.rows).toEqual([]);
    // Sent under social-services' header, housing's outbox is logged as housing: its own credential decides, not the sender's.
    const housingLogged = await consentPool().query(`SELECT subgraph FROM "AuditEvent" WHERE "requestId" = 'housing-request'`);
    expect(housingLogged.rows).toEqual([{ subgraph: 'housing' }]);

    // Social-services may log only as social-services, whatever the body says.
    const asSocialServices = await post({ 'x-service-credential': await credential() });
    expect(asSocialServices.status).toBe(200);
    expect(await answersOf(asSocialServices)).toEqual([{ appended: 1 }]);
    const logged = await consentPool().query(`SELECT subgraph FROM "AuditEvent" WHERE "requestId" = 'forged-request'`);
    expect(logged.rows).toEqual([{ subgraph: 'social-services' }]);
    // Named twice in one shipment: the second is refused, and the first (already in the log) is skipped, not logged twice.
    const twice = await post({ 'x-service-credential': await credential() }, { outboxes: [(await shipment()).outboxes[0], (await shipment()).outboxes[0]] });
    expect((await answersOf(twice))[1].error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'outboxes[1].credential' });
    const stillOnce = await consentPool().query(`SELECT subgraph FROM "AuditEvent" WHERE "requestId" = 'forged-request'`);
    expect(stillOnce.rows).toEqual([{ subgraph: 'social-services' }]);

    // Flushing a subgraph's outbox is consent's to ask, not another subgraph's nor a person's.
    const flushUrl = hub.subgraphUrl('housing').replace(/\/graphql$/, '/audit-outbox/flush');
    const flushAs = async (headers: Record<string, string>) => (await fetch(flushUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' })).status;
    expect(await flushAs({ authorization: `Bearer ${await hub.token('helen')}` })).toBe(401);
    expect(await flushAs({ 'x-service-credential': await credential() })).toBe(403);
    expect(await flushAs({ 'x-service-credential': await hub.serviceCredential({ name: 'consent', agency: null, holdsSharedRecords: false }) })).toBe(200);
  });

  test('an outbox that cannot be written refuses the guarded fields, serves the rest, and the log says why', async () => {
    const pool = socialServices.database.pool;
    // Every new outbox row now breaks a constraint: the insert fails, as a full disk or a lost connection would.
    await pool.query(`ALTER TABLE "AuditOutbox" ADD CONSTRAINT "test_refuse_writes" CHECK (false) NOT VALID`);
    try {
      const before = logs.lines().length;
      const read = await hub.ask('dana', `{ person(id: "${tomasz.id}") { id socialCare { lookedAfterStatus } } }`, {}, undefined, { 'x-request-id': 'outbox-broken-1' });
      expect(read.data.person.id).toBe(tomasz.id);
      expect(read.data.person.socialCare).toBeNull();
      expect(read.errors.map((error) => error.extensions?.code)).toEqual(['CONSENT_SERVICE_UNAVAILABLE']);
      expect(JSON.stringify(read.errors)).not.toMatch(/outbox|constraint/i); // the cause is the operator's, not the caller's

      await new Promise((resolve) => setTimeout(resolve, 50));
      const lines = logs.lines().slice(before).filter((line) => line.subgraph === 'social-services' || line.service === 'social-services');
      expect(lines).toContainEqual(expect.objectContaining({ level: 50, msg: 'guarded fields refused: their audit entries could not be recorded', cause: expect.stringMatching(/^audit outbox: .*test_refuse_writes/) }));
      expect(lines).toContainEqual(expect.objectContaining({ msg: 'request', correlationId: 'outbox-broken-1', consentUnavailable: expect.stringMatching(/^audit outbox: /) }));
    } finally {
      await pool.query(`ALTER TABLE "AuditOutbox" DROP CONSTRAINT "test_refuse_writes"`);
    }
    const again = await hub.ask('dana', SOCIAL_CARE);
    expect(again.data.person.socialCare.lookedAfterStatus).toBe('NONE');
  });

  test('rows a crashed process left in an outbox reach the central log on the sweep, with no request and no flush', async () => {
    const housing = hub.hub.subgraphs.get('housing')!.database.pool;
    // As a process that committed its decision and died before shipping would leave it.
    await housing.query(
      `INSERT INTO "AuditOutbox" ("at", subject, agency, role, "personId", subgraph, "fieldPath", category, decision, reason, "requestId")
       VALUES (now(), 'staff-dana-okafor', 'employability', 'adviser', $1, 'housing', 'Person.housing', 'housing', 'ALLOWED', 'CONSENT', 'left-by-a-crash')`,
      [tomasz.id],
    );
    const logged = async () => (await consentPool().query(`SELECT subgraph FROM "AuditEvent" WHERE "requestId" = 'left-by-a-crash'`)).rows;
    const deadline = Date.now() + 5000;
    while ((await logged()).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await logged()).toEqual([{ subgraph: 'housing' }]);
    expect((await housing.query(`SELECT 1 FROM "AuditOutbox" WHERE "requestId" = 'left-by-a-crash'`)).rows).toEqual([]);
  });

  test('without any flush, a look reaches the central log on its own, once, shortly after the answer', async () => {
    resume();
    const read = await hub.ask('dana', SOCIAL_CARE, {}, undefined, { 'x-request-id': 'outbox-automatic-1' });
    expect(read.data.person.socialCare.lookedAfterStatus).toBe('NONE');
    const shippedRequest = async () =>
      (await consentPool().query<{ requestId: string }>(`SELECT "requestId" FROM "AuditEvent" WHERE subgraph = 'social-services' AND "correlationId" = 'outbox-automatic-1' LIMIT 1`)).rows[0]?.requestId;
    const deadline = Date.now() + 5000;
    // Shipped: in the central log, and deleted from the outbox after consent acknowledged it.
    let requestId = await shippedRequest();
    let waiting = await outboxRows();
    while ((!requestId || waiting.length > 0) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      [requestId, waiting] = [await shippedRequest(), await outboxRows()];
    }
    expect(waiting).toEqual([]);
    expect(requestId).toBeDefined();
    const counts = await centralCounts([requestId!]);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every(({ n }) => n === 1)).toBe(true);
  });
});
