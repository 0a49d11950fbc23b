import { randomUUID } from 'node:crypto';
import { getNamedType, isLeafType, isNonNullType, isObjectType, parse, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { generateKeyPair, SignJWT } from 'jose';
import { Client } from 'pg';
import { generateCaseload, linkAgency } from '../bench/generated-caseload';
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '../hub/local-signing-key';
import { consentDecisionsTotal } from '../platform/metrics';
import { admitGeneratedTeams, owningAgencyOf } from '../schema/agency-registry';
import { subgraphSdl } from '../schema/compose-supergraph';
import { consentCoverageGaps } from '../schema/consent-coverage';
import type { ContractCaller, ContractProfile } from '../subgraphs/kit/contract-profile';
import { buildFederatedSchema } from '../subgraphs/kit/federated-schema';
import { guardingCategory } from '../subgraphs/kit/guarded-fields';
import { subgraphRegistry } from '../subgraphs/registry';
import { startTestHub, type TestHub } from './support/test-hub';

/**
 * The contract every subgraph keeps, hand-written or generated: every subgraph of the registry is
 * checked, and `npm run contract -- <name>` (CONTRACT_SUBGRAPH) checks one. One hub serves them all.
 * What each check asks is read off the subgraph's own schema; what it cannot read there (a bad write,
 * how to invent records) the subgraph says in `subgraphs/<name>/contract.ts`.
 */
const only = process.env.CONTRACT_SUBGRAPH;
const underContract = subgraphRegistry.filter(({ definition }) => !only || definition.name === only);
if (underContract.length === 0) throw new Error(`No subgraph named "${only}" in subgraphs/registry.ts.`);

const FIVE = 'generated-contract-five';
const FIFTY = 'generated-contract-fifty';
const OUTSIDER = 'generated-contract-outsider';
const staffOf = (agency: string, who = 'adviser'): ContractCaller => ({ sub: `staff-${agency}-${who}`, role: 'adviser', agency });
const REFUSAL_CODES = ['CONSENT_REQUIRED', 'FORBIDDEN'];

const profileOf = (name: string): ContractProfile => {
  try {
    return require(`../subgraphs/${name}/contract`).contract as ContractProfile;
  } catch (error) {
    throw new Error(`subgraphs/${name}/contract.ts must export \`contract\` (see subgraphs/kit/contract-profile.ts): ${(error as Error).message}`);
  }
};

interface PersonField {
  name: string;
  /** The consent category guarding it, or null for @noPersonalData. */
  category: string | null;
  /** What to select of it: the field alone, or with a selection below. */
  selection: string;
  isObject: boolean;
}

/** Every scalar below a type, two levels down, skipping fields that need arguments and the Person entity itself. */
function selectionBelow(type: GraphQLObjectType, depth: number): string | null {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.name.startsWith('_') || field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (isObjectType(named) && named.name !== 'Person' && depth > 0) {
      const inner = selectionBelow(named, depth - 1);
      if (inner) parts.push(`${field.name} { ${inner} }`);
    }
  }
  return parts.length ? parts.join(' ') : null;
}

/** The fields this subgraph adds to `Person`, each with its guarding category and a selection. */
function personFieldsOf(schema: GraphQLSchema): PersonField[] {
  const person = schema.getType('Person') as GraphQLObjectType;
  return Object.values(person.getFields())
    .filter((field) => field.name !== 'id' && !field.name.startsWith('_'))
    .filter((field) => !field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined))
    .flatMap((field) => {
      const named = getNamedType(field.type);
      const below = isObjectType(named) ? selectionBelow(named, 2) : null;
      if (!isLeafType(named) && !below) return [];
      return [{
        name: field.name,
        category: guardingCategory(person.astNode!, field.astNode!),
        selection: below ? `${field.name} { ${below} }` : field.name,
        isObject: Boolean(below),
      }];
    });
}

type Errors = Array<{ path?: Array<string | number>; extensions?: Record<string, any> }>;
const errorAt = (errors: Errors, path: Array<string | number>) => errors.filter((error) => error.path?.join('.') === path.join('.'));
const isEmpty = (value: unknown) => value === null || (Array.isArray(value) && value.length === 0);

/** Access decisions a subgraph has received in this process (hub_consent_decisions_total). */
async function decisionsTakenBy(subgraph: string): Promise<number> {
  const { values } = await consentDecisionsTotal.get();
  return values.filter((value) => value.labels.subgraph === subgraph).reduce((sum, value) => sum + value.value, 0);
}

/** The categories guarding record types that two agencies hold (a referral). */
function sharedCategoriesOf(schema: GraphQLSchema, sharedRecordTypes: string[]): Set<string> {
  const categories = new Set<string>();
  for (const typeName of sharedRecordTypes) {
    const type = schema.getType(typeName) as GraphQLObjectType | undefined;
    for (const field of Object.values(type?.getFields() ?? {})) {
      const category = type!.astNode && field.astNode ? guardingCategory(type!.astNode, field.astNode) : null;
      if (category) categories.add(category);
    }
  }
  return categories;
}

/**
 * The subgraph's own records: not its audit outbox, which holds the decisions the request logged
 * until they are shipped, 250 ms or more later (kit/audit-shipper.ts).
 */
async function rowCounts(url: string): Promise<Record<string, number>> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const { rows: tables } = await db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations', 'AuditOutbox')`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables) counts[name] = Number((await db.query(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`)).rows[0].n);
    return counts;
  } finally {
    await db.end();
  }
}

describe('the subgraph contract', () => {
  let hub: TestHub;
  let five: string[];
  let fifty: string[];
  beforeAll(async () => {
    admitGeneratedTeams([FIVE, FIFTY, OUTSIDER]);
    hub = await startTestHub();
    five = await generateCaseload(hub.database, FIVE, 5);
    fifty = await generateCaseload(hub.database, FIFTY, 50);
    for (const { definition } of subgraphRegistry) await profileOf(definition.name).generateRecords?.(hub.database(definition.name), [...five, ...fifty]);
  }, 180_000);
  afterAll(() => hub?.stop());

  describe.each(underContract.map(({ definition }) => [definition.name, definition] as const))('%s', (name, definition) => {
    let schema: GraphQLSchema;
    let fields: PersonField[];
    const guarded = () => fields.filter((field) => field.category !== null);
    const personQuery = () => fields.map((field) => field.selection).join(' ');
    beforeAll(async () => {
      schema = await buildFederatedSchema(definition);
      fields = personFieldsOf(schema);
    });

    test('every personal field says which consent category guards it, and it adds at least one to Person', async () => {
      expect(consentCoverageGaps(name, parse(await subgraphSdl(definition)))).toEqual([]);
      expect(guarded().length).toBeGreaterThan(0);
    });

    test('_entities for Person refuses a caller without consent field by field, on its own port', async () => {
      const { data, errors } = await hub.ask(
        staffOf(OUTSIDER),
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id ${personQuery()} } } }`,
        { r: [{ __typename: 'Person', id: five[0] }] },
        hub.subgraphUrl(name),
      );
      const person = data._entities[0];
      expect(person.id).toBe(five[0]);
      for (const field of fields) {
        const refusals = errorAt(errors, ['_entities', 0, field.name]);
        if (field.category === null) {
          // Not guarded as a whole: it may only show what the caller may see, here nothing.
          if (field.isObject) expect({ field: field.name, empty: isEmpty(person[field.name]) }).toEqual({ field: field.name, empty: true });
          continue;
        }
        expect({ field: field.name, value: person[field.name], refusals: refusals.map((e) => e.extensions?.code) }).toEqual({
          field: field.name,
          value: null,
          refusals: [expect.anything()],
        });
        expect(REFUSAL_CODES).toContain(refusals[0].extensions?.code);
        if (refusals[0].extensions?.code === 'CONSENT_REQUIRED') expect(refusals[0].extensions).toMatchObject({ category: field.category, personId: five[0] });
      }
      // Field by field: one refusal per guarded field, none of them deeper in the answer.
      expect(errors.every((error) => error.path?.length === 3)).toBe(true);
    });

    test('no token, and a token signed by another key, get 401 on its own port', async () => {
      const post = (authorization?: string) =>
        fetch(hub.subgraphUrl(name), {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
      const { privateKey } = await generateKeyPair('ES256');
      const forged = await new SignJWT({ role: 'manager', agency: owningAgencyOf(name) ?? 'careers' })
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject('staff-intruder')
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_AUDIENCE)
        .setExpirationTime('1h')
        .sign(privateKey);
      const none = await post();
      expect({ status: none.status, code: (await none.json()).errors[0].extensions.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
      expect((await post(`Bearer ${forged}`)).status).toBe(401);
    });

    test('a caseload costs it the same number of SQL reads for 5 people and for 50', async () => {
      const readsFor = async (agency: string, people: string[]) => {
        const counter = hub.hub.subgraphs.get(name)!.database.statements;
        counter.reset();
        const { data, errors } = await hub.ask(staffOf(agency), `{ caseload(limit: 100) { id ${personQuery()} } }`);
        const reads = counter.reads;
        expect(errors.filter((error) => error.extensions?.code !== 'FORBIDDEN')).toEqual([]);
        expect(data.caseload.map((person: { id: string }) => person.id).sort()).toEqual([...people].sort());
        // Each record it serves came back: the reads were not of nothing.
        for (const field of guarded().filter((f) => f.isObject)) {
          const served = data.caseload.filter((person: Record<string, unknown>) => person[field.name] !== null).length;
          const refused = errors.filter((error) => error.path?.[2] === field.name).length;
          expect({ field: field.name, served: served + refused }).toEqual({ field: field.name, served: people.length });
        }
        return reads;
      };
      const readsForFive = await readsFor(FIVE, five);
      const readsForFifty = await readsFor(FIFTY, fifty);
      expect({ readsForFive, readsForFifty }).toEqual({ readsForFive, readsForFifty: readsForFive });
      expect(readsForFive).toBeGreaterThan(0);
    });

    test('each access decision it takes shows up once in the audit log', async () => {
      const asker = staffOf(FIVE, `auditee-${name}-${randomUUID().slice(0, 8)}`);
      const before = await decisionsTakenBy(name);
      const asked = await hub.ask(asker, `{ caseload(limit: 100) { id ${personQuery()} } }`);
      expect(asked.data.caseload).toHaveLength(5);
      const taken = (await decisionsTakenBy(name)) - before;
      const { data } = await hub.ask(
        'helen',
        `query($subject: String!) { auditEvents(filter: { subject: $subject }, limit: 1000) { events { person subgraph category requestId } } }`,
        { subject: asker.sub },
      );
      const mine = data.auditEvents.events.filter((event: { subgraph: string }) => event.subgraph === name);
      // As many entries as decisions the subgraph received: none unlogged, none twice.
      expect({ logged: mine.length }).toEqual({ logged: taken });
      expect(taken).toBeGreaterThan(0);
      // Once per (person, category), except records two agencies hold, which are asked about record by record with their holders.
      const shared = sharedCategoriesOf(schema, definition.sharedRecordTypes ?? []);
      const keys = mine
        .filter((event: { category: string }) => !shared.has(event.category))
        .map((event: { person: string; category: string }) => `${event.person} ${event.category}`);
      expect(keys.filter((key: string, index: number) => keys.indexOf(key) !== index)).toEqual([]);
      expect(new Set(mine.map((event: { requestId: string }) => event.requestId)).size).toBe(1);
      expect(new Set(mine.map((event: { person: string }) => event.person))).toEqual(new Set(five));
    });

    test('bad input to its write is refused, naming the field, and nothing is written', async () => {
      const { badWrite } = profileOf(name);
      const personId = fifty[0];
      const owner = owningAgencyOf(name);
      const writer = badWrite.writer?.(personId) ?? staffOf(owner!, 'writer');
      if (!badWrite.writer && owner) await linkAgency(hub.database, owner, personId);
      const before = await rowCounts(hub.databaseUrls[name]);
      const { data, errors } = await hub.ask(writer, badWrite.document, badWrite.variables(personId));
      expect(errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', invalidFields: [expect.objectContaining({ field: badWrite.invalidField })] });
      expect(errors[0].message).toContain(badWrite.invalidField);
      expect(data === null || Object.values(data).every((value) => value === null)).toBe(true);
      expect(await rowCounts(hub.databaseUrls[name])).toEqual(before);
    });

    test('an agency without consent gets CONSENT_REQUIRED with the category, through the gateway, and the rest of the answer', async () => {
      const { data, errors } = await hub.ask(staffOf(OUTSIDER), `query($id: ID!) { person(id: $id) { id ${personQuery()} } }`, { id: five[0] });
      expect(data.person.id).toBe(five[0]);
      const required = guarded().filter((field) => {
        const [refusal] = errorAt(errors, ['person', field.name]);
        expect({ field: field.name, value: data.person[field.name], refused: REFUSAL_CODES.includes(refusal?.extensions?.code) }).toEqual({
          field: field.name,
          value: null,
          refused: true,
        });
        return refusal.extensions?.code === 'CONSENT_REQUIRED';
      });
      expect(required.length).toBeGreaterThan(0);
      for (const field of required) {
        expect(errorAt(errors, ['person', field.name])[0].extensions).toMatchObject({ code: 'CONSENT_REQUIRED', category: field.category, personId: five[0] });
      }
    });
  });
});
