import { demoPeople } from '../prisma/demo-people';
import { startTestHub, type TestHub } from './support/test-hub';

const REGISTER = `mutation Register($input: RegisterPersonInput!) {
  registerPerson(input: $input) { matched matchedOn person { id givenName familyName postcode nationalInsuranceNumber } }
}`;
const REGISTER_ID = `mutation Register($input: RegisterPersonInput!) { registerPerson(input: $input) { matched matchedOn person { id } } }`;
const CASELOAD = '{ caseload(limit: 1000) { id } }';

describe('registration matches before it creates', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  test('the same national insurance number, however typed, returns the person already known', async () => {
    const { darren } = demoPeople;
    const { data, errors } = await hub.ask('amara', REGISTER, {
      input: { givenName: 'Daz', familyName: 'Whitlock', dateOfBirth: darren.dateOfBirth, nationalInsuranceNumber: 'jt 48 29 13 b' },
    });
    expect(data.registerPerson).toMatchObject({ matched: true, matchedOn: 'NATIONAL_INSURANCE_NUMBER', person: { id: darren.id } });
    // Social services has no consent from Darren: the match is told, his details are not.
    expect(data.registerPerson.person.givenName).toBeNull();
    expect(errors.map((e) => e.extensions?.code)).toEqual(expect.arrayContaining(['CONSENT_REQUIRED']));
  });

  test('the same name, date of birth and postcode (case and spacing aside) matches, and joins the caseload', async () => {
    const { jordan } = demoPeople;
    const before = (await hub.ask('dana', CASELOAD)).data.caseload.map((p: { id: string }) => p.id);
    expect(before).not.toContain(jordan.id);

    const { data } = await hub.ask('dana', REGISTER_ID, {
      input: { givenName: ' jordan ', familyName: 'REID', dateOfBirth: jordan.dateOfBirth, postcode: 'ne158rt' },
    });
    expect(data.registerPerson).toMatchObject({ matched: true, matchedOn: 'NAME_DATE_OF_BIRTH_POSTCODE', person: { id: jordan.id } });

    const after = (await hub.ask('dana', CASELOAD)).data.caseload.map((p: { id: string }) => p.id);
    expect(after).toContain(jordan.id);
  });

  test('someone new is created once: registering them again matches', async () => {
    const input = { givenName: 'Aisha', familyName: 'Rahman', dateOfBirth: '1999-04-12', postcode: 'NE1 4ST', nationalInsuranceNumber: 'AB123456C' };
    const first = await hub.ask('priya', REGISTER_ID, { input });
    expect(first.errors).toEqual([]);
    expect(first.data.registerPerson).toMatchObject({ matched: false, matchedOn: null });
    const second = await hub.ask('amara', REGISTER_ID, { input: { ...input, nationalInsuranceNumber: null } });
    expect(second.data.registerPerson).toMatchObject({ matched: true, person: { id: first.data.registerPerson.person.id } });
  });

  test('invalid input names the field and creates nobody', async () => {
    const input = { givenName: 'Lee', familyName: 'Carter', dateOfBirth: '31/02/1990', postcode: 'NE1 4ST', email: 'not-an-email' };
    const { errors } = await hub.ask('priya', REGISTER, { input });
    expect(errors).toHaveLength(1);
    expect(errors[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors[0].message).toMatch(/dateOfBirth/);
    expect(errors[0].message).toMatch(/email/);
    expect(errors[0].extensions?.invalidFields.map((f: { field: string }) => f.field).sort()).toEqual(['dateOfBirth', 'email']);

    const search = await hub.ask('priya', '{ searchPeople(familyName: "Carter") { id } }');
    expect(search.data.searchPeople).toEqual([]);
  });

  test('a client cannot register people, and cannot read someone else', async () => {
    const { errors } = await hub.ask('darren', REGISTER_ID, {
      input: { givenName: 'X', familyName: 'Y', dateOfBirth: '2000-01-01' },
    });
    expect(errors[0].extensions?.code).toBe('FORBIDDEN');
    const other = await hub.ask('darren', `{ person(id: "${demoPeople.kayleigh.id}") { givenName } }`);
    expect(other.data.person).toBeNull();
    expect(other.errors[0].extensions?.code).toBe('FORBIDDEN');
    const own = await hub.ask('darren', `{ person(id: "${demoPeople.darren.id}") { givenName } }`);
    expect(own.data.person).toEqual({ givenName: 'Darren' });
  });
});
