import { demoPeople } from '../prisma/demo-people';
import { startTestHub, type TestHub } from './support/test-hub';

const { darren, kayleigh, jordan } = demoPeople;
const TREATMENT = `query($id: ID!) {
  person(id: $id) {
    givenName
    treatment {
      inTreatment treatmentStartedOn primarySubstance keyWorker
      prescriptions { medication doseMg supervisedConsumption startedOn endedOn }
      recoveryMilestones { kind achievedOn note }
    }
  }
}`;

describe('the drug and alcohol service: in treatment or not, substitute prescribing, the key worker, recovery milestones', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  test("Jas, Darren's key worker, reads his treatment and his buprenorphine prescription", async () => {
    const { data, errors } = await hub.ask('jas', TREATMENT, { id: darren.id });
    expect(errors).toEqual([]);
    expect(data.person.treatment).toEqual({
      inTreatment: true,
      treatmentStartedOn: '2026-06-01',
      primarySubstance: 'OPIATES',
      keyWorker: 'Jas Kaur',
      prescriptions: [{ medication: 'BUPRENORPHINE', doseMg: 8, supervisedConsumption: true, startedOn: '2026-06-01', endedOn: null }],
      recoveryMilestones: [
        { kind: 'STABLE_ON_PRESCRIPTION', achievedOn: '2026-09-20', note: 'Picking up on time every day.' },
        { kind: 'ASSESSMENT_COMPLETED', achievedOn: '2026-08-05', note: null },
      ],
    });
  });

  test('Darren did not share his treatment with employability: Dana gets his name and CONSENT_REQUIRED for drugs-alcohol', async () => {
    const { data, errors } = await hub.ask('dana', TREATMENT, { id: darren.id });
    expect(data.person).toEqual({ givenName: 'Darren', treatment: null });
    expect(errors.map((error) => error.extensions)).toEqual([expect.objectContaining({ code: 'CONSENT_REQUIRED', category: 'drugs-alcohol', personId: darren.id })]);
  });

  test('Kayleigh shared her recovery with her navigator: Dana reads her milestones', async () => {
    const { data, errors } = await hub.ask('dana', TREATMENT, { id: kayleigh.id });
    expect(errors).toEqual([]);
    expect(data.person.treatment.inTreatment).toBe(false);
    expect(data.person.treatment.recoveryMilestones.map((m: { kind: string }) => m.kind)).toEqual([
      'PEER_MENTOR', 'TREATMENT_COMPLETED', 'MUTUAL_AID_JOINED', 'ABSTINENT_FROM_PRIMARY_SUBSTANCE',
    ]);
  });

  test('the person reads their own treatment record in their single view', async () => {
    const { data, errors } = await hub.ask('kayleigh', '{ me { treatment { keyWorker recoveryMilestones { kind } } } }');
    expect(errors).toEqual([]);
    expect(data.me.treatment.keyWorker).toBe('Jas Kaur');
  });

  test('a new prescription ends the current one the day before; a milestone is recorded; the audit log shows each read', async () => {
    const started = await hub.ask('jas', `mutation($input: SubstitutePrescriptionInput!) { startSubstitutePrescription(input: $input) { medication doseMg endedOn } }`, {
      input: { personId: darren.id, medication: 'BUPRENORPHINE_DEPOT', doseMg: 96, supervisedConsumption: false, startedOn: '2026-11-01' },
    });
    expect(started.errors).toEqual([]);
    const milestone = await hub.ask('jas', `mutation($input: RecoveryMilestoneInput!) { recordRecoveryMilestone(input: $input) { kind achievedOn } }`, {
      input: { personId: darren.id, kind: 'ABSTINENT_FROM_PRIMARY_SUBSTANCE', achievedOn: '2026-11-15', note: 'Three months clear.' },
    });
    expect(milestone.data.recordRecoveryMilestone).toEqual({ kind: 'ABSTINENT_FROM_PRIMARY_SUBSTANCE', achievedOn: '2026-11-15' });
    const { data } = await hub.ask('darren', '{ me { treatment { prescriptions { medication startedOn endedOn } } } }');
    expect(data.me.treatment.prescriptions).toEqual([
      { medication: 'BUPRENORPHINE_DEPOT', startedOn: '2026-11-01', endedOn: null },
      { medication: 'BUPRENORPHINE', startedOn: '2026-06-01', endedOn: '2026-10-31' },
    ]);
    const audit = await hub.ask('helen', `{ auditEvents(filter: { person: "${darren.id}", agency: "employability" }, limit: 100) { events { subgraph category decision reason } } }`);
    expect(audit.data.auditEvents.events).toContainEqual({ subgraph: 'drug-alcohol-service', category: 'drugs-alcohol', decision: 'DENIED', reason: 'NO_CONSENT' });
  });

  test('in treatment needs its start date; an agency that does not work with the person cannot write', async () => {
    const undated = await hub.ask('jas', `mutation($input: TreatmentStatusInput!) { recordTreatmentStatus(input: $input) { inTreatment } }`, {
      input: { personId: kayleigh.id, inTreatment: true, primarySubstance: 'ALCOHOL', keyWorker: 'Jas Kaur' },
    });
    expect(undated.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', invalidFields: [expect.objectContaining({ field: 'treatmentStartedOn' })] });
    const notLinked = await hub.ask('jas', `mutation($input: TreatmentStatusInput!) { recordTreatmentStatus(input: $input) { inTreatment } }`, {
      input: { personId: jordan.id, inTreatment: true, treatmentStartedOn: '2026-10-01', primarySubstance: 'CANNABIS', keyWorker: 'Jas Kaur' },
    });
    expect(notLinked.errors[0].extensions).toMatchObject({ code: 'LINK_REQUIRED', personId: jordan.id });
    expect((await hub.ask('jas', TREATMENT, { id: jordan.id })).data.person.treatment).toBeNull();
  });
});
