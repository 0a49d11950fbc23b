import { and } from 'graphql-shield';
import { owningAgencyStaff } from '../kit/access-rules';
import { agencyWorksWithThePerson } from '../kit/link-required';
import { personStubReference } from '../kit/person-stub';
import type { SubgraphDefinition } from '../kit/subgraph-definition';
import { openDrugAlcoholServiceDatabase, type DrugAlcoholServiceDb } from './database';
import { TreatmentMutations } from './drug-alcohol-service.mutations';
import { TreatmentRecordResolver } from './drug-alcohol-service-record.resolver';
import { createDrugAlcoholServiceLoaders, type DrugAlcoholServiceLoaders } from './drug-alcohol-service.loaders';
import { PersonTreatmentResolver } from './person-drug-alcohol-service.resolver';
import { PersonStub } from './person.stub';

/** Drug and alcohol recovery service: its own records of the people it works with, as `Person.treatment`. */
export const drugAlcoholService: SubgraphDefinition<DrugAlcoholServiceDb, DrugAlcoholServiceLoaders> = {
  name: 'drug-alcohol-service',
  resolvers: [PersonTreatmentResolver, TreatmentRecordResolver, TreatmentMutations],
  orphanedTypes: [PersonStub],
  referenceResolvers: { Person: personStubReference },
  openDatabase: openDrugAlcoholServiceDatabase,
  createLoaders: createDrugAlcoholServiceLoaders,
  rootRules: {
    // Every write: staff of the owning agency, for a person the agency works with (an open link).
    Mutation: { '*': and(owningAgencyStaff, agencyWorksWithThePerson()) },
  },
};
