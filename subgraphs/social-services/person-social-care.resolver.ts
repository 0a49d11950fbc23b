import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PersonStub } from './person.stub';
import type { SocialServicesContext } from './social-services.context';
import { SocialCareRecord } from './social-care-record.type';
import { Guarded } from '../kit/consent-decorators';

@Resolver(() => PersonStub)
export class PersonSocialCareResolver {
  @Guarded('social-care')
  @FieldResolver(() => SocialCareRecord, {
    nullable: true,
    description: "Social services' record; null if the person is not known to social services.",
  })
  socialCare(@Root() person: PersonStub, @Ctx() { loaders }: SocialServicesContext) {
    return loaders.recordByPerson.load(person.id);
  }
}
