import { demoPeople } from '../prisma/demo-people';
import { generateCaseload } from '../bench/generated-caseload';
import { admitGeneratedTeams } from '../schema/agency-registry';
import { startTestHub, type TestHub } from './support/test-hub';

const { darren, jordan } = demoPeople;

/** Dates relative to the day the test runs: "overdue" and "completed today" are measured against it. */
const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const today = daysFromToday(0);

const ADD_GOAL = `mutation($input: ActionPlanGoalInput!) { addActionPlanGoal(input: $input) { id status completedOn } }`;
const UPDATE_GOAL = `mutation($input: ActionPlanGoalUpdateInput!) { updateActionPlanGoal(input: $input) { id status completedOn dueOn } }`;
const ADD_STEP = `mutation($input: ActionPlanStepInput!) { addActionPlanStep(input: $input) { id status completedOn } }`;
const UPDATE_STEP = `mutation($input: ActionPlanStepUpdateInput!) { updateActionPlanStep(input: $input) { id status completedOn } }`;

const PLAN = `query($id: ID!) {
  person(id: $id) {
    id
    careers { status }
    employability {
      actionPlan {
        id title owner dueOn status completedOn
        steps { description owner dueOn status completedOn }
        progress { stepsTotal stepsDone stepsInProgress stepsNotStarted stepsDropped stepsOverdue percentDone }
      }
      actionPlanSummary {
        goalsTotal goalsDone goalsInProgress goalsNotStarted goalsDropped goalsOverdue nextDueOn
        steps { stepsTotal stepsDone stepsInProgress stepsNotStarted stepsDropped stepsOverdue percentDone }
      }
    }
  }
}`;

const NEW_GOAL = 'Get a plant operator ticket (360 excavator)';

describe('action plans: goals with steps, owner, due date and status, and their progress', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
    // Jordan starts with employability himself: the link that lets Dana write his action plan.
    const linked = await hub.ask('jordan', 'mutation($id: ID!) { linkAgency(personId: $id, agency: "employability") { madeHow } }', { id: demoPeople.jordan.id });
    expect(linked.errors).toEqual([]);
  });
  afterAll(() => hub.stop());

  const planOf = async (user: string, personId: string) => hub.ask(user, PLAN, { id: personId });
  const ok = async (user: string, mutation: string, input: Record<string, unknown>) => {
    const { data, errors } = await hub.ask(user, mutation, { input });
    expect(errors).toEqual([]);
    return Object.values(data)[0] as { id: string; status: string; completedOn: string | null };
  };

  test("a keyworker builds a goal with steps, finishes one, and sees the goal's progress and the plan's", async () => {
    const goal = await ok('dana', ADD_GOAL, { personId: darren.id, title: NEW_GOAL, owner: 'Darren', dueOn: daysFromToday(90) });
    expect(goal).toMatchObject({ status: 'NOT_STARTED', completedOn: null });
    const steps = [];
    for (const [description, owner, due] of [
      ['Ask the site manager about NPORS training', 'Darren', 14],
      ['Book the NPORS 360 excavator course', 'Dana', 30],
      ['Sit the practical test', 'Darren', 60],
    ] as const) {
      steps.push(await ok('dana', ADD_STEP, { goalId: goal.id, description, owner, dueOn: daysFromToday(due) }));
    }

    const done = await ok('dana', UPDATE_STEP, { stepId: steps[0].id, status: 'DONE' });
    expect(done).toEqual({ id: steps[0].id, status: 'DONE', completedOn: today });

    const { data, errors } = await planOf('dana', darren.id);
    expect(errors).toEqual([]);
    const built = data.person.employability.actionPlan.find((g: { title: string }) => g.title === NEW_GOAL);
    // Finishing a step of a goal not yet started puts the goal in progress.
    expect(built).toMatchObject({ owner: 'Darren', dueOn: daysFromToday(90), status: 'IN_PROGRESS', completedOn: null });
    expect(built.steps.map((s: { owner: string; status: string }) => [s.owner, s.status])).toEqual([
      ['Darren', 'DONE'],
      ['Dana', 'NOT_STARTED'],
      ['Darren', 'NOT_STARTED'],
    ]);
    expect(built.progress).toEqual({
      stepsTotal: 3, stepsDone: 1, stepsInProgress: 0, stepsNotStarted: 2, stepsDropped: 0, stepsOverdue: 0, percentDone: 33,
    });
    // Darren's demo plan: two goals done (five steps), one in progress (one step under way, one not started).
    expect(data.person.employability.actionPlanSummary).toMatchObject({
      goalsTotal: 4, goalsDone: 2, goalsInProgress: 2, goalsNotStarted: 0, goalsDropped: 0,
      steps: { stepsTotal: 10, stepsDone: 6, stepsInProgress: 1, stepsNotStarted: 3, stepsDropped: 0, percentDone: 60 },
    });
  });

  test('an agency Darren consented his action plan to (welfare rights) sees the plan and its progress', async () => {
    const { data, errors } = await planOf('gareth', darren.id);
    // Darren shared his action plan with welfare rights, not his careers record.
    expect(errors.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([['person.careers', 'CONSENT_REQUIRED']]);
    const built = data.person.employability.actionPlan.find((g: { title: string }) => g.title === NEW_GOAL);
    expect(built.progress).toMatchObject({ stepsTotal: 3, stepsDone: 1, percentDone: 33 });
    expect(built.steps[0]).toMatchObject({ description: 'Ask the site manager about NPORS training', status: 'DONE', completedOn: today });
    expect(data.person.employability.actionPlanSummary).toMatchObject({ goalsTotal: 4, goalsDone: 2, steps: { stepsTotal: 10, stepsDone: 6 } });
  });

  test('an agency without that consent (careers) is refused the plan with CONSENT_REQUIRED, and the rest arrives', async () => {
    const { data, errors } = await planOf('priya', darren.id);
    expect(data.person.id).toBe(darren.id);
    expect(data.person.careers.status).toBe('NEET'); // careers' own record
    expect(data.person.employability).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toEqual(['person', 'employability']);
    expect(errors[0].extensions).toMatchObject({ code: 'CONSENT_REQUIRED', category: 'action-plan', personId: darren.id });
  });

  test('Darren sees his own plan and its progress', async () => {
    const { data, errors } = await hub.ask('darren', `{ me { employability { actionPlanSummary { goalsTotal goalsDone steps { stepsTotal stepsDone } } } } }`);
    expect(errors).toEqual([]);
    expect(data.me.employability.actionPlanSummary).toEqual({ goalsTotal: 4, goalsDone: 2, steps: { stepsTotal: 10, stepsDone: 6 } });
  });

  test('invalid input names the field and writes nothing', async () => {
    const before = (await planOf('dana', darren.id)).data.person.employability;
    const goal = before.actionPlan.find((g: { title: string }) => g.title === NEW_GOAL);
    const openStep = (await hub.ask('dana', `{ person(id: "${darren.id}") { employability { actionPlan { id steps { id status } } } } }`))
      .data.person.employability.actionPlan.find((g: { id: string }) => g.id === goal.id)
      .steps.find((s: { status: string }) => s.status === 'NOT_STARTED');

    const attempts: Array<[string, Record<string, unknown>]> = [
      [ADD_STEP, { goalId: goal.id, description: 'Renew the CSCS card', owner: '   ', dueOn: '2026-13-01' }],
      [ADD_STEP, { goalId: goal.id, description: 'Practise on site', owner: 'Darren', dueOn: daysFromToday(120) }],
      [UPDATE_GOAL, { goalId: goal.id, status: 'DONE' }],
      [UPDATE_GOAL, { goalId: goal.id, dueOn: daysFromToday(20) }],
      [UPDATE_STEP, { stepId: openStep.id, status: 'DONE', completedOn: daysFromToday(3) }],
      [UPDATE_STEP, { stepId: openStep.id, status: 'IN_PROGRESS', completedOn: today }],
      [UPDATE_STEP, { stepId: '00000000-0000-4000-8000-00000000dead', status: 'DONE' }],
    ];
    const refusals = [];
    for (const [mutation, input] of attempts) {
      const { data, errors } = await hub.ask('dana', mutation, { input });
      expect(data).toBeNull();
      const { code, field, invalidFields } = errors[0].extensions!;
      refusals.push([code, field ?? invalidFields.map((f: { field: string }) => f.field).sort().join(',')]);
    }
    expect(refusals).toEqual([
      ['BAD_USER_INPUT', 'dueOn,owner'], // not a date, and only spaces
      ['BAD_USER_INPUT', 'dueOn'], // due after the goal is due
      ['BAD_USER_INPUT', 'status'], // DONE with two steps still open
      ['BAD_USER_INPUT', 'dueOn'], // the goal due before its open steps
      ['BAD_USER_INPUT', 'completedOn'], // done in the future
      ['BAD_USER_INPUT', 'completedOn'], // a completion date for something not done
      ['NOT_FOUND', 'stepId'],
    ]);
    expect((await planOf('dana', darren.id)).data.person.employability).toEqual(before);
  });

  test('statuses move sensibly: done with a date, reopened, dropped with its steps, no steps added to a closed goal', async () => {
    const goal = await ok('dana', ADD_GOAL, { personId: jordan.id, title: 'Start a college course in January', owner: 'Jordan', dueOn: daysFromToday(40) });
    const late = await ok('dana', ADD_STEP, { goalId: goal.id, description: 'Visit the college open day', owner: 'Jordan', dueOn: daysFromToday(-1) });
    const next = await ok('dana', ADD_STEP, { goalId: goal.id, description: 'Send the application', owner: 'Jordan', dueOn: daysFromToday(10) });
    const other = await ok('dana', ADD_GOAL, { personId: jordan.id, title: 'Open a bank account', owner: 'Jordan and Dana', dueOn: daysFromToday(5) });
    const otherStep = await ok('dana', ADD_STEP, { goalId: other.id, description: 'Get a letter confirming the address', owner: 'Dana', dueOn: daysFromToday(2) });

    const summaryOf = async () => (await planOf('dana', jordan.id)).data.person.employability.actionPlanSummary;
    expect(await summaryOf()).toEqual({
      goalsTotal: 2, goalsDone: 0, goalsInProgress: 0, goalsNotStarted: 2, goalsDropped: 0, goalsOverdue: 0, nextDueOn: daysFromToday(2),
      steps: { stepsTotal: 3, stepsDone: 0, stepsInProgress: 0, stepsNotStarted: 3, stepsDropped: 0, stepsOverdue: 1, percentDone: 0 },
    });

    // Dropping a goal drops its open steps with it, and the plan's summary leaves it out.
    expect(await ok('dana', UPDATE_GOAL, { goalId: other.id, status: 'DROPPED' })).toMatchObject({ status: 'DROPPED', completedOn: null });
    const reopenStep = await hub.ask('dana', UPDATE_STEP, { input: { stepId: otherStep.id, status: 'IN_PROGRESS' } });
    expect(reopenStep.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });

    // Done on a day given, or today; the goal is done once nothing of it is open.
    expect(await ok('dana', UPDATE_STEP, { stepId: late.id, status: 'DONE', completedOn: daysFromToday(-2) })).toMatchObject({ completedOn: daysFromToday(-2) });
    expect(await ok('dana', UPDATE_STEP, { stepId: next.id, status: 'DONE' })).toMatchObject({ completedOn: today });
    expect(await ok('dana', UPDATE_GOAL, { goalId: goal.id, status: 'DONE' })).toMatchObject({ status: 'DONE', completedOn: today });
    expect(await summaryOf()).toEqual({
      goalsTotal: 1, goalsDone: 1, goalsInProgress: 0, goalsNotStarted: 0, goalsDropped: 1, goalsOverdue: 0, nextDueOn: null,
      steps: { stepsTotal: 2, stepsDone: 2, stepsInProgress: 0, stepsNotStarted: 0, stepsDropped: 0, stepsOverdue: 0, percentDone: 100 },
    });

    // A closed goal takes no new steps and its steps stay closed; reopening the goal clears its completion date.
    const addToDone = await hub.ask('dana', ADD_STEP, { input: { goalId: goal.id, description: 'Buy a bus pass', owner: 'Jordan' } });
    expect(addToDone.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'goalId' });
    const reopenDoneStep = await hub.ask('dana', UPDATE_STEP, { input: { stepId: next.id, status: 'IN_PROGRESS' } });
    expect(reopenDoneStep.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(await ok('dana', UPDATE_GOAL, { goalId: goal.id, status: 'IN_PROGRESS' })).toMatchObject({ status: 'IN_PROGRESS', completedOn: null });
    expect(await ok('dana', UPDATE_STEP, { stepId: next.id, status: 'IN_PROGRESS' })).toMatchObject({ status: 'IN_PROGRESS', completedOn: null });
  });
});

describe('action-plan progress costs the same SQL reads for 5 people as for 50', () => {
  let hub: TestHub;
  beforeAll(async () => {
    admitGeneratedTeams(['generated-small-team', 'generated-large-team']);
    hub = await startTestHub();
    await generateCaseload(hub.database, 'generated-small-team', 5);
    await generateCaseload(hub.database, 'generated-large-team', 50);
  });
  afterAll(() => hub.stop());

  const PROGRESS = `{ caseload(limit: 1000) { employability {
    actionPlan { progress { stepsTotal stepsDone } }
    actionPlanSummary { goalsTotal steps { stepsTotal percentDone } }
  } } }`;

  async function employabilityReadsFor(agency: string, people: number) {
    hub.hub.subgraphs.get('employability')!.database.statements.reset();
    const { data, errors } = await hub.ask({ sub: `staff-${agency}`, role: 'adviser', agency }, PROGRESS);
    expect(errors).toEqual([]);
    expect(data.caseload).toHaveLength(people);
    // The generated people each have two goals of two NOT_STARTED steps.
    expect(data.caseload.every((p: any) => p.employability.actionPlanSummary.steps.stepsTotal === 4)).toBe(true);
    expect(data.caseload.every((p: any) => p.employability.actionPlan[1].progress.stepsTotal === 2)).toBe(true);
    return hub.hub.subgraphs.get('employability')!.database.statements.reads;
  }

  test('5 people and 50 people: equal reads', async () => {
    const five = await employabilityReadsFor('generated-small-team', 5);
    expect(five).toBeGreaterThan(0);
    expect(await employabilityReadsFor('generated-large-team', 50)).toBe(five);
  });
});
