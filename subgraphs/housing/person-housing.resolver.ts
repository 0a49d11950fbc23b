import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Guarded } from '../kit/consent-decorators';
import type { HousingContext } from './housing.context';
import { HousingRecord } from './housing-record.type';
import { PersonStub } from './person.stub';

@Resolver(() => PersonStub)
export class PersonHousingResolver {
  @Guarded('housing')
  @FieldResolver(() => HousingRecord, { nullable: true, description: 'Housing options and support: its record; null if it has none.' })
  housing(@Root() person: PersonStub, @Ctx() { loaders }: HousingContext) {
    return loaders.recordByPerson.load(person.id);
  }
}
