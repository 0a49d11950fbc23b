import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Guarded } from '../kit/consent-decorators';
import { PersonStub } from './person.stub';
import type { ConsentContext } from './consent.context';
import { Consent } from './consent.type';

@Resolver(() => PersonStub)
export class PersonConsentsResolver {
  @Guarded('identity')
  @FieldResolver(() => [Consent], {
    description:
      "Every consent the person has given, newest first, including withdrawn and expired ones, with who recorded each. Staff see only the consents given to their own agency: a link does not show which other agencies the person trusts.",
  })
  async consents(@Root() person: PersonStub, @Ctx() { loaders, caller }: ConsentContext) {
    const consents = await loaders.consentsByPerson.load(person.id);
    return caller.role === 'client' ? consents : consents.filter((consent) => consent.agency === caller.agency);
  }
}
