import { demoPeople } from '../prisma/demo-people';
import { startTestHub, type TestHub } from './support/test-hub';

const SINGLE_VIEW = `query SingleView($id: ID!) {
  person(id: $id) {
    givenName familyName dateOfBirth nationalInsuranceNumber postcode
    consents { agency categories active }
    socialCare { lookedAfterStatus involvements { team endedOn } safeguardingNotes { riskLevel } }
    careers { status qualifications { title accredited } workHistory { employer } }
    welfare { householdType benefitAwards { benefit amountPence period } debts { debtType status } }
    employability { enrolments { programme { name } keyworkerRole status } outcomes { kind achievedOn } barrierFunding { purpose } }
  }
}`;

describe("one query, one person, every agency's record", () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  test('Tomasz sees his own record from all six subgraphs in one answer', async () => {
    const { data, errors } = await hub.ask('tomasz', SINGLE_VIEW, { id: demoPeople.tomasz.id });
    expect(errors).toEqual([]);
    const tomasz = data.person;
    expect(tomasz).toMatchObject({ givenName: 'Tomasz', familyName: 'Nowak', dateOfBirth: '1984-09-09', postcode: 'NE8 3DX' });
    expect(tomasz.consents).toEqual([expect.objectContaining({ agency: 'employability', active: true })]);
    expect(tomasz.socialCare.involvements).toEqual([expect.objectContaining({ team: 'SUPPORTING_CHILDREN' })]);
    expect(tomasz.careers.workHistory).toEqual([{ employer: 'Northgate Distribution' }]);
    expect(tomasz.welfare.benefitAwards).toContainEqual(expect.objectContaining({ benefit: 'UNIVERSAL_CREDIT', period: 'MONTHLY' }));
    expect(tomasz.employability.outcomes.map((o: { kind: string }) => o.kind)).toEqual(
      expect.arrayContaining(['JOB_START', 'IN_WORK_13_WEEKS', 'IN_WORK_26_WEEKS']),
    );
    expect(tomasz.employability.barrierFunding).toContainEqual({ purpose: 'CHILDCARE' });
  });

  test('an agency that holds no record for the person answers null, and the rest still arrives', async () => {
    const { data, errors } = await hub.ask('darren', SINGLE_VIEW, { id: demoPeople.darren.id });
    expect(errors).toEqual([]);
    expect(data.person.socialCare).toBeNull();
    expect(data.person.careers.status).toBe('NEET');
    expect(data.person.employability.enrolments[0].programme.name).toBe('Fresh Start Employment');
  });

  test("a client's `me` is the same single view", async () => {
    const { data, errors } = await hub.ask('kayleigh', '{ me { id givenName careers { status } welfare { debts { debtType } } } }');
    expect(errors).toEqual([]);
    expect(data.me).toMatchObject({ id: demoPeople.kayleigh.id, givenName: 'Kayleigh', careers: { status: 'IN_TRAINING' } });
    expect(data.me.welfare.debts.length).toBeGreaterThan(0);
  });

  test('a client reads their own single view', async () => {
    const { data, errors } = await hub.ask('jordan', SINGLE_VIEW, { id: demoPeople.jordan.id });
    expect(errors).toEqual([]);
    expect(data.person).toMatchObject({ givenName: 'Jordan', socialCare: { lookedAfterStatus: 'CARE_LEAVER' }, employability: null });
  });

  test("the partners' records join the single view by consent: Darren's hostel place, and not his treatment", async () => {
    const query = `query($id: ID!) { person(id: $id) { givenName housing { accommodationStatus } treatment { inTreatment keyWorker } } }`;
    const own = await hub.ask('darren', query, { id: demoPeople.darren.id });
    expect(own.errors).toEqual([]);
    expect(own.data.person).toEqual({ givenName: 'Darren', housing: { accommodationStatus: 'HOSTEL' }, treatment: { inTreatment: true, keyWorker: 'Jas Kaur' } });
    const dana = await hub.ask('dana', query, { id: demoPeople.darren.id });
    expect(dana.data.person).toEqual({ givenName: 'Darren', housing: { accommodationStatus: 'HOSTEL' }, treatment: null });
    expect(dana.errors.map((error) => [error.path?.join('.'), error.extensions?.category]).sort()).toEqual([
      ['person.treatment', 'drugs-alcohol'],
    ]);
  });
});
