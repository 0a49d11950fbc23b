import type { SubgraphNames } from './names';

/**
 * The files of a new subgraph, by path from the repository root: the same shape as the hand-written
 * agency subgraphs (subgraphs/careers is the smallest), ready to run. What a partner changes first
 * is the record and entry types, their Prisma models and the seed: docs/PARTNERS.md walks through it.
 */
export function subgraphFiles(n: SubgraphNames): Record<string, string> {
  const { name, camel, pascal, field, typePrefix: P, recordModel, entryModel, agency, agencyName, category } = n;
  const Db = `${pascal}Db`;
  const Loaders = `${pascal}Loaders`;
  const Context = `${pascal}Context`;
  const q = (text: string) => text.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
  const dir = `subgraphs/${name}`;
  return {
    [`${dir}/index.ts`]: `import { and } from 'graphql-shield';
import { owningAgencyStaff } from '../kit/access-rules';
import { agencyWorksWithThePerson } from '../kit/link-required';
import { personStubReference } from '../kit/person-stub';
import type { SubgraphDefinition } from '../kit/subgraph-definition';
import { open${pascal}Database, type ${Db} } from './database';
import { ${P}Mutations } from './${name}.mutations';
import { ${P}RecordResolver } from './${name}-record.resolver';
import { create${pascal}Loaders, type ${Loaders} } from './${name}.loaders';
import { Person${P}Resolver } from './person-${name}.resolver';
import { PersonStub } from './person.stub';

/** ${agencyName}: its own records of the people it works with, as \`Person.${field}\`. */
export const ${camel}: SubgraphDefinition<${Db}, ${Loaders}> = {
  name: '${name}',
  resolvers: [Person${P}Resolver, ${P}RecordResolver, ${P}Mutations],
  orphanedTypes: [PersonStub],
  referenceResolvers: { Person: personStubReference },
  openDatabase: open${pascal}Database,
  createLoaders: create${pascal}Loaders,
  rootRules: {
    // Every write: staff of the owning agency, for a person the agency works with (an open link).
    Mutation: { '*': and(owningAgencyStaff, agencyWorksWithThePerson()) },
  },
};
`,
    [`${dir}/database.ts`]: `import { openDatabase } from '../kit/database';
import { PrismaClient } from '../../prisma/${name}/client/client';

export type ${Db} = PrismaClient;
export const open${pascal}Database = (url: string) => openDatabase(PrismaClient, url);
`,
    [`${dir}/person.stub.ts`]: `import { definePersonStub } from '../kit/person-stub';

/** This subgraph's own view of the shared Person entity: its key (see kit/person-stub.ts). */
export const PersonStub = definePersonStub();
export type PersonStub = InstanceType<typeof PersonStub>;
`,
    [`${dir}/${name}.context.ts`]: `import type { SubgraphContext } from '../kit/context';
import type { ${Db} } from './database';
import type { ${Loaders} } from './${name}.loaders';

export type ${Context} = SubgraphContext<${Db}, ${Loaders}>;
`,
    [`${dir}/${name}.loaders.ts`]: `import { loadAllEach, loadOneEach } from '../kit/loaders';
import type { ${Db} } from './database';

export function create${pascal}Loaders(db: ${Db}) {
  return {
    recordByPerson: loadOneEach(
      (personIds: string[]) => db.${recordModel}.findMany({ where: { personId: { in: personIds } } }),
      (row) => row.personId,
    ),
    entriesByPerson: loadAllEach(
      (personIds: string[]) => db.${entryModel}.findMany({ where: { personId: { in: personIds } }, orderBy: [{ happenedOn: 'desc' }, { createdAt: 'desc' }] }),
      (row) => row.personId,
    ),
  };
}

export type ${Loaders} = ReturnType<typeof create${pascal}Loaders>;
`,
    [`${dir}/${name}-record.type.ts`]: `import { Field, ID, ObjectType } from 'type-graphql';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

@Guarded('${category}')
@ObjectType({ description: '${q(agencyName)}: its record of a person.' })
export class ${P}Record {
  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field({ description: 'ISO date the agency opened the record.' })
  openedOn: string;

  @Field({ description: 'Staff id of whoever last changed the record.' })
  updatedBy: string;

  @NoPersonalData()
  @Field()
  updatedAt: Date;
}
`,
    [`${dir}/${name}-entry.type.ts`]: `import { Field, ID, ObjectType } from 'type-graphql';
import { Guarded, NoPersonalData } from '../kit/consent-decorators';

@Guarded('${category}')
@ObjectType({ description: 'One thing that happened in the work of ${q(agencyName)} with the person.' })
export class ${P}Entry {
  @NoPersonalData()
  @Field(() => ID)
  id: string;

  @NoPersonalData()
  @Field(() => ID)
  personId: string;

  @Field({ description: 'ISO date it happened.' })
  happenedOn: string;

  @Field()
  summary: string;

  @Field({ description: 'Staff id of whoever recorded it.' })
  recordedBy: string;
}
`,
    [`${dir}/person-${name}.resolver.ts`]: `import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Guarded } from '../kit/consent-decorators';
import type { ${Context} } from './${name}.context';
import { ${P}Record } from './${name}-record.type';
import { PersonStub } from './person.stub';

@Resolver(() => PersonStub)
export class Person${P}Resolver {
  @Guarded('${category}')
  @FieldResolver(() => ${P}Record, { nullable: true, description: '${q(agencyName)}: its record; null if it has none.' })
  ${field}(@Root() person: PersonStub, @Ctx() { loaders }: ${Context}) {
    return loaders.recordByPerson.load(person.id);
  }
}
`,
    [`${dir}/${name}-record.resolver.ts`]: `import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Guarded } from '../kit/consent-decorators';
import type { ${Context} } from './${name}.context';
import { ${P}Entry } from './${name}-entry.type';
import { ${P}Record } from './${name}-record.type';

@Resolver(() => ${P}Record)
export class ${P}RecordResolver {
  @Guarded('${category}')
  @FieldResolver(() => [${P}Entry], { description: 'Newest first.' })
  entries(@Root() record: ${P}Record, @Ctx() { loaders }: ${Context}) {
    return loaders.entriesByPerson.load(record.personId);
  }
}
`,
    [`${dir}/${name}.inputs.ts`]: `import { IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsIsoDate } from '../kit/input-formats';

@InputType()
export class ${P}EntryInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field({ description: 'ISO date it happened, YYYY-MM-DD.' })
  @IsIsoDate()
  happenedOn: string;

  @Field()
  @Length(1, 2000)
  summary: string;
}
`,
    [`${dir}/${name}.mutations.ts`]: `import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { ${Context} } from './${name}.context';
import { ${P}Entry } from './${name}-entry.type';
import { ${P}EntryInput } from './${name}.inputs';

@Resolver()
export class ${P}Mutations {
  @Mutation(() => ${P}Entry, { description: "Records one entry in the person's record, opening the record with the first." })
  record${P}Entry(@Arg('input') input: ${P}EntryInput, @Ctx() { db, caller }: ${Context}) {
    return db.$transaction(async (tx) => {
      await tx.${recordModel}.upsert({
        where: { personId: input.personId },
        create: { personId: input.personId, openedOn: input.happenedOn, updatedBy: caller.subject },
        update: { updatedBy: caller.subject },
      });
      return tx.${entryModel}.create({ data: { ...input, recordedBy: caller.subject } });
    });
  }
}
`,
    [`${dir}/contract.ts`]: `import type { ContractProfile } from '../kit/contract-profile';
import type { ${Db} } from './database';

/** What the subgraph contract (npm run contract -- ${name}) needs beyond the schema: see kit/contract-profile.ts. */
export const contract: ContractProfile<${Db}> = {
  async generateRecords(db, personIds) {
    await db.${recordModel}.createMany({ data: personIds.map((personId) => ({ personId, openedOn: '2026-01-05', updatedBy: 'generator' })) });
    await db.${entryModel}.createMany({
      data: personIds.flatMap((personId) => [1, 2].map((n) => ({ personId, happenedOn: \`2026-01-0\${n}\`, summary: \`Entry \${n}\`, recordedBy: 'generator' }))),
    });
  },
  badWrite: {
    document: \`mutation($input: ${P}EntryInput!) { record${P}Entry(input: $input) { id } }\`,
    variables: (personId) => ({ input: { personId, happenedOn: '2026-02-30', summary: 'A day that does not exist.' } }),
    invalidField: 'happenedOn',
  },
};
`,
    [`prisma/${name}/schema.prisma`]: `// ${agencyName}: its own records of the people it works with.
generator client {
  provider     = "prisma-client"
  output       = "client"
  engineType   = "client"
  moduleFormat = "cjs"
}

datasource db {
  provider = "postgresql"
  // Never used (Prisma 6.19 will not generate a client without it): the Prisma CLI connects through
  // prisma.config.ts (${n.constant}_DATABASE_URL), the hub through its own pool (subgraphs/kit/database.ts).
  url      = "postgresql://127.0.0.1/unused"
}

model ${P}Record {
  personId  String   @id
  openedOn  String // ISO date
  updatedBy String
  updatedAt DateTime @updatedAt
}

model ${P}Entry {
  id         String   @id @default(uuid())
  personId   String
  happenedOn String // ISO date
  summary    String
  recordedBy String
  createdAt  DateTime @default(now())

  @@index([personId])
}

// The audit outbox (docs/AUDIT_LOG.md, "The audit outbox"): the audit entries of this subgraph's
// access decisions, committed before the answer leaves and deleted once the consent subgraph has
// appended them to the Merkle log (subgraphs/kit/audit-shipper.ts). Only unshipped entries live here.
model AuditOutbox {
  sequence      BigInt   @id @default(autoincrement()) // never reused: the central log dedupes on (subgraph, sequence)
  at            DateTime
  subject       String
  agency        String?
  role          String
  personId      String
  subgraph      String
  fieldPath     String
  category      String
  decision      String
  reason        String
  consentId     String?
  justification String?
  requestId     String
  correlationId String?
}
`,
    [`prisma/${name}/prisma.config.ts`]: `import { postgresConfigFor } from '../postgres-config';

export default postgresConfigFor('${name}');
`,
    [`prisma/${name}/seed.ts`]: `import { demoPeople } from '../demo-people';
import type { ${Db} } from '../../subgraphs/${name}/database';

const { darren } = demoPeople;
/** The subject \`npm run token -- --role adviser --agency ${agency}\` signs for. */
const adviser = 'staff-${agency}-adviser';

export async function seed(db: ${Db}): Promise<void> {
  await db.$transaction([
    db.${recordModel}.create({ data: { personId: darren.id, openedOn: '2026-09-01', updatedBy: adviser } }),
    db.${entryModel}.create({ data: { personId: darren.id, happenedOn: '2026-09-01', summary: 'First meeting; agreed what we will work on together.', recordedBy: adviser } }),
  ]);
}
`,
    [`test/${name}.test.ts`]: `import { demoPeople } from '../prisma/demo-people';
import { admitGeneratedTeams } from '../schema/agency-registry';
import { startTestHub, type TestHub } from './support/test-hub';

const { darren, kayleigh } = demoPeople;
const adviser = { sub: 'staff-${agency}-adviser', role: 'adviser', agency: '${agency}' } as const;
/** Staff of a team that neither works with the demo people nor holds any consent of theirs. */
const outsider = { sub: 'staff-generated-${name}-outsider', role: 'adviser', agency: 'generated-${name}-outsider' } as const;
const RECORD = \`query($id: ID!) { person(id: $id) { ${field} { openedOn entries { happenedOn summary recordedBy } } } }\`;
const RECORD_ENTRY = \`mutation($input: ${P}EntryInput!) { record${P}Entry(input: $input) { personId happenedOn summary recordedBy } }\`;

describe('${q(agencyName)} keeps its records of a person in the hub (Person.${field})', () => {
  let hub: TestHub;
  beforeAll(async () => {
    admitGeneratedTeams([outsider.agency]);
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  test("its staff read their own agency's record through the gateway", async () => {
    const { data, errors } = await hub.ask(adviser, RECORD, { id: darren.id });
    expect(errors).toEqual([]);
    expect(data.person.${field}).toEqual({
      openedOn: '2026-09-01',
      entries: [{ happenedOn: '2026-09-01', summary: 'First meeting; agreed what we will work on together.', recordedBy: adviser.sub }],
    });
  });

  test('the person reads it in their own single view', async () => {
    const { data, errors } = await hub.ask('darren', \`{ me { givenName ${field} { entries { summary } } } }\`);
    expect(errors).toEqual([]);
    expect(data.me).toMatchObject({ givenName: 'Darren', ${field}: { entries: [expect.any(Object)] } });
  });

  test('staff of an agency without consent get CONSENT_REQUIRED for ${category}, and the rest of the answer', async () => {
    const { data, errors } = await hub.ask(outsider, \`{ person(id: "\${darren.id}") { id ${field} { openedOn } } }\`);
    expect(data.person).toEqual({ id: darren.id, ${field}: null });
    expect(errors.map((error) => error.extensions)).toEqual([expect.objectContaining({ code: 'CONSENT_REQUIRED', category: '${category}', personId: darren.id })]);
  });

  test('a first entry for someone the agency does not work with is refused with LINK_REQUIRED, and nothing is written', async () => {
    const entry = { personId: kayleigh.id, happenedOn: '2026-10-01', summary: 'Initial assessment.' };
    const { data, errors } = await hub.ask(adviser, RECORD_ENTRY, { input: entry });
    expect(data).toBeNull();
    expect(errors[0].extensions).toMatchObject({ code: 'LINK_REQUIRED', personId: kayleigh.id });
    expect((await hub.ask(adviser, RECORD, { id: kayleigh.id })).data.person.${field}).toBeNull();
  });

  test('once the person links the agency, its staff record an entry and read it back', async () => {
    const linked = await hub.ask('kayleigh', \`mutation { linkAgency(personId: "\${kayleigh.id}", agency: "${agency}") { agency } }\`);
    expect(linked.errors).toEqual([]);
    const entry = { personId: kayleigh.id, happenedOn: '2026-10-01', summary: 'Initial assessment.' };
    const recorded = await hub.ask(adviser, RECORD_ENTRY, { input: entry });
    expect(recorded.errors).toEqual([]);
    expect(recorded.data.record${P}Entry).toEqual({ ...entry, recordedBy: adviser.sub });
    const { data } = await hub.ask(adviser, RECORD, { id: kayleigh.id });
    expect(data.person.${field}).toEqual({ openedOn: '2026-10-01', entries: [{ happenedOn: '2026-10-01', summary: 'Initial assessment.', recordedBy: adviser.sub }] });
  });

  test('a date that does not exist is refused, naming the field', async () => {
    const { errors } = await hub.ask(adviser, RECORD_ENTRY, { input: { personId: kayleigh.id, happenedOn: '2026-02-30', summary: 'x' } });
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', invalidFields: [expect.objectContaining({ field: 'happenedOn' })] });
  });
});
`,
  };
}
