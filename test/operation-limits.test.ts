import { randomUUID } from 'node:crypto';
import { Lexer, Source, TokenKind } from 'graphql';
import { CASELOAD } from '../bench/caseload-query';
import { singleViewQuery } from '../bench/single-view-query';
import { demoPeople } from '../prisma/demo-people';
import { OPERATION_LIMITS } from '../platform/operation-limits';
import { startTestHub, type TestHub } from './support/test-hub';
import { postRaw } from './support/raw-request';

const { darren } = demoPeople;
let hub: TestHub;
let token: string;

/** `person → referrals → person → …`, `depth` fields deep counting `person` and the final `id`. */
function referralChain(depth: number): string {
  let inner = 'id';
  for (let level = depth - 1; level > 1; level -= 1) inner = level % 2 === 0 ? `referrals { ${inner} }` : `person { ${inner} }`;
  return `query Chain { person(id: "${darren.id}") { ${inner} } }`;
}

function tokensIn(document: string): number {
  const lexer = new Lexer(new Source(document));
  let tokens = 0;
  while (lexer.advance().kind !== TokenKind.EOF) tokens += 1;
  return tokens;
}

const ask = (query: string, variables: Record<string, unknown> = {}, url = hub.hub.gatewayUrl) => postRaw(url, token, { query, variables });

const refusal = (answer: { status: number; body: any }) => ({
  status: answer.status,
  codes: (answer.body?.errors ?? []).map((error: any) => error.extensions?.code),
  limits: (answer.body?.errors ?? []).map((error: any) => error.extensions?.limit),
});

beforeAll(async () => {
  hub = await startTestHub();
  token = await hub.token('dana');
  // Darren has four referrals, so every level of the chain multiplies the answer by four.
  const people = hub.database('people') as any;
  for (const toAgency of ['careers', 'welfare-rights', 'social-services', 'council']) {
    await people.referral.create({
      data: {
        id: randomUUID(), personId: darren.id, fromAgency: 'employability', referredBy: 'staff-dana-okafor', toAgency,
        reason: 'Limits test', sharedCategories: '[]', status: 'SENT',
      },
    });
  }
});
afterAll(() => hub.stop());

describe('can one request take the hub down?', () => {
  test('the query 30 deep that exhausted the heap is refused, and the hub goes on answering', async () => {
    const answer = await ask(referralChain(30));
    expect(refusal(answer)).toEqual({ status: 400, codes: ['OPERATION_LIMIT_EXCEEDED'], limits: ['depth'] });
    expect(answer.body.data).toBeUndefined();

    const after = await ask(`query { person(id: "${darren.id}") { givenName } }`);
    expect(after.status).toBe(200);
    expect(after.body.data.person.givenName).toBe('Darren');
  });

  test('the same query sent straight to the people subgraph is refused there too', async () => {
    const answer = await ask(referralChain(30), {}, hub.subgraphUrl('people'));
    expect(refusal(answer)).toEqual({ status: 400, codes: ['OPERATION_LIMIT_EXCEEDED'], limits: ['depth'] });
  });
});

describe('which operations does the front door refuse, and which does it still serve?', () => {
  test(`a query ${OPERATION_LIMITS.maxDepth} deep is served; one level more is refused`, async () => {
    const under = await ask(referralChain(OPERATION_LIMITS.maxDepth));
    expect(under.status).toBe(200);
    expect(under.body.data.person.referrals).toHaveLength(4);
    const over = await ask(referralChain(OPERATION_LIMITS.maxDepth + 1));
    expect(refusal(over)).toEqual({ status: 400, codes: ['OPERATION_LIMIT_EXCEEDED'], limits: ['depth'] });
    expect(over.body.errors[0].extensions.maximum).toBe(OPERATION_LIMITS.maxDepth);
  });

  test(`${OPERATION_LIMITS.maxAliases} aliases are served; one more is refused`, async () => {
    const aliases = (n: number) => `query { ${Array.from({ length: n }, (_, i) => `a${i}: person(id: "${darren.id}") { id }`).join(' ')} }`;
    const under = await ask(aliases(OPERATION_LIMITS.maxAliases));
    expect(under.status).toBe(200);
    expect(Object.keys(under.body.data)).toHaveLength(OPERATION_LIMITS.maxAliases);
    expect(refusal(await ask(aliases(OPERATION_LIMITS.maxAliases + 1)))).toEqual({ status: 400, codes: ['OPERATION_LIMIT_EXCEEDED'], limits: ['aliases'] });
  });

  test('1,000 aliases of caseload(limit: 1000) are refused before anything runs', async () => {
    const query = `query { ${Array.from({ length: 1000 }, (_, i) => `c${i}: caseload(limit: 1000) { id givenName }`).join(' ')} }`;
    const answer = await ask(query);
    expect(answer.status).toBe(400);
    expect(answer.body.errors.every((error: any) => error.extensions.code === 'OPERATION_LIMIT_EXCEEDED')).toBe(true);
  });

  test('a document of 100,000 tokens is refused without being parsed in full', async () => {
    const query = `query { person(id: "${darren.id}") { ${'id '.repeat(100_000)} } }`;
    const answer = await ask(query);
    expect(refusal(answer)).toEqual({ status: 400, codes: ['OPERATION_LIMIT_EXCEEDED'], limits: ['tokens'] });
    // The largest document the hub's own front ends send: every field of the single view.
    const singleView = singleViewQuery(['Person.accessLog']);
    expect(tokensIn(singleView)).toBeGreaterThan(OPERATION_LIMITS.maxTokens / 3);
    const under = await ask(singleView, { id: darren.id });
    expect(under.status).toBe(200);
    expect(under.body.data.person.id).toBe(darren.id);
  });

  test(`${OPERATION_LIMITS.maxDirectives} directives are served; one more is refused`, async () => {
    const directives = (n: number) => `query { person(id: "${darren.id}") { id ${'__typename @include(if: true) '.repeat(n)} } }`;
    const under = await ask(directives(OPERATION_LIMITS.maxDirectives));
    expect(under.status).toBe(200);
    expect(refusal(await ask(directives(OPERATION_LIMITS.maxDirectives + 1)))).toEqual({
      status: 400, codes: ['OPERATION_LIMIT_EXCEEDED'], limits: ['directives'],
    });
    // `@aa` ten times: refused by the limit, not answered with ten errors.
    const unknown = await ask(`query { person(id: "${darren.id}") { id ${'@aa '.repeat(OPERATION_LIMITS.maxDirectives + 1)} } }`);
    expect(refusal(unknown).limits).toContain('directives');
  });

  test("the cost model reads a list field's limit, from a literal or a variable", async () => {
    // The benchmark's caseload view, every per-person list of every subgraph, for 1,000 people.
    expect((await ask(CASELOAD, { limit: 1000 })).status).toBe(200);
    const chain = (limit: string) =>
      `caseload(limit: ${limit}) { id referrals { person { referrals { person { referrals { person { referrals { id } } } } } } } }`;
    expect(refusal(await ask(`query { ${chain('1000')} }`))).toEqual({ status: 400, codes: ['OPERATION_LIMIT_EXCEEDED'], limits: ['cost'] });
    const throughVariables = await ask(`query Many($limit: Int!) { ${chain('$limit')} }`, { limit: 1000 });
    expect(refusal(throughVariables)).toEqual({ status: 400, codes: ['OPERATION_LIMIT_EXCEEDED'], limits: ['cost'] });
    // The same chain for one person costs little, and is served.
    expect((await ask(`query Few($limit: Int!) { ${chain('$limit')} }`, { limit: 1 })).status).toBe(200);
  });
});
