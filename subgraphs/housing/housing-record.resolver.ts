import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Guarded } from '../kit/consent-decorators';
import type { HousingContext } from './housing.context';
import { HomelessnessApplication } from './homelessness-application.type';
import { HousingRecord } from './housing-record.type';
import { Tenancy } from './tenancy.type';

@Resolver(() => HousingRecord)
export class HousingRecordResolver {
  @Guarded('housing')
  @FieldResolver(() => [Tenancy], { description: 'Newest first.' })
  tenancies(@Root() record: HousingRecord, @Ctx() { loaders }: HousingContext) {
    return loaders.tenanciesByPerson.load(record.personId);
  }

  @Guarded('housing')
  @FieldResolver(() => [HomelessnessApplication], { description: 'Newest first.' })
  homelessnessApplications(@Root() record: HousingRecord, @Ctx() { loaders }: HousingContext) {
    return loaders.applicationsByPerson.load(record.personId);
  }
}
