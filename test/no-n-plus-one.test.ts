import { CASELOAD, CASELOAD_SUBGRAPHS } from '../bench/caseload-query';
import { generateCaseload } from '../bench/generated-caseload';
import { admitGeneratedTeams } from '../schema/agency-registry';
import { startTestHub, type TestHub } from './support/test-hub';

// Reads are counted: the consent subgraph also appends one audit entry per (person, category)
// decision, which necessarily grows with the caseload (in multi-row inserts).
describe('a caseload costs each subgraph the same number of SQL reads whatever its size', () => {
  let hub: TestHub;
  beforeAll(async () => {
    admitGeneratedTeams(['generated-small-team', 'generated-large-team']);
    hub = await startTestHub();
    await generateCaseload(hub.database, 'generated-small-team', 5);
    await generateCaseload(hub.database, 'generated-large-team', 50);
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
    const five = await statementsFor('generated-small-team', 5);
    const fifty = await statementsFor('generated-large-team', 50);
    expect(fifty).toEqual(five);
    // Every subgraph was asked something: the test would pass vacuously otherwise.
    for (const name of CASELOAD_SUBGRAPHS) expect({ name, asked: five[name] > 0 }).toEqual({ name, asked: true });
  });
});
