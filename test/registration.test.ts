import { demoPeople } from '../prisma/demo-people';
import { startTestHub, type TestHub } from './support/test-hub';

const REGISTER = `mutation Register($input: RegisterPersonInput!) {
  registerPerson(input: $input) { outcome matched matchedOn person { id givenName familyName postcode nationalInsuranceNumber } }
}`;
const REGISTER_ID = `mutation Register($input: RegisterPersonInput!) { registerPerson(input: $input) { outcome matched matchedOn person { id } } }`;
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
    // Registering a known person links the agency: it now sees who he is, and nothing more.
    expect(data.registerPerson.person.givenName).toBe('Darren');
    expect(errors.map((e) => e.extensions?.category)).toEqual(['contact']);
  });

  test('registering someone already known is a way in, so it shows in their own record and in the DPO\'s register of links', async () => {
    const { darren } = demoPeople;
    const own = await hub.ask('darren', '{ me { agencyLinks { agency madeHow linkedBy endedAt } } }');
    expect(own.errors).toEqual([]);
    expect(own.data.me.agencyLinks).toContainEqual({ agency: 'social-services', madeHow: 'REGISTERED_KNOWN_PERSON', linkedBy: 'staff-amara-osei', endedAt: null });
    const dpo = await hub.ask('helen', '{ agencyLinks(filter: { madeHow: REGISTERED_KNOWN_PERSON }) { total links { person agency linkedBy } } }');
    expect(dpo.errors).toEqual([]);
    expect(dpo.data.agencyLinks.links).toContainEqual({ person: darren.id, agency: 'social-services', linkedBy: 'staff-amara-osei' });
    // Nobody else reads which agencies work with him.
    const other = await hub.ask('dana', `query($id: ID!) { person(id: $id) { agencyLinks { agency } } }`, { id: darren.id });
    expect(other.data.person.agencyLinks).toBeNull();
    expect(other.errors[0].extensions?.code).toBe('FORBIDDEN');
  });

  describe('an NI number with another name and birth year is a question, not an answer', () => {
    const { darren } = demoPeople;
    const marcus = { givenName: 'Marcus', familyName: 'Bell', dateOfBirth: '1950-07-30', nationalInsuranceNumber: darren.nationalInsuranceNumber };
    const ASK = `mutation($input: RegisterPersonInput!, $answer: PossibleMatchAnswerInput) {
      registerPerson(input: $input, answer: $answer) {
        outcome person { id } possibleMatches { person { id givenName } agreesOn differsOn confirmable evidence { detail agreement weight } }
      }
    }`;
    const linksOfDarren = () => (hub.database('people') as any).agencyLink.count({ where: { personId: darren.id } });
    const bells = () => (hub.database('people') as any).person.count({ where: { familyName: 'Bell' } });

    test('it is listed as a possible match showing only that the number agrees, and nothing is written', async () => {
      const linksBefore = await linksOfDarren();
      const { data, errors } = await hub.ask('olu', ASK, { input: marcus });
      expect(data.registerPerson).toMatchObject({ outcome: 'POSSIBLE_MATCHES', person: null });
      expect(data.registerPerson.possibleMatches).toEqual([
        {
          person: { id: darren.id, givenName: null }, // the prison service may not see who he is
          agreesOn: ['NATIONAL_INSURANCE_NUMBER'],
          differsOn: ['GIVEN_NAME', 'FAMILY_NAME', 'DATE_OF_BIRTH'],
          confirmable: false,
          evidence: [
            { detail: 'GIVEN_NAME', agreement: 'NOT_THE_SAME', weight: null },
            { detail: 'FAMILY_NAME', agreement: 'NOT_THE_SAME', weight: null },
            { detail: 'DATE_OF_BIRTH', agreement: 'NOT_THE_SAME', weight: null },
            { detail: 'NATIONAL_INSURANCE_NUMBER', agreement: 'SAME', weight: null },
          ],
        },
      ]);
      expect(errors.map((e) => e.extensions?.code)).toEqual(['CONSENT_REQUIRED']);
      expect(JSON.stringify(data)).not.toMatch(/Darren|Whitlock|1991/);
      expect(await linksOfDarren()).toBe(linksBefore);
      expect(await bells()).toBe(0);
    });

    test('the number alone cannot be confirmed, nor given to a new person: each refusal names the field, links no one and creates no one', async () => {
      const linksBefore = await linksOfDarren();
      const confirmed = await hub.ask('olu', ASK, { input: marcus, answer: { samePersonAs: darren.id } });
      expect(confirmed.data).toBeNull();
      expect(confirmed.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'answer.samePersonAs' });
      const created = await hub.ask('olu', ASK, { input: marcus, answer: { newPerson: true } });
      expect(created.data).toBeNull();
      expect(created.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nationalInsuranceNumber' });
      expect(JSON.stringify([confirmed.errors, created.errors])).not.toMatch(/Darren|Whitlock|1991/);
      expect(await linksOfDarren()).toBe(linksBefore);
      expect(await bells()).toBe(0);
      const caseload = (await hub.ask('olu', CASELOAD)).data.caseload.map((p: { id: string }) => p.id);
      expect(caseload).not.toContain(darren.id);
      const name = await hub.ask('olu', `query($id: ID!) { person(id: $id) { givenName } }`, { id: darren.id });
      expect(name.data.person.givenName).toBeNull();
    });

    test('without the number, Marcus Bell is someone new', async () => {
      const { data, errors } = await hub.ask('olu', ASK, { input: { ...marcus, nationalInsuranceNumber: null } });
      expect(errors).toEqual([]);
      expect(data.registerPerson.outcome).toBe('REGISTERED');
      expect(await bells()).toBe(1);
    });
  });

  test('a duplicate with one letter dropped from the family name and no postcode is found, and confirmed rather than created twice', async () => {
    const lee = { givenName: 'Lee', familyName: 'Dupcheckbope', dateOfBirth: '1987-02-11' };
    const first = await hub.ask('priya', REGISTER_ID, { input: lee });
    expect(first.data.registerPerson.outcome).toBe('REGISTERED');
    const id = first.data.registerPerson.person.id;
    const ASK = `mutation($input: RegisterPersonInput!, $answer: PossibleMatchAnswerInput) {
      registerPerson(input: $input, answer: $answer) {
        outcome matchedOn person { id } possibleMatches { person { id familyName } agreesOn differsOn confirmable evidence { detail agreement weight } }
      }
    }`;
    const again = { ...lee, familyName: 'Dupchekbope' };
    const asked = await hub.ask('priya', ASK, { input: again });
    expect(asked.data.registerPerson.outcome).toBe('POSSIBLE_MATCHES');
    expect(asked.data.registerPerson.possibleMatches).toEqual([
      {
        person: { id, familyName: 'Dupcheckbope' }, // careers registered him: it sees who he is
        agreesOn: ['GIVEN_NAME', 'DATE_OF_BIRTH'],
        differsOn: ['FAMILY_NAME'],
        confirmable: true,
        evidence: [
          { detail: 'GIVEN_NAME', agreement: 'SAME', weight: expect.any(Number) },
          { detail: 'FAMILY_NAME', agreement: 'CLOSE_SPELLING', weight: expect.any(Number) },
          { detail: 'DATE_OF_BIRTH', agreement: 'SAME', weight: expect.any(Number) },
        ],
      },
    ]);
    expect(asked.data.registerPerson.possibleMatches[0].evidence.every((item: { weight: number }) => item.weight > 0)).toBe(true);
    const confirmed = await hub.ask('priya', ASK, { input: again, answer: { samePersonAs: id } });
    expect(confirmed.data.registerPerson).toMatchObject({ outcome: 'ALREADY_KNOWN', matchedOn: 'CONFIRMED_BY_THE_PERSON', person: { id } });
    expect(await (hub.database('people') as any).person.count({ where: { familyName: { startsWith: 'Dupch' } } })).toBe(1);
  });

  test('a possible match shows the evidence for and against it to an agency that may see who they are, and only what agrees to one that may not', async () => {
    const { kayleigh } = demoPeople;
    // Day and month swapped, and another NI number: for (names, the date) and against (the number).
    const input = { givenName: 'Kayleigh', familyName: 'Marsh', dateOfBirth: '1996-02-11', nationalInsuranceNumber: 'PR 73 61 51 C' };
    const ASK = `mutation($input: RegisterPersonInput!) {
      registerPerson(input: $input) { outcome possibleMatches { person { id } agreesOn differsOn evidence { detail agreement weight } } }
    }`;
    const linked = await hub.ask('amara', ASK, { input: { ...input, nationalInsuranceNumber: 'SB 11 22 33 A' } });
    expect(linked.data.registerPerson.outcome).toBe('POSSIBLE_MATCHES');
    const seen = linked.data.registerPerson.possibleMatches.find((match: { person: { id: string } }) => match.person.id === kayleigh.id);
    expect(seen.evidence).toEqual([
      { detail: 'GIVEN_NAME', agreement: 'SAME', weight: expect.any(Number) },
      { detail: 'FAMILY_NAME', agreement: 'SAME', weight: expect.any(Number) },
      { detail: 'DATE_OF_BIRTH', agreement: 'DAY_AND_MONTH_SWAPPED', weight: expect.any(Number) },
      { detail: 'NATIONAL_INSURANCE_NUMBER', agreement: 'DIFFERENT', weight: expect.any(Number) },
    ]);
    const weights = seen.evidence.map((item: { weight: number }) => Math.sign(item.weight));
    expect(weights).toEqual([1, 1, 1, -1]);

    // A mistyped digit of her own number, to the prison service that may not see her: no detail of how close.
    const unlinked = await hub.ask('olu', ASK, { input });
    const unseen = unlinked.data.registerPerson.possibleMatches.find((match: { person: { id: string } }) => match.person.id === kayleigh.id);
    expect(unseen).toEqual({
      person: { id: kayleigh.id },
      agreesOn: ['GIVEN_NAME', 'FAMILY_NAME'],
      differsOn: ['DATE_OF_BIRTH', 'NATIONAL_INSURANCE_NUMBER'],
      evidence: [
        { detail: 'GIVEN_NAME', agreement: 'SAME', weight: null },
        { detail: 'FAMILY_NAME', agreement: 'SAME', weight: null },
        { detail: 'DATE_OF_BIRTH', agreement: 'NOT_THE_SAME', weight: null },
        { detail: 'NATIONAL_INSURANCE_NUMBER', agreement: 'NOT_THE_SAME', weight: null },
      ],
    });
  });

  describe('identifiers are checked as HMRC defines them, and each refusal names the field and creates nobody', () => {
    const base = { givenName: 'Aled', familyName: 'Pryce', dateOfBirth: '1990-05-06' };
    const pryces = () => (hub.database('people') as any).person.count({ where: { familyName: 'Pryce' } });
    const refusedFields = async (input: Record<string, unknown>) => {
      const { data, errors } = await hub.ask('priya', REGISTER_ID, { input: { ...base, ...input } });
      expect(data).toBeNull();
      expect(errors[0].extensions?.code).toBe('BAD_USER_INPUT');
      return { fields: errors[0].extensions?.invalidFields.map((f: { field: string }) => f.field), message: errors[0].message as string };
    };

    test.each([
      ['GB990477A', 'a prefix HMRC never allocates'],
      ['AO516647C', 'O as the second letter'],
      ['DA123456A', 'D as a prefix letter'],
      ['AB123456E', 'a suffix after D'],
      ['AB12345C', 'five digits'],
    ])('the NI number %s (%s) is refused', async (nationalInsuranceNumber) => {
      const { fields, message } = await refusedFields({ nationalInsuranceNumber });
      expect(fields).toEqual(['nationalInsuranceNumber']);
      expect(message).toMatch(/nationalInsuranceNumber must be an NI number as HMRC issues them/);
      expect(await pryces()).toBe(0);
    });

    test('a temporary reference number is refused as an NI number, saying what it is', async () => {
      const { fields, message } = await refusedFields({ nationalInsuranceNumber: '11 A1 11 11' });
      expect(fields).toEqual(['nationalInsuranceNumber']);
      expect(message).toMatch(/temporary reference number/);
      expect(await pryces()).toBe(0);
    });

    test('blank names are refused', async () => {
      expect((await refusedFields({ givenName: '   ' })).fields).toEqual(['givenName']);
      expect((await refusedFields({ givenName: '' })).fields).toEqual(['givenName']);
      expect((await refusedFields({ familyName: ' ' })).fields).toEqual(['familyName']);
      expect(await pryces()).toBe(0);
    });

    test('a date of birth in the future, today, or more than 120 years ago is refused', async () => {
      const today = new Date().toISOString().slice(0, 10);
      const nextYear = `${new Date().getUTCFullYear() + 1}-01-01`;
      const tooOld = `${new Date().getUTCFullYear() - 121}-01-01`;
      for (const dateOfBirth of [nextYear, today, tooOld]) {
        const { fields, message } = await refusedFields({ dateOfBirth });
        expect(fields).toEqual(['dateOfBirth']);
        expect(message).toMatch(/dateOfBirth must be in the past and no more than 120 years ago/);
      }
      expect(await pryces()).toBe(0);
    });

    test('a valid NI number, typed with spaces and in lower case, is accepted', async () => {
      const { data, errors } = await hub.ask('priya', `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { outcome person { nationalInsuranceNumber } } }`, {
        input: { ...base, nationalInsuranceNumber: 'ce 10 20 30 d' },
      });
      expect(errors).toEqual([]);
      expect(data.registerPerson).toMatchObject({ outcome: 'REGISTERED', person: { nationalInsuranceNumber: 'CE102030D' } });
    });
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
    expect(first.data.registerPerson).toMatchObject({ outcome: 'REGISTERED', matched: false, matchedOn: null });
    const second = await hub.ask('amara', REGISTER_ID, { input: { ...input, nationalInsuranceNumber: null } });
    expect(second.data.registerPerson).toMatchObject({ outcome: 'ALREADY_KNOWN', matched: true, person: { id: first.data.registerPerson.person.id } });
  });

  test('invalid input names the field and creates nobody', async () => {
    const input = { givenName: 'Lee', familyName: 'Carter', dateOfBirth: '1990-02-30', postcode: 'NE1 4ST', email: 'not-an-email' };
    const { errors } = await hub.ask('priya', REGISTER, { input });
    expect(errors).toHaveLength(1);
    expect(errors[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors[0].message).toMatch(/dateOfBirth/);
    expect(errors[0].message).toMatch(/email/);
    expect(errors[0].extensions?.invalidFields.map((f: { field: string }) => f.field).sort()).toEqual(['dateOfBirth', 'email']);

    const search = await hub.ask('priya', '{ searchPeople(familyName: "Carter") { id } }');
    expect(search.data.searchPeople).toEqual([]);
  });

  test('registering someone already known returns what the registering agency may see of them, not a blank record', async () => {
    const { darren } = demoPeople;
    const { data, errors } = await hub.ask(
      'dana',
      `mutation($input: RegisterPersonInput!) {
        registerPerson(input: $input) { outcome matchedOn person { id givenName story { ownAccount } employability { keyworker } } }
      }`,
      { input: { givenName: 'Darren', familyName: 'Whitlock', dateOfBirth: darren.dateOfBirth, nationalInsuranceNumber: darren.nationalInsuranceNumber } },
    );
    expect(errors).toEqual([]);
    expect(data.registerPerson).toMatchObject({ outcome: 'ALREADY_KNOWN', matchedOn: 'NATIONAL_INSURANCE_NUMBER', person: { id: darren.id, givenName: 'Darren' } });
    expect(data.registerPerson.person.story.ownAccount).toMatch(/came out of prison/);
  });

  describe('possible matches are asked about, not guessed', () => {
    const { kayleigh } = demoPeople;
    const kay = { givenName: 'Kay', familyName: 'Marsh', dateOfBirth: kayleigh.dateOfBirth, postcode: kayleigh.postcode };
    const REGISTER_OR_ASK = `mutation($input: RegisterPersonInput!, $answer: PossibleMatchAnswerInput) {
      registerPerson(input: $input, answer: $answer) {
        outcome matchedOn person { id }
        possibleMatches { person { id givenName } agreesOn differsOn firstRegistered }
      }
    }`;
    const marshes = () => (hub.database('people') as any).person.count({ where: { familyName: 'Marsh' } });

    test('a different given name with the same family name, date of birth and postcode is listed, and nothing is written', async () => {
      const { data, errors } = await hub.ask('olu', REGISTER_OR_ASK, { input: kay });
      expect(data.registerPerson).toMatchObject({ outcome: 'POSSIBLE_MATCHES', person: null });
      expect(data.registerPerson.possibleMatches).toEqual([
        {
          person: { id: kayleigh.id, givenName: null }, // the prison service has no consent to see who she is
          agreesOn: ['FAMILY_NAME', 'DATE_OF_BIRTH', 'POSTCODE'],
          differsOn: ['GIVEN_NAME'],
          firstRegistered: expect.stringMatching(/^\d{4}-\d{2}$/),
        },
      ]);
      expect(errors.map((e) => e.extensions?.code)).toEqual(['CONSENT_REQUIRED']);
      expect(await marshes()).toBe(1);
      const caseload = (await hub.ask('olu', CASELOAD)).data.caseload.map((p: { id: string }) => p.id);
      expect(caseload).not.toContain(kayleigh.id);
    });

    test('the person confirms one of them: they are linked, not created twice', async () => {
      const { data, errors } = await hub.ask('olu', REGISTER_OR_ASK, { input: kay, answer: { samePersonAs: kayleigh.id } });
      expect(errors.filter((e) => e.extensions?.code !== 'CONSENT_REQUIRED')).toEqual([]);
      expect(data.registerPerson).toMatchObject({ outcome: 'ALREADY_KNOWN', matchedOn: 'CONFIRMED_BY_THE_PERSON', person: { id: kayleigh.id }, possibleMatches: [] });
      expect(await marshes()).toBe(1);
      const caseload = (await hub.ask('olu', CASELOAD)).data.caseload.map((p: { id: string }) => p.id);
      expect(caseload).toContain(kayleigh.id);
    });

    test('confirming someone who was not offered is refused, naming the field', async () => {
      const { data, errors } = await hub.ask('olu', REGISTER_OR_ASK, { input: kay, answer: { samePersonAs: demoPeople.darren.id } });
      expect(data).toBeNull();
      expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'answer.samePersonAs' });
      const both = await hub.ask('olu', REGISTER_OR_ASK, { input: kay, answer: { samePersonAs: kayleigh.id, newPerson: true } });
      expect(both.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'answer' });
    });

    test('the same name and date of birth at another postcode is a possible match; "none of these" creates a new person', async () => {
      const elsewhere = { givenName: 'Kayleigh', familyName: 'Marsh', dateOfBirth: kayleigh.dateOfBirth, postcode: 'NE1 1AA' };
      const asked = await hub.ask('priya', REGISTER_OR_ASK, { input: elsewhere });
      expect(asked.data.registerPerson.outcome).toBe('POSSIBLE_MATCHES');
      expect(asked.data.registerPerson.possibleMatches[0]).toMatchObject({ agreesOn: ['GIVEN_NAME', 'FAMILY_NAME', 'DATE_OF_BIRTH'], differsOn: ['POSTCODE'] });

      const created = await hub.ask('priya', REGISTER_OR_ASK, { input: elsewhere, answer: { newPerson: true } });
      expect(created.data.registerPerson).toMatchObject({ outcome: 'REGISTERED', matchedOn: null });
      expect(created.data.registerPerson.person.id).not.toBe(kayleigh.id);
      expect(await marshes()).toBe(2);
    });
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
