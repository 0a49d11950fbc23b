import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PersonStub } from './person.stub';
import type { WelfareRightsContext } from './welfare-rights.context';
import { WelfareRecord } from './welfare-record.type';
import { Guarded } from '../kit/consent-decorators';

@Resolver(() => PersonStub)
export class PersonWelfareResolver {
  @Guarded('benefits')
  @FieldResolver(() => WelfareRecord, { nullable: true, description: "The welfare-rights adviser's record; null if it has none." })
  welfare(@Root() person: PersonStub, @Ctx() { loaders }: WelfareRightsContext) {
    return loaders.recordByPerson.load(person.id);
  }
}
