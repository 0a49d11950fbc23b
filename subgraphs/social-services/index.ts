import { and } from 'graphql-shield';
import { owningAgencyStaff } from '../kit/access-rules';
import { personStubReference } from '../kit/person-stub';
import { PersonStub } from './person.stub';
import type { SubgraphDefinition } from '../kit/subgraph-definition';
import { agencyWorksWithThePerson, type PersonOfWrite } from '../kit/link-required';
import { openSocialServicesDatabase, type SocialServicesDb } from './database';
import { PersonSocialCareResolver } from './person-social-care.resolver';
import { SocialCareRecordResolver } from './social-care-record.resolver';
import { createSocialServicesLoaders, type SocialServicesLoaders } from './social-services.loaders';
import { SocialServicesMutations } from './social-services.mutations';

/** The person of each write that names one of this subgraph's records rather than a person. */
const personOfRecord: Record<string, PersonOfWrite> = {
  endTeamInvolvement: async ({ input }, { db }) => (await db.teamInvolvement.findUnique({ where: { id: input.involvementId } }))?.personId,
};

/** The council's social services: looked-after and care-leaver status, team involvement, safeguarding. */
export const socialServices: SubgraphDefinition<SocialServicesDb, SocialServicesLoaders> = {
  name: 'social-services',
  resolvers: [PersonSocialCareResolver, SocialCareRecordResolver, SocialServicesMutations],
  orphanedTypes: [PersonStub],
  referenceResolvers: { Person: personStubReference },
  openDatabase: openSocialServicesDatabase,
  createLoaders: createSocialServicesLoaders,
  rootRules: {
    // Every write: staff of the owning agency, for a person the agency works with (an open link).
    Mutation: { '*': and(owningAgencyStaff, agencyWorksWithThePerson(personOfRecord)) },
  },
};
