import { and } from 'graphql-shield';
import { owningAgencyStaff } from '../kit/access-rules';
import { personStubReference } from '../kit/person-stub';
import { PersonStub } from './person.stub';
import type { SubgraphDefinition } from '../kit/subgraph-definition';
import { agencyWorksWithThePerson, type PersonOfWrite } from '../kit/link-required';
import { CareersMutations } from './careers.mutations';
import { CareersRecordResolver } from './careers-record.resolver';
import { createCareersLoaders, type CareersLoaders } from './careers.loaders';
import { openCareersDatabase, type CareersDb } from './database';
import { PersonCareersResolver } from './person-careers.resolver';

/** The person of each write that names one of this subgraph's records rather than a person. */
const personOfRecord: Record<string, PersonOfWrite> = {
  recordCourseProgress: async ({ input }, { db }) => (await db.course.findUnique({ where: { id: input.courseId } }))?.personId,
};

/** The careers service: education, employment and training status, qualifications, guidance. */
export const careers: SubgraphDefinition<CareersDb, CareersLoaders> = {
  name: 'careers',
  resolvers: [PersonCareersResolver, CareersRecordResolver, CareersMutations],
  orphanedTypes: [PersonStub],
  referenceResolvers: { Person: personStubReference },
  openDatabase: openCareersDatabase,
  createLoaders: createCareersLoaders,
  rootRules: {
    // Every write: staff of the owning agency, for a person the agency works with (an open link).
    Mutation: { '*': and(owningAgencyStaff, agencyWorksWithThePerson(personOfRecord)) },
  },
};
