import { or } from 'graphql-shield';
import { clientActingForThemselves, staffOnly } from '../kit/access-rules';
import { personStubReference } from '../kit/person-stub';
import { PersonStub } from './person.stub';
import type { SubgraphDefinition } from '../kit/subgraph-definition';
import { ConsentMutations } from './consent.mutations';
import { createConsentLoaders, type ConsentLoaders } from './consent.loaders';
import { openConsentDatabase, type ConsentDb } from './database';
import { PersonConsentsResolver } from './person-consents.resolver';

const staffOrThePersonThemselves = or(staffOnly, clientActingForThemselves((args) => args.input?.personId));

/** Hub core: the consent ledger. */
export const consent: SubgraphDefinition<ConsentDb, ConsentLoaders> = {
  name: 'consent',
  owningAgency: null,
  resolvers: [PersonConsentsResolver, ConsentMutations],
  orphanedTypes: [PersonStub],
  referenceResolvers: { Person: personStubReference },
  openDatabase: openConsentDatabase,
  createLoaders: createConsentLoaders,
  rootRules: {
    Mutation: {
      grantConsent: staffOrThePersonThemselves,
      withdrawConsent: staffOrThePersonThemselves,
    },
  },
};
