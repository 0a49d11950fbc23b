import { demoPeople } from '../demo-people';
import type { HousingDb } from '../../subgraphs/housing/database';

const { darren } = demoPeople;
/** The subject `npm run token -- --role adviser --agency housing` signs for. */
const adviser = 'staff-housing-adviser';

export async function seed(db: HousingDb): Promise<void> {
  await db.$transaction([
    db.housingRecord.create({ data: { personId: darren.id, openedOn: '2026-09-01', updatedBy: adviser } }),
    db.housingEntry.create({ data: { personId: darren.id, happenedOn: '2026-09-01', summary: 'First meeting; agreed what we will work on together.', recordedBy: adviser } }),
  ]);
}
