import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Guarded } from '../kit/consent-decorators';
import type { DrugAlcoholServiceContext } from './drug-alcohol-service.context';
import { TreatmentRecord } from './drug-alcohol-service-record.type';
import { PersonStub } from './person.stub';

@Resolver(() => PersonStub)
export class PersonTreatmentResolver {
  @Guarded('drugs-alcohol')
  @FieldResolver(() => TreatmentRecord, { nullable: true, description: 'Drug and alcohol recovery service: its record; null if it has none.' })
  treatment(@Root() person: PersonStub, @Ctx() { loaders }: DrugAlcoholServiceContext) {
    return loaders.recordByPerson.load(person.id);
  }
}
