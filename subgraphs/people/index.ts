import { or } from 'graphql-shield';
import { clientActingForThemselves, clientOnly, dataProtectionOfficerOnly, staffOnly, thePersonThemselves } from '../kit/access-rules';
import { AgencyLinksResolver, PersonAgencyLinksResolver } from './agency-links.resolver';
import type { SubgraphDefinition } from '../kit/subgraph-definition';
import { openPeopleDatabase, type PeopleDb } from './database';
import { createPeopleLoaders, type PeopleLoaders } from './people.loaders';
import { PeopleResolver } from './people.resolver';
import { PersonStoryResolver, StoryHistoryResolver } from './person-story.resolver';
import { PersonReferralsResolver, ReferralResolver } from './referral.resolver';
import { personReference } from './person.reference';

/** Hub core: the person's identity record, registration with matching, caseloads, their story and referrals. */
export const people: SubgraphDefinition<PeopleDb, PeopleLoaders> = {
  name: 'people',
  resolvers: [
    PeopleResolver,
    PersonStoryResolver,
    StoryHistoryResolver,
    ReferralResolver,
    PersonReferralsResolver,
    PersonAgencyLinksResolver,
    AgencyLinksResolver,
  ],
  referenceResolvers: { Person: personReference },
  openDatabase: openPeopleDatabase,
  createLoaders: createPeopleLoaders,
  sharedRecordTypes: ['Referral'],
  rootRules: {
    Query: {
      me: clientOnly,
      person: or(staffOnly, clientActingForThemselves((args) => args.id)),
      caseload: staffOnly,
      searchPeople: staffOnly,
      storyBarrierOptions: or(staffOnly, clientOnly),
      referralInbox: staffOnly,
      referralsSent: staffOnly,
      referralPanel: staffOnly,
      agencyLinks: dataProtectionOfficerOnly,
    },
    Person: { agencyLinks: thePersonThemselves },
    Mutation: {
      registerPerson: staffOnly,
      createReferral: staffOnly,
      acceptReferral: staffOnly,
      declineReferral: staffOnly,
      closeReferral: staffOnly,
      closeCase: staffOnly,
      linkAgency: clientActingForThemselves((args) => args.personId),
      tellStory: or(staffOnly, clientActingForThemselves((args) => args.input?.personId)),
      updatePersonContact: or(staffOnly, clientActingForThemselves((args) => args.personId)),
    },
  },
};
