import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PersonStub } from './person.stub';
import type { EmployabilityContext } from './employability.context';
import { EmployabilityRecord } from './employability-record.type';
import { Guarded } from '../kit/consent-decorators';

@Resolver(() => PersonStub)
export class PersonEmployabilityResolver {
  @Guarded('action-plan')
  @FieldResolver(() => EmployabilityRecord, {
    nullable: true,
    description: "The employability providers' record; null if they have none.",
  })
  employability(@Root() person: PersonStub, @Ctx() { loaders }: EmployabilityContext) {
    return loaders.recordByPerson.load(person.id);
  }
}
