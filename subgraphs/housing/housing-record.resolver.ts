import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Guarded } from '../kit/consent-decorators';
import type { HousingContext } from './housing.context';
import { HousingEntry } from './housing-entry.type';
import { HousingRecord } from './housing-record.type';

@Resolver(() => HousingRecord)
export class HousingRecordResolver {
  @Guarded('housing')
  @FieldResolver(() => [HousingEntry], { description: 'Newest first.' })
  entries(@Root() record: HousingRecord, @Ctx() { loaders }: HousingContext) {
    return loaders.entriesByPerson.load(record.personId);
  }
}
