import type { EmployabilityDb } from './database';

export type EmployabilityTransaction = Parameters<Parameters<EmployabilityDb['$transaction']>[0]>[0];

/** The first record added for a person opens their employability record, with no lead keyworker yet. */
export const openRecord = (tx: EmployabilityTransaction, personId: string, staff: string) =>
  tx.employabilityRecord.upsert({
    where: { personId },
    create: { personId, updatedBy: staff },
    update: {},
  });
