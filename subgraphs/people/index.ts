import { or } from 'graphql-shield';
import { clientActingForThemselves, clientOnly, staffOnly } from '../kit/access-rules';
import type { SubgraphDefinition } from '../kit/subgraph-definition';
import { openPeopleDatabase, type PeopleDb } from './database';
import { createPeopleLoaders, type PeopleLoaders } from './people.loaders';
import { PeopleResolver } from './people.resolver';
import { personReference } from './person.reference';

/** Hub core: the person's identity record, registration with matching, and caseloads. */
export const people: SubgraphDefinition<PeopleDb, PeopleLoaders> = {
  name: 'people',
  owningAgency: null,
  resolvers: [PeopleResolver],
  referenceResolvers: { Person: personReference },
  openDatabase: openPeopleDatabase,
  createLoaders: createPeopleLoaders,
  rootRules: {
    Query: {
      me: clientOnly,
      person: or(staffOnly, clientActingForThemselves((args) => args.id)),
      caseload: staffOnly,
      searchPeople: staffOnly,
    },
    Mutation: {
      registerPerson: staffOnly,
      updatePersonContact: or(staffOnly, clientActingForThemselves((args) => args.personId)),
    },
  },
};
