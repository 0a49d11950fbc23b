import { owningAgencyStaff } from '../kit/access-rules';
import { personStubReference } from '../kit/person-stub';
import { PersonStub } from './person.stub';
import type { SubgraphDefinition } from '../kit/subgraph-definition';
import { openSocialServicesDatabase, type SocialServicesDb } from './database';
import { PersonSocialCareResolver } from './person-social-care.resolver';
import { SocialCareRecordResolver } from './social-care-record.resolver';
import { createSocialServicesLoaders, type SocialServicesLoaders } from './social-services.loaders';
import { SocialServicesMutations } from './social-services.mutations';

/** The council's social services: looked-after and care-leaver status, team involvement, safeguarding. */
export const socialServices: SubgraphDefinition<SocialServicesDb, SocialServicesLoaders> = {
  name: 'social-services',
  resolvers: [PersonSocialCareResolver, SocialCareRecordResolver, SocialServicesMutations],
  orphanedTypes: [PersonStub],
  referenceResolvers: { Person: personStubReference },
  openDatabase: openSocialServicesDatabase,
  createLoaders: createSocialServicesLoaders,
  rootRules: {
    Mutation: { '*': owningAgencyStaff },
  },
};
