import { demoPeople } from '../prisma/demo-people';
import { startTestHub, type TestHub } from './support/test-hub';

const { darren, maggie, jordan } = demoPeople;

describe('each agency writes its own records through the gateway', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  const careersOf = async (personId: string) =>
    (await hub.ask('priya', `{ person(id: "${personId}") { careers { status qualifications { title } } } }`)).data.person.careers;

  const ADD_QUALIFICATION = `mutation($input: QualificationInput!) { addQualification(input: $input) { id personId title level } }`;
  const counsellingSkills = { personId: maggie.id, title: 'Level 2 Certificate in Counselling Skills', level: 'LEVEL_2', accredited: true, achievedOn: '2026-07-01' };

  test('a first record for a person the agency has no link to is refused, writes nothing, and is logged', async () => {
    const { data, errors } = await hub.ask('priya', ADD_QUALIFICATION, { input: counsellingSkills });
    expect(data).toBeNull();
    expect(errors[0].extensions).toMatchObject({ code: 'LINK_REQUIRED', personId: maggie.id, reason: 'NO_LINK' });
    expect(await careersOf(maggie.id)).toBeNull();
    const audit = await hub.ask('helen', `{ auditEvents(filter: { person: "${maggie.id}", agency: "careers" }, limit: 50) { events { fieldPath decision reason } } }`);
    expect(audit.data.auditEvents.events).toContainEqual({ fieldPath: 'Mutation.addQualification', decision: 'DENIED', reason: 'NO_LINK' });
  });

  test("a careers adviser's first qualification for someone new to careers opens their record in the same step", async () => {
    expect(await careersOf(maggie.id)).toBeNull();
    // Careers starts working with Maggie: registering her finds her, and links careers.
    const registered = await hub.ask('priya', `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { outcome } }`, {
      input: { givenName: maggie.givenName, familyName: maggie.familyName, dateOfBirth: maggie.dateOfBirth, postcode: maggie.postcode },
    });
    expect(registered.data.registerPerson.outcome).toBe('ALREADY_KNOWN');
    const { data, errors } = await hub.ask('priya', ADD_QUALIFICATION, { input: counsellingSkills });
    expect(errors).toEqual([]);
    expect(data.addQualification).toMatchObject({ personId: maggie.id, level: 'LEVEL_2' });
    expect(await careersOf(maggie.id)).toEqual({ status: 'UNKNOWN', qualifications: [{ title: 'Level 2 Certificate in Counselling Skills' }] });
  });

  test('invalid input names the field and writes nothing', async () => {
    const { errors } = await hub.ask(
      'priya',
      `mutation($input: QualificationInput!) { addQualification(input: $input) { id } }`,
      { input: { personId: jordan.id, title: '', level: 'LEVEL_1', accredited: true, achievedOn: '2026-13-40' } },
    );
    expect(errors[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors[0].extensions?.invalidFields.map((f: { field: string }) => f.field).sort()).toEqual(['achievedOn', 'title']);
    expect((await careersOf(jordan.id)).qualifications).toEqual([{ title: 'GCSE English Language (grade 4)' }]);
  });

  test("staff of another agency cannot write an agency's records", async () => {
    const { data, errors } = await hub.ask(
      'dana',
      `mutation($input: CareersStatusInput!) { recordCareersStatus(input: $input) { status } }`,
      { input: { personId: darren.id, status: 'IN_EMPLOYMENT' } },
    );
    expect(data).toBeNull();
    expect(errors[0].extensions?.code).toBe('FORBIDDEN');
    expect((await careersOf(darren.id)).status).toBe('NEET');
  });

  test('an employment adviser records a job start and it is in the single view', async () => {
    const { errors } = await hub.ask(
      'dana',
      `mutation($input: EmployabilityOutcomeInput!) { recordOutcome(input: $input) { kind achievedOn } }`,
      { input: { personId: darren.id, kind: 'IN_WORK_13_WEEKS', achievedOn: '2026-11-20', employer: 'Castle Groundworks', hoursPerWeek: 37.5 } },
    );
    expect(errors).toEqual([]);
    const { data } = await hub.ask('dana', `{ person(id: "${darren.id}") { employability { outcomes { kind employer } } } }`);
    expect(data.person.employability.outcomes).toContainEqual({ kind: 'IN_WORK_13_WEEKS', employer: 'Castle Groundworks' });
  });

  test('a welfare-rights adviser records a debt; an unknown debt cannot be updated', async () => {
    const recorded = await hub.ask(
      'gareth',
      `mutation($input: DebtInput!) { recordDebt(input: $input) { id status amountPence } }`,
      { input: { personId: jordan.id, creditor: 'Northern Water', debtType: 'WATER', amountPence: 18250, priority: 'PRIORITY', recordedOn: '2026-11-02' } },
    );
    expect(recorded.data.recordDebt).toMatchObject({ status: 'OPEN', amountPence: 18250 });
    const unknown = await hub.ask(
      'gareth',
      `mutation($input: DebtStatusInput!) { updateDebtStatus(input: $input) { id } }`,
      { input: { debtId: '00000000-0000-4000-8000-00000000dead', status: 'CLEARED' } },
    );
    expect(unknown.errors[0].extensions?.code).toBe('NOT_FOUND');
  });

  test('a social worker adds a safeguarding note', async () => {
    const { errors } = await hub.ask(
      'amara',
      `mutation($input: SafeguardingNoteInput!) { addSafeguardingNote(input: $input) { riskLevel } }`,
      { input: { personId: jordan.id, recordedOn: '2026-11-24', concern: 'Missed two pathway-plan visits.', riskLevel: 'LOW' } },
    );
    expect(errors).toEqual([]);
    const { data } = await hub.ask('amara', `{ person(id: "${jordan.id}") { socialCare { safeguardingNotes { concern } } } }`);
    expect(data.person.socialCare.safeguardingNotes[0]).toEqual({ concern: 'Missed two pathway-plan visits.' });
  });
});
