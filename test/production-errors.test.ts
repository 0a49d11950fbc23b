import { GATEWAY_IDENTITY } from '../hub/service-identities';
import { demoPeople } from '../prisma/demo-people';
import { captureLogs } from './support/captured-logs';
import { postRaw } from './support/raw-request';
import { startTestHub, type TestHub } from './support/test-hub';

// The hub as it runs in production: the servers read NODE_ENV when they start.
process.env.NODE_ENV = 'production';

const { darren } = demoPeople;
const logs = captureLogs();
let hub: TestHub;
let careersDb: any;
let realDatabaseError: unknown;

const leaks = (text: string) => ({
  stack: /\bat .+\(.+:\d+:\d+\)|\n\s+at /.test(text),
  filePath: /\/(work|home|usr|tmp)\/|node_modules|\.ts\b|\.js\b/.test(text),
  sql: /\bSELECT\b|\bINSERT\b|\bFROM\b|no_such_table/i.test(text),
  prisma: /prisma|sqlite|postgres/i.test(text),
  suggestion: /Did you mean/.test(text),
});
const nothingLeaks = { stack: false, filePath: false, sql: false, prisma: false, suggestion: false };

beforeAll(async () => {
  hub = await startTestHub();
  careersDb = hub.database('careers');
  // A real database error, whatever the engine of the day: its message holds the SQL and the driver's words.
  realDatabaseError = await careersDb.$queryRawUnsafe('SELECT * FROM no_such_table_for_the_test').catch((error: unknown) => error);
});
afterAll(async () => {
  await hub.stop();
  delete process.env.NODE_ENV;
});

const ask = async (user: string, query: string, variables: Record<string, unknown> = {}) =>
  postRaw(hub.hub.gatewayUrl, await hub.token(user), { query, variables });

describe('what does an attacker learn from an error in production?', () => {
  test('a misspelt field gets no suggestion of the real one', async () => {
    const answer = await ask('dana', `query { persn(id: "${darren.id}") { givenName } }`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(leaks(answer.text)).toEqual(nothingLeaks);
  });

  test('introspection is off', async () => {
    const answer = await ask('dana', '{ __schema { types { name } } }');
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
  });

  test('a database failure while reading is INTERNAL_SERVER_ERROR with the request id, and nothing else; the log has the whole error', async () => {
    const findMany = careersDb.careersRecord.findMany;
    careersDb.careersRecord.findMany = () => Promise.reject(realDatabaseError);
    try {
      const answer = await ask('priya', `query Careers { person(id: "${darren.id}") { id careers { status } } }`);
      expect(answer.status).toBe(200);
      expect(answer.body.data.person.id).toBe(darren.id);
      expect(answer.body.data.person.careers).toBeNull();
      const error = answer.body.errors.find((e: any) => e.path?.join('.') === 'person.careers');
      expect(error).toEqual({
        message: 'Internal error.',
        path: ['person', 'careers'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) },
      });
      expect(leaks(answer.text)).toEqual(nothingLeaks);

      const logged = logs.lines().filter((line) => line.msg === 'unexpected error' && line.requestId === error.extensions.requestId);
      expect(logged.map((line) => line.service)).toContain('careers');
      expect(JSON.stringify(logged)).toContain('no_such_table_for_the_test');
    } finally {
      careersDb.careersRecord.findMany = findMany;
    }
  });

  test('a database failure during a write is masked the same way, and nothing is written', async () => {
    const transaction = careersDb.$transaction;
    careersDb.$transaction = () => Promise.reject(realDatabaseError);
    try {
      const answer = await ask('priya', `mutation Add($input: QualificationInput!) { addQualification(input: $input) { id } }`, {
        input: { personId: darren.id, title: 'Level 1 Award in Food Safety', level: 'LEVEL_1', accredited: true, achievedOn: '2026-06-01' },
      });
      expect(answer.body.errors.map((error: any) => error.extensions)).toEqual([{ code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) }]);
      expect(leaks(answer.text)).toEqual(nothingLeaks);
    } finally {
      careersDb.$transaction = transaction;
    }
    expect(await careersDb.qualification.count({ where: { title: 'Level 1 Award in Food Safety' } })).toBe(0);
  });

  test('a bug (a TypeError) is masked too', async () => {
    const findMany = careersDb.careersRecord.findMany;
    careersDb.careersRecord.findMany = () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'status') at /work/app/careers.ts:12:3"));
    try {
      const answer = await ask('priya', `query { person(id: "${darren.id}") { careers { status } } }`);
      expect(answer.body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) });
      expect(leaks(answer.text)).toEqual(nothingLeaks);
    } finally {
      careersDb.careersRecord.findMany = findMany;
    }
  });

  test('invalid JSON is a JSON GraphQL error, not an HTML page with a stack', async () => {
    const answer = await postRaw(hub.hub.gatewayUrl, await hub.token('dana'), '{"query": "{ me { id } ');
    expect(answer.status).toBe(400);
    expect(answer.contentType).toMatch(/application\/json/);
    expect(answer.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(leaks(answer.text)).toEqual(nothingLeaks);
  });

  test("a subgraph reached directly does not hand its SDL to a user's token", async () => {
    const answer = await postRaw(hub.subgraphUrl('people'), await hub.token('dana'), { query: '{ _service { sdl } }' });
    expect(answer.body.data?._service ?? null).toBeNull();
    expect(answer.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(answer.text).not.toMatch(/decideAccess|type Query/);
  });

  test('the gateway, with its own service credential, may still read a subgraph\'s SDL', async () => {
    const answer = await postRaw(hub.subgraphUrl('people'), await hub.token('dana'), { query: '{ _service { sdl } }' }, {
      'x-service-credential': await hub.serviceCredential(GATEWAY_IDENTITY),
    });
    expect(answer.body.data._service.sdl).toMatch(/type Person/);
  });
});
