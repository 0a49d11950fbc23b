import { demoPeople, demoStaff } from '../demo-people';
import type { HousingDb } from '../../subgraphs/housing/database';

const { darren, kayleigh } = demoPeople;
const officer = demoStaff.nadia.subject;

/**
 * Darren left prison to a hostel bed; the council owes him the relief duty while it finds him a
 * tenancy. Kayleigh holds her own tenancy now, with a floating-support worker visiting.
 */
export async function seed(db: HousingDb): Promise<void> {
  await db.$transaction([
    db.housingRecord.create({
      data: { personId: darren.id, accommodationStatus: 'HOSTEL', statusSince: '2026-08-04', openedOn: '2026-07-14', updatedBy: officer },
    }),
    db.homelessnessApplication.create({
      data: { personId: darren.id, appliedOn: '2026-07-14', duty: 'RELIEF', decision: 'PENDING', officer },
    }),
    db.tenancy.create({
      data: {
        personId: darren.id, kind: 'HOSTEL_LICENCE', landlord: 'Elswick Road Hostel', startedOn: '2026-08-04',
        support: 'SUPPORTED_HOUSING', supportWorker: 'Hostel key worker', recordedBy: officer,
      },
    }),
    db.housingRecord.create({
      data: { personId: kayleigh.id, accommodationStatus: 'SETTLED', statusSince: '2025-11-17', openedOn: '2025-03-02', updatedBy: officer },
    }),
    db.tenancy.createMany({
      data: [
        { personId: kayleigh.id, kind: 'TEMPORARY_ACCOMMODATION', landlord: 'The council', startedOn: '2025-03-02', endedOn: '2025-11-16', support: 'NONE', recordedBy: officer },
        {
          personId: kayleigh.id, kind: 'SOCIAL_RENT', landlord: 'Tyne Valley Housing Association', startedOn: '2025-11-17',
          support: 'FLOATING_SUPPORT', supportWorker: 'Floating support, Tyne Valley HA', recordedBy: officer,
        },
      ],
    }),
    db.homelessnessApplication.create({
      data: { personId: kayleigh.id, appliedOn: '2025-03-02', duty: 'MAIN_DUTY', decision: 'ACCEPTED', decidedOn: '2025-04-10', officer },
    }),
  ]);
}
