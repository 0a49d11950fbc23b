import { demoPeople } from '../prisma/demo-people';
import { admitGeneratedTeams } from '../schema/agency-registry';
import { startTestHub, type TestHub } from './support/test-hub';

const { darren, kayleigh, jordan } = demoPeople;
/** Staff of a team that neither works with the demo people nor holds any consent of theirs. */
const outsider = { sub: 'staff-generated-housing-outsider', role: 'adviser', agency: 'generated-housing-outsider' } as const;
const HOUSING = `query($id: ID!) {
  person(id: $id) {
    housing {
      accommodationStatus statusSince
      tenancies { kind landlord startedOn endedOn support supportWorker }
      homelessnessApplications { appliedOn duty decision decidedOn }
    }
  }
}`;

describe('housing options and support: where the person sleeps, their tenancies and homelessness applications', () => {
  let hub: TestHub;
  beforeAll(async () => {
    admitGeneratedTeams([outsider.agency]);
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  test("Nadia (housing) reads Darren's hostel place and his open homelessness application", async () => {
    const { data, errors } = await hub.ask('nadia', HOUSING, { id: darren.id });
    expect(errors).toEqual([]);
    expect(data.person.housing).toEqual({
      accommodationStatus: 'HOSTEL',
      statusSince: '2026-08-04',
      tenancies: [{ kind: 'HOSTEL_LICENCE', landlord: 'Elswick Road Hostel', startedOn: '2026-08-04', endedOn: null, support: 'SUPPORTED_HOUSING', supportWorker: 'Hostel key worker' }],
      homelessnessApplications: [{ appliedOn: '2026-07-14', duty: 'RELIEF', decision: 'PENDING', decidedOn: null }],
    });
  });

  test('Kayleigh, settled, reads her own tenancy and its floating support in her single view', async () => {
    const { data, errors } = await hub.ask('kayleigh', '{ me { housing { accommodationStatus tenancies { kind support } } } }');
    expect(errors).toEqual([]);
    expect(data.me.housing).toEqual({
      accommodationStatus: 'SETTLED',
      tenancies: [{ kind: 'SOCIAL_RENT', support: 'FLOATING_SUPPORT' }, { kind: 'TEMPORARY_ACCOMMODATION', support: 'NONE' }],
    });
  });

  test("Dana (employability) sees Darren's housing because he agreed to it; Gareth (welfare rights), without that consent, does not", async () => {
    const dana = await hub.ask('dana', HOUSING, { id: darren.id });
    expect(dana.errors).toEqual([]);
    expect(dana.data.person.housing.accommodationStatus).toBe('HOSTEL');
    const gareth = await hub.ask('gareth', HOUSING, { id: darren.id });
    expect(gareth.data.person.housing).toBeNull();
    expect(gareth.errors.map((error) => error.extensions)).toEqual([expect.objectContaining({ code: 'CONSENT_REQUIRED', category: 'housing', personId: darren.id })]);
  });

  test('a team with no link and no consent learns nothing, not even whether there is a record', async () => {
    const known = await hub.ask(outsider, HOUSING, { id: darren.id });
    const unknown = await hub.ask(outsider, HOUSING, { id: jordan.id });
    expect([known.data.person.housing, unknown.data.person.housing]).toEqual([null, null]);
    expect(known.errors.map((e) => e.extensions?.code)).toEqual(['CONSENT_REQUIRED']);
    expect(unknown.errors.map((e) => e.extensions?.code)).toEqual(['CONSENT_REQUIRED']);
  });

  test('a housing officer records a move from the hostel to a tenancy with floating support', async () => {
    const tenancy = await hub.ask('nadia', `mutation($input: TenancyInput!) { recordTenancy(input: $input) { kind landlord support supportWorker } }`, {
      input: { personId: darren.id, kind: 'SOCIAL_RENT', landlord: 'Byker Community Trust', startedOn: '2026-11-02', support: 'FLOATING_SUPPORT', supportWorker: 'Tenancy sustainment team' },
    });
    expect(tenancy.errors).toEqual([]);
    const status = await hub.ask('nadia', `mutation($input: AccommodationStatusInput!) { recordAccommodationStatus(input: $input) { accommodationStatus statusSince } }`, {
      input: { personId: darren.id, accommodationStatus: 'SETTLED', statusSince: '2026-11-02' },
    });
    expect(status.data.recordAccommodationStatus).toEqual({ accommodationStatus: 'SETTLED', statusSince: '2026-11-02' });
    const { data } = await hub.ask('darren', '{ me { housing { accommodationStatus tenancies { landlord support } } } }');
    expect(data.me.housing.accommodationStatus).toBe('SETTLED');
    expect(data.me.housing.tenancies[0]).toEqual({ landlord: 'Byker Community Trust', support: 'FLOATING_SUPPORT' });
  });

  test('a decision without its date is refused naming decidedOn; an agency that does not work with the person cannot write', async () => {
    const undated = await hub.ask('nadia', `mutation($input: HomelessnessApplicationInput!) { recordHomelessnessApplication(input: $input) { id } }`, {
      input: { personId: kayleigh.id, appliedOn: '2026-10-01', duty: 'PREVENTION', decision: 'CLOSED_PREVENTED' },
    });
    expect(undated.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', invalidFields: [expect.objectContaining({ field: 'decidedOn' })] });
    const notLinked = await hub.ask('nadia', `mutation($input: AccommodationStatusInput!) { recordAccommodationStatus(input: $input) { statusSince } }`, {
      input: { personId: jordan.id, accommodationStatus: 'AT_RISK', statusSince: '2026-10-01' },
    });
    expect(notLinked.errors[0].extensions).toMatchObject({ code: 'LINK_REQUIRED', personId: jordan.id });
    expect((await hub.ask('nadia', HOUSING, { id: jordan.id })).data.person.housing).toBeNull();
  });
});
