import { and } from 'graphql-shield';
import { owningAgencyStaff } from '../kit/access-rules';
import { agencyWorksWithThePerson } from '../kit/link-required';
import { personStubReference } from '../kit/person-stub';
import type { SubgraphDefinition } from '../kit/subgraph-definition';
import { openHousingDatabase, type HousingDb } from './database';
import { HousingMutations } from './housing.mutations';
import { HousingRecordResolver } from './housing-record.resolver';
import { createHousingLoaders, type HousingLoaders } from './housing.loaders';
import { PersonHousingResolver } from './person-housing.resolver';
import { PersonStub } from './person.stub';

/** Housing options and support: its own records of the people it works with, as `Person.housing`. */
export const housing: SubgraphDefinition<HousingDb, HousingLoaders> = {
  name: 'housing',
  resolvers: [PersonHousingResolver, HousingRecordResolver, HousingMutations],
  orphanedTypes: [PersonStub],
  referenceResolvers: { Person: personStubReference },
  openDatabase: openHousingDatabase,
  createLoaders: createHousingLoaders,
  rootRules: {
    // Every write: staff of the owning agency, for a person the agency works with (an open link).
    Mutation: { '*': and(owningAgencyStaff, agencyWorksWithThePerson()) },
  },
};
