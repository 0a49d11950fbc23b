import { demoPeople, demoStaff } from '../demo-people';
import type { DrugAlcoholServiceDb } from '../../subgraphs/drug-alcohol-service/database';

const { darren, kayleigh } = demoPeople;
const keyWorker = demoStaff.jas;

/**
 * Darren started a buprenorphine prescription in custody and carried it on when he left; Kayleigh
 * finished treatment last year and now mentors others in recovery.
 */
export async function seed(db: DrugAlcoholServiceDb): Promise<void> {
  await db.$transaction([
    db.treatmentRecord.createMany({
      data: [
        { personId: darren.id, inTreatment: true, treatmentStartedOn: '2026-06-01', primarySubstance: 'OPIATES', keyWorker: keyWorker.name, openedOn: '2026-07-28', updatedBy: keyWorker.subject },
        { personId: kayleigh.id, inTreatment: false, treatmentStartedOn: '2024-10-07', primarySubstance: 'CRACK_COCAINE', keyWorker: keyWorker.name, openedOn: '2024-10-07', updatedBy: keyWorker.subject },
      ],
    }),
    db.substitutePrescription.create({
      data: { personId: darren.id, medication: 'BUPRENORPHINE', doseMg: 8, supervisedConsumption: true, startedOn: '2026-06-01', recordedBy: keyWorker.subject },
    }),
    db.recoveryMilestone.createMany({
      data: [
        { personId: darren.id, kind: 'ASSESSMENT_COMPLETED', achievedOn: '2026-08-05', note: null, recordedBy: keyWorker.subject },
        { personId: darren.id, kind: 'STABLE_ON_PRESCRIPTION', achievedOn: '2026-09-20', note: 'Picking up on time every day.', recordedBy: keyWorker.subject },
        { personId: kayleigh.id, kind: 'ABSTINENT_FROM_PRIMARY_SUBSTANCE', achievedOn: '2025-04-14', note: null, recordedBy: keyWorker.subject },
        { personId: kayleigh.id, kind: 'MUTUAL_AID_JOINED', achievedOn: '2025-06-02', note: 'Cocaine Anonymous, Tuesdays.', recordedBy: keyWorker.subject },
        { personId: kayleigh.id, kind: 'TREATMENT_COMPLETED', achievedOn: '2025-12-11', note: null, recordedBy: keyWorker.subject },
        { personId: kayleigh.id, kind: 'PEER_MENTOR', achievedOn: '2026-05-19', note: 'Mentoring two people new to the service.', recordedBy: keyWorker.subject },
      ],
    }),
  ]);
}
