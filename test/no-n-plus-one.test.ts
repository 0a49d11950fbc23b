import { generateCaseload } from './support/generated-caseload';
import { startTestHub, type TestHub } from './support/test-hub';

/** A caseload view that touches every per-person list of every subgraph. */
const CASELOAD = `{
  caseload(limit: 1000) {
    id givenName familyName
    consents { agency categories active }
    story { ownAccount barriers { code } healthBarriers { code } history { version goals } }
    referrals { status reason person { givenName } history { status } }
    socialCare { lookedAfterStatus involvements { team } safeguardingNotes { concern } }
    careers { status qualifications { title } workHistory { employer } guidanceSessions { summary } courses { title } }
    welfare { householdType benefitAwards { benefit } debts { creditor } financialSupport { kind } betterOffCalculations { gainPence: monthlyGainPence } }
    employability {
      keyworker
      enrolments { status programme { name } }
      actionPlan { title progress { stepsDone stepsTotal } steps { description } }
      actionPlanSummary { goalsTotal }
      activities { title } outcomes { kind } placements { employer } barrierFunding { amountPence }
    }
  }
}`;

// Reads are counted: the consent subgraph also appends one audit entry per (person, category)
// decision, which necessarily grows with the caseload (in multi-row inserts).
describe('a caseload costs each subgraph the same number of SQL reads whatever its size', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
    await generateCaseload(hub.hub, 'small-team', 5);
    await generateCaseload(hub.hub, 'large-team', 50);
  });
  afterAll(() => hub.stop());

  async function statementsFor(agency: string, expectedPeople: number) {
    for (const subgraph of hub.hub.subgraphs.values()) subgraph.database.statements.reset();
    const { data, errors } = await hub.ask({ sub: `staff-${agency}`, role: 'adviser', agency }, CASELOAD);
    expect(errors).toEqual([]);
    expect(data.caseload).toHaveLength(expectedPeople);
    expect(data.caseload.every((person: any) => person.employability.actionPlan[0].steps.length === 2)).toBe(true);
    expect(data.caseload.every((person: any) => person.story.history.length === 2 && person.referrals.length === 2)).toBe(true);
    return Object.fromEntries([...hub.hub.subgraphs].map(([name, subgraph]) => [name, subgraph.database.statements.reads]));
  }

  test('5 people and 50 people: equal counts, per subgraph', async () => {
    const five = await statementsFor('small-team', 5);
    const fifty = await statementsFor('large-team', 50);
    expect(fifty).toEqual(five);
    // Every subgraph was asked something: the test would pass vacuously otherwise.
    for (const [name, count] of Object.entries(five)) expect({ name, asked: count > 0 }).toEqual({ name, asked: true });
  });
});
