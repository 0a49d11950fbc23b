import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PersonStub } from './person.stub';
import type { CareersContext } from './careers.context';
import { CareersRecord } from './careers-record.type';
import { Guarded } from '../kit/consent-decorators';

@Resolver(() => PersonStub)
export class PersonCareersResolver {
  @Guarded('education')
  @FieldResolver(() => CareersRecord, { nullable: true, description: "The careers service's record; null if it has none." })
  careers(@Root() person: PersonStub, @Ctx() { loaders }: CareersContext) {
    return loaders.recordByPerson.load(person.id);
  }
}
