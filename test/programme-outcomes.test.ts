import { randomUUID } from 'node:crypto';
import { Kind, parse, type FieldDefinitionNode, type ObjectTypeDefinitionNode, type TypeNode } from 'graphql';
import { readSupergraph } from '../gateway/supergraph-file';
import { demoPeople } from '../prisma/demo-people';
import type { EmployabilityDb } from '../subgraphs/employability/database';
import { startTestHub, type TestHub } from './support/test-hub';

const PROGRAMMES = {
  freshStart: '00000000-0000-4000-8000-0000000e0001',
  navigator: '00000000-0000-4000-8000-0000000e0002',
  wellbeing: '00000000-0000-4000-8000-0000000e0003',
};

const OUTCOMES = `query($programmeId: ID!, $from: String!, $to: String!) {
  programmeOutcomes(programmeId: $programmeId, from: $from, to: $to) {
    programme { code } from to asOf suppressedBelow
    starts { ...F } jobStarts { ...F } inWork13Weeks { ...F } inWork26Weeks { ...F }
    trainingOrEducationStarts { ...F } volunteeringStarts { ...F } gainedQualification { ...F }
    receivedBarrierFunding { ...F } peopleSupported { ...F }
  }
}
fragment F on ProgrammeFigure { count suppressed percent }`;

const shown = (count: number, percent: number | null = null) => ({ count, suppressed: false, percent });
const suppressed = { count: null, suppressed: true, percent: null };

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

interface Start {
  personId: string;
  programmeId: string;
  enrolledOn: string;
  leftOn?: string;
  outcomes?: Array<[kind: string, daysAfterStart: number]>;
}

/** Writes enrolments with their claimed outcomes straight into the employability database, as a year of casework would. */
async function writeStarts(db: EmployabilityDb, starts: Start[]) {
  const enrolments = starts.map((start) => ({ id: randomUUID(), ...start }));
  await db.$transaction([
    db.programmeEnrolment.createMany({
      data: enrolments.map(({ id, personId, programmeId, enrolledOn, leftOn }) => ({
        id, personId, programmeId, enrolledOn, leftOn: leftOn ?? null, status: leftOn ? 'WITHDRAWN' : 'ACTIVE',
        keyworker: 'staff-dana-okafor', keyworkerRole: 'NAVIGATOR', recordedBy: 'generator',
      })),
    }),
    db.employabilityOutcome.createMany({
      data: enrolments.flatMap(({ id, personId, enrolledOn, outcomes = [] }) =>
        outcomes.map(([kind, days]) => ({ personId, enrolmentId: id, kind, achievedOn: addDays(enrolledOn, days), recordedBy: 'generator' })),
      ),
    }),
  ]);
}

describe('programme outcomes: the cohort who started in a period, and what they went on to do', () => {
  let hub: TestHub;
  const cohort = Array.from({ length: 20 }, () => randomUUID());
  const outsiders = { before: randomUUID(), after: randomUUID(), leftBefore: randomUUID() };
  const freshStartOnly = Array.from({ length: 4 }, () => randomUUID());
  const wellbeing = Array.from({ length: 6 }, () => randomUUID());
  const everyone = [...cohort, ...Object.values(outsiders), ...freshStartOnly, ...wellbeing];
  const db = () => hub.hub.subgraphs.get('employability')!.database.client as EmployabilityDb;
  const outcomesOf = (user: string, programmeId: string, from: string, to: string) =>
    hub.ask(user, OUTCOMES, { programmeId, from, to });

  beforeAll(async () => {
    hub = await startTestHub();
    // Navigator, started 1 April to 30 September 2025: 20 people, the first on the first day, the last on the last.
    const startOf = (n: number) => addDays('2025-04-01', Math.round((n * 182) / 19));
    const outcomes: Array<Array<[string, number]>> = cohort.map(() => []);
    const give = (people: number[], kind: string, days: number) => people.forEach((n) => outcomes[n].push([kind, days]));
    give([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 'JOB_START', 30);
    give([0], 'JOB_START', 200); // a second job: still one person
    give([0, 1, 2, 3, 4, 9], 'IN_WORK_13_WEEKS', 121); // number 9's falls after 30 September: the cohort's outcomes count whenever achieved
    give([10], 'IN_WORK_13_WEEKS', 121); // no job start recorded: not a sustained job start
    give([0, 1], 'IN_WORK_26_WEEKS', 212);
    give([10, 11, 12], 'TRAINING_START', 20);
    give([12, 13, 14], 'EDUCATION_START', 60); // number 12 did both: one person
    give([15, 16, 17], 'VOLUNTEERING_START', 14);
    give([10, 11, 12, 13, 14, 15, 16], 'QUALIFICATION_GAINED', 90);
    give([10], 'QUALIFICATION_GAINED', 150); // a second qualification: still one person
    give([18, 19], 'CV_COMPLETED', 7); // not a reported outcome
    const starts: Start[] = cohort.map((personId, n) => ({ personId, programmeId: PROGRAMMES.navigator, enrolledOn: startOf(n), outcomes: outcomes[n] }));
    // Number 3 withdrew and came back in the same period: two enrolments, one start.
    starts[3].leftOn = addDays(startOf(3), 5);
    starts.push({ personId: cohort[3], programmeId: PROGRAMMES.navigator, enrolledOn: addDays(startOf(3), 40) });
    // Not in the cohort: started the day before, the day after, or left before the period.
    starts.push({ personId: outsiders.before, programmeId: PROGRAMMES.navigator, enrolledOn: '2025-03-31', outcomes: [['JOB_START', 31]] });
    starts.push({ personId: outsiders.after, programmeId: PROGRAMMES.navigator, enrolledOn: '2025-10-01', outcomes: [['JOB_START', 19]] });
    starts.push({ personId: outsiders.leftBefore, programmeId: PROGRAMMES.navigator, enrolledOn: '2025-02-01', leftOn: '2025-03-15' });
    // Fresh Start in the same period: number 18 and four others, every one into a job, claimed under Fresh Start.
    for (const personId of [cohort[18], ...freshStartOnly]) {
      starts.push({ personId, programmeId: PROGRAMMES.freshStart, enrolledOn: '2025-05-12', outcomes: [['JOB_START', 25]] });
    }
    // Community Wellbeing, January to March 2025: six starts, three into work, none 13 weeks on yet.
    wellbeing.forEach((personId, n) =>
      starts.push({ personId, programmeId: PROGRAMMES.wellbeing, enrolledOn: '2025-02-03', outcomes: n < 3 ? [['JOB_START', 45]] : [] }),
    );
    await writeStarts(db(), starts);
    // A job start recorded against no enrolment is not the programme's to claim.
    await db().employabilityOutcome.create({ data: { personId: cohort[19], kind: 'JOB_START', achievedOn: '2025-10-30', recordedBy: 'generator' } });
    // Barrier funding from the start on: numbers 0-6, and 9 (funded before and after); number 8 only before; an outsider too.
    const award = (personId: string, awardedOn: string) => ({ personId, purpose: 'TRAVEL', amountPence: 2500, awardedOn, description: 'Bus pass', awardedBy: 'generator' });
    await db().barrierFunding.createMany({
      data: [
        ...[0, 1, 2, 3, 4, 5, 6].map((n) => award(cohort[n], addDays(startOf(n), 10))),
        award(cohort[8], addDays(startOf(8), -20)),
        award(cohort[9], addDays(startOf(9), -20)),
        award(cohort[9], addDays(startOf(9), 5)),
        award(outsiders.before, '2025-04-20'),
      ],
    });
  });
  afterAll(() => hub.stop());

  test('20 starts, 10 job starts = 50%, 6 still in work at 13 weeks = 60% of job starts: people counted once, small figures suppressed', async () => {
    const { data, errors } = await outcomesOf('dana', PROGRAMMES.navigator, '2025-04-01', '2025-09-30');
    expect(errors).toEqual([]);
    expect(data.programmeOutcomes).toEqual({
      programme: { code: 'NAVIGATOR' },
      from: '2025-04-01',
      to: '2025-09-30',
      asOf: new Date().toISOString().slice(0, 10),
      suppressedBelow: 5,
      starts: shown(20),
      jobStarts: shown(10, 50),
      inWork13Weeks: shown(6, 60),
      inWork26Weeks: suppressed, // 2 people: withheld, and its percentage with it
      trainingOrEducationStarts: shown(5, 25),
      volunteeringStarts: suppressed, // 3 people
      gainedQualification: shown(7, 35),
      receivedBarrierFunding: shown(8, 40),
      peopleSupported: shown(21), // the cohort, and the one who started the day before and is still on it
    });
  });

  test("another programme's starts and outcomes are its own; a zero is shown", async () => {
    const { data } = await outcomesOf('dana', PROGRAMMES.freshStart, '2025-04-01', '2025-09-30');
    expect(data.programmeOutcomes).toMatchObject({
      starts: shown(5),
      jobStarts: shown(5, 100),
      inWork13Weeks: shown(0, 0),
      peopleSupported: shown(5),
    });
  });

  test('a percentage of a suppressed figure is suppressed too', async () => {
    const { data } = await outcomesOf('dana', PROGRAMMES.wellbeing, '2025-01-01', '2025-03-31');
    expect(data.programmeOutcomes).toMatchObject({
      starts: shown(6),
      jobStarts: suppressed, // 3 of 6
      inWork13Weeks: shown(0, null), // none yet, but "0% of 3" would give the 3 away
    });
  });

  test('a cohort of fewer than five withholds every figure, zeros included', async () => {
    // Fresh Start in 2026: Darren alone (one job start, nothing at 13 weeks yet, no volunteering).
    const { data } = await outcomesOf('dana', PROGRAMMES.freshStart, '2026-01-01', '2026-12-31');
    const { programme, from, to, asOf, suppressedBelow, peopleSupported, ...cohortFigures } = data.programmeOutcomes;
    expect(Object.keys(cohortFigures)).toHaveLength(8);
    for (const [name, value] of Object.entries(cohortFigures)) expect({ name, value }).toEqual({ name, value: suppressed });
    // Not a cohort figure: Darren and the five who started in 2025 and are still on the programme.
    expect(peopleSupported).toEqual(shown(6));
  });

  test('a constant number of SQL reads, whatever the size of the cohort', async () => {
    const statements = hub.hub.subgraphs.get('employability')!.database.statements;
    const readsFor = async (programmeId: string) => {
      statements.reset();
      const { errors } = await outcomesOf('dana', programmeId, '2025-04-01', '2025-09-30');
      expect(errors).toEqual([]);
      return statements.reads;
    };
    const twenty = await readsFor(PROGRAMMES.navigator);
    const five = await readsFor(PROGRAMMES.freshStart);
    expect(twenty).toBe(five);
    expect(twenty).toBeLessThanOrEqual(5);
  });

  test('staff of any agency and the data-protection officer may read the figures; a client may not', async () => {
    const asked = async (user: string) => {
      const { data, errors } = await outcomesOf(user, PROGRAMMES.navigator, '2025-04-01', '2025-09-30');
      return data?.programmeOutcomes ? `starts ${data.programmeOutcomes.starts.count}` : errors[0].extensions?.code;
    };
    expect(await Promise.all(['sam', 'priya', 'helen', 'darren'].map(asked))).toEqual(['starts 20', 'starts 20', 'starts 20', 'FORBIDDEN']);
  });

  test('no personal data can come back: aggregate types only, every field marked, no person ids in the answer', async () => {
    const types = new Map(
      parse(readSupergraph()).definitions
        .filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    const named = (type: TypeNode): { name: string; list: boolean } =>
      type.kind === Kind.NAMED_TYPE ? { name: type.name.value, list: false } : type.kind === Kind.LIST_TYPE ? { ...named(type.type), list: true } : named(type.type);
    const fieldsOf = (typeName: string) =>
      types.get(typeName)!.fields!.map((field: FieldDefinitionNode) => ({
        field: `${typeName}.${field.name.value}`,
        ...named(field.type),
        marked: field.directives!.some((d) => d.name.value === 'noPersonalData'),
      }));
    const fields = [...fieldsOf('ProgrammeOutcomes'), ...fieldsOf('ProgrammeFigure')];
    expect(fields.filter((f) => !f.marked || f.list || f.name === 'ID' || /person/i.test(f.field)).map((f) => f.field)).toEqual([]);
    expect(new Set(fields.map((f) => f.name))).toEqual(new Set(['Programme', 'String', 'Int', 'ProgrammeFigure', 'Boolean', 'Float']));
    expect(types.get('Programme')!.fields!.some((f) => /person/i.test(f.name.value))).toBe(false);

    const answer = JSON.stringify((await outcomesOf('helen', PROGRAMMES.navigator, '2025-04-01', '2025-09-30')).data);
    expect(everyone.filter((id) => answer.includes(id))).toEqual([]);
    const askingForPeople = await hub.ask('dana', `{ programmeOutcomes(programmeId: "${PROGRAMMES.navigator}", from: "2025-04-01", to: "2025-09-30") { starts { personId } } }`);
    expect(askingForPeople.errors[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test('invalid periods and unknown programmes are refused, naming the argument', async () => {
    const refusal = async (programmeId: string, from: string, to: string) => {
      const { data, errors } = await outcomesOf('dana', programmeId, from, to);
      expect(data).toBeNull();
      const { code, field, invalidFields } = errors[0].extensions!;
      return [code, field ?? invalidFields.map((f: { field: string }) => f.field).sort().join(',')];
    };
    expect(await refusal(PROGRAMMES.navigator, '2025-09-30', '2025-04-01')).toEqual(['BAD_USER_INPUT', 'to']);
    expect(await refusal(PROGRAMMES.navigator, '2025-13-01', '30/09/2025')).toEqual(['BAD_USER_INPUT', 'from,to']);
    expect(await refusal('00000000-0000-4000-8000-00000000dead', '2025-04-01', '2025-09-30')).toEqual(['NOT_FOUND', 'programmeId']);
    expect(await refusal('navigator', '2025-04-01', '2025-09-30')).toEqual(['BAD_USER_INPUT', 'programmeId']);
  });

  test('an outcome dated before the enrolment cannot be claimed under it, so a cohort counts only what came after its start', async () => {
    const record = `{ person(id: "${demoPeople.darren.id}") { employability { enrolments { id enrolledOn } outcomes { id } } } }`;
    const before = (await hub.ask('dana', record)).data.person.employability;
    const { data, errors } = await hub.ask(
      'dana',
      `mutation($input: EmployabilityOutcomeInput!) { recordOutcome(input: $input) { id } }`,
      { input: { personId: demoPeople.darren.id, enrolmentId: before.enrolments[0].id, kind: 'QUALIFICATION_GAINED', achievedOn: addDays(before.enrolments[0].enrolledOn, -1) } },
    );
    expect(data).toBeNull();
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'achievedOn' });
    expect((await hub.ask('dana', record)).data.person.employability.outcomes).toEqual(before.outcomes);
  });
});
