import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { DrugAlcoholServiceContext } from './drug-alcohol-service.context';
import { TreatmentEntry } from './drug-alcohol-service-entry.type';
import { TreatmentEntryInput } from './drug-alcohol-service.inputs';

@Resolver()
export class TreatmentMutations {
  @Mutation(() => TreatmentEntry, { description: "Records one entry in the person's record, opening the record with the first." })
  recordTreatmentEntry(@Arg('input') input: TreatmentEntryInput, @Ctx() { db, caller }: DrugAlcoholServiceContext) {
    return db.$transaction(async (tx) => {
      await tx.treatmentRecord.upsert({
        where: { personId: input.personId },
        create: { personId: input.personId, openedOn: input.happenedOn, updatedBy: caller.subject },
        update: { updatedBy: caller.subject },
      });
      return tx.treatmentEntry.create({ data: { ...input, recordedBy: caller.subject } });
    });
  }
}
