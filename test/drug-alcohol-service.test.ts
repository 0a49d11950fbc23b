import { demoPeople } from '../prisma/demo-people';
import { admitGeneratedTeams } from '../schema/agency-registry';
import { startTestHub, type TestHub } from './support/test-hub';

const { darren, kayleigh } = demoPeople;
const adviser = { sub: 'staff-drug-alcohol-service-adviser', role: 'adviser', agency: 'drug-alcohol-service' } as const;
/** Staff of a team that neither works with the demo people nor holds any consent of theirs. */
const outsider = { sub: 'staff-generated-drug-alcohol-service-outsider', role: 'adviser', agency: 'generated-drug-alcohol-service-outsider' } as const;
const RECORD = `query($id: ID!) { person(id: $id) { treatment { openedOn entries { happenedOn summary recordedBy } } } }`;
const RECORD_ENTRY = `mutation($input: TreatmentEntryInput!) { recordTreatmentEntry(input: $input) { personId happenedOn summary recordedBy } }`;

describe('Drug and alcohol recovery service keeps its records of a person in the hub (Person.treatment)', () => {
  let hub: TestHub;
  beforeAll(async () => {
    admitGeneratedTeams([outsider.agency]);
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  test("its staff read their own agency's record through the gateway", async () => {
    const { data, errors } = await hub.ask(adviser, RECORD, { id: darren.id });
    expect(errors).toEqual([]);
    expect(data.person.treatment).toEqual({
      openedOn: '2026-09-01',
      entries: [{ happenedOn: '2026-09-01', summary: 'First meeting; agreed what we will work on together.', recordedBy: adviser.sub }],
    });
  });

  test('the person reads it in their own single view', async () => {
    const { data, errors } = await hub.ask('darren', `{ me { givenName treatment { entries { summary } } } }`);
    expect(errors).toEqual([]);
    expect(data.me).toMatchObject({ givenName: 'Darren', treatment: { entries: [expect.any(Object)] } });
  });

  test('staff of an agency without consent get CONSENT_REQUIRED for drugs-alcohol, and the rest of the answer', async () => {
    const { data, errors } = await hub.ask(outsider, `{ person(id: "${darren.id}") { id treatment { openedOn } } }`);
    expect(data.person).toEqual({ id: darren.id, treatment: null });
    expect(errors.map((error) => error.extensions)).toEqual([expect.objectContaining({ code: 'CONSENT_REQUIRED', category: 'drugs-alcohol', personId: darren.id })]);
  });

  test('a first entry for someone the agency does not work with is refused with LINK_REQUIRED, and nothing is written', async () => {
    const entry = { personId: kayleigh.id, happenedOn: '2026-10-01', summary: 'Initial assessment.' };
    const { data, errors } = await hub.ask(adviser, RECORD_ENTRY, { input: entry });
    expect(data).toBeNull();
    expect(errors[0].extensions).toMatchObject({ code: 'LINK_REQUIRED', personId: kayleigh.id });
    expect((await hub.ask(adviser, RECORD, { id: kayleigh.id })).data.person.treatment).toBeNull();
  });

  test('once the person links the agency, its staff record an entry and read it back', async () => {
    const linked = await hub.ask('kayleigh', `mutation { linkAgency(personId: "${kayleigh.id}", agency: "drug-alcohol-service") { agency } }`);
    expect(linked.errors).toEqual([]);
    const entry = { personId: kayleigh.id, happenedOn: '2026-10-01', summary: 'Initial assessment.' };
    const recorded = await hub.ask(adviser, RECORD_ENTRY, { input: entry });
    expect(recorded.errors).toEqual([]);
    expect(recorded.data.recordTreatmentEntry).toEqual({ ...entry, recordedBy: adviser.sub });
    const { data } = await hub.ask(adviser, RECORD, { id: kayleigh.id });
    expect(data.person.treatment).toEqual({ openedOn: '2026-10-01', entries: [{ happenedOn: '2026-10-01', summary: 'Initial assessment.', recordedBy: adviser.sub }] });
  });

  test('a date that does not exist is refused, naming the field', async () => {
    const { errors } = await hub.ask(adviser, RECORD_ENTRY, { input: { personId: kayleigh.id, happenedOn: '2026-02-30', summary: 'x' } });
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', invalidFields: [expect.objectContaining({ field: 'happenedOn' })] });
  });
});
