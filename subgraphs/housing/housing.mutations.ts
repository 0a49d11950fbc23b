import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { HousingContext } from './housing.context';
import { HousingEntry } from './housing-entry.type';
import { HousingEntryInput } from './housing.inputs';

@Resolver()
export class HousingMutations {
  @Mutation(() => HousingEntry, { description: "Records one entry in the person's record, opening the record with the first." })
  recordHousingEntry(@Arg('input') input: HousingEntryInput, @Ctx() { db, caller }: HousingContext) {
    return db.$transaction(async (tx) => {
      await tx.housingRecord.upsert({
        where: { personId: input.personId },
        create: { personId: input.personId, openedOn: input.happenedOn, updatedBy: caller.subject },
        update: { updatedBy: caller.subject },
      });
      return tx.housingEntry.create({ data: { ...input, recordedBy: caller.subject } });
    });
  }
}
