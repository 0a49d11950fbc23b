import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Guarded } from '../kit/consent-decorators';
import { PersonStub } from './person.stub';
import type { ConsentContext } from './consent.context';
import { Consent } from './consent.type';

@Resolver(() => PersonStub)
export class PersonConsentsResolver {
  @Guarded('identity')
  @FieldResolver(() => [Consent], { description: 'Every consent the person has given, newest first, including withdrawn and expired ones.' })
  consents(@Root() person: PersonStub, @Ctx() { loaders }: ConsentContext) {
    return loaders.consentsByPerson.load(person.id);
  }
}
