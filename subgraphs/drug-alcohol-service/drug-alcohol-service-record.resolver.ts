import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Guarded } from '../kit/consent-decorators';
import type { DrugAlcoholServiceContext } from './drug-alcohol-service.context';
import { TreatmentEntry } from './drug-alcohol-service-entry.type';
import { TreatmentRecord } from './drug-alcohol-service-record.type';

@Resolver(() => TreatmentRecord)
export class TreatmentRecordResolver {
  @Guarded('drugs-alcohol')
  @FieldResolver(() => [TreatmentEntry], { description: 'Newest first.' })
  entries(@Root() record: TreatmentRecord, @Ctx() { loaders }: DrugAlcoholServiceContext) {
    return loaders.entriesByPerson.load(record.personId);
  }
}
