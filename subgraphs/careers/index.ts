import { owningAgencyStaff } from '../kit/access-rules';
import { personStubReference } from '../kit/person-stub';
import { PersonStub } from './person.stub';
import type { SubgraphDefinition } from '../kit/subgraph-definition';
import { CareersMutations } from './careers.mutations';
import { CareersRecordResolver } from './careers-record.resolver';
import { createCareersLoaders, type CareersLoaders } from './careers.loaders';
import { openCareersDatabase, type CareersDb } from './database';
import { PersonCareersResolver } from './person-careers.resolver';

/** The careers service: education, employment and training status, qualifications, guidance. */
export const careers: SubgraphDefinition<CareersDb, CareersLoaders> = {
  name: 'careers',
  resolvers: [PersonCareersResolver, CareersRecordResolver, CareersMutations],
  orphanedTypes: [PersonStub],
  referenceResolvers: { Person: personStubReference },
  openDatabase: openCareersDatabase,
  createLoaders: createCareersLoaders,
  rootRules: {
    Mutation: { '*': owningAgencyStaff },
  },
};
