import { demoPeople } from '../demo-people';
import type { DrugAlcoholServiceDb } from '../../subgraphs/drug-alcohol-service/database';

const { darren } = demoPeople;
/** The subject `npm run token -- --role adviser --agency drug-alcohol-service` signs for. */
const adviser = 'staff-drug-alcohol-service-adviser';

export async function seed(db: DrugAlcoholServiceDb): Promise<void> {
  await db.$transaction([
    db.treatmentRecord.create({ data: { personId: darren.id, openedOn: '2026-09-01', updatedBy: adviser } }),
    db.treatmentEntry.create({ data: { personId: darren.id, happenedOn: '2026-09-01', summary: 'First meeting; agreed what we will work on together.', recordedBy: adviser } }),
  ]);
}
