import { or } from 'graphql-shield';
import { anyCaller, clientActingForThemselves, dataProtectionOfficerOnly, serviceNamed, serviceOnly, staffOnly, thePersonThemselves } from '../kit/access-rules';
import { personStubReference } from '../kit/person-stub';
import { PersonStub } from './person.stub';
import type { SubgraphDefinition } from '../kit/subgraph-definition';
import { AccessDecisionMutations } from './access-decision.mutations';
import { AuditResolver } from './audit.resolver';
import { BreakGlassResolver } from './break-glass.resolver';
import { ConsentMutations } from './consent.mutations';
import { PersonAccessLogResolver } from './person-access-log.resolver';
import { AccessLogProofResolver } from './access-log-proof.resolver';
import { createConsentLoaders, type ConsentLoaders } from './consent.loaders';
import { openConsentDatabase, type ConsentDb } from './database';
import { PersonConsentsResolver } from './person-consents.resolver';
import { AgencyLinkMutations } from './agency-link.mutations';
import { appendAuditEntriesRoute } from './append-audit-entries';
import { StaffRecordedConsentsResolver } from './staff-recorded-consents.resolver';
import { consentCopyRoutes } from './consent-copy.endpoint';

const staffOrThePersonThemselves = or(staffOnly, clientActingForThemselves((args) => args.input?.personId));

/** Agency links are the people subgraph's: only it tells the decider of a change. */
const fromThePeopleSubgraph = serviceNamed('people');

/** Hub core: the consent ledger. */
export const consent: SubgraphDefinition<ConsentDb, ConsentLoaders> = {
  name: 'consent',
  resolvers: [
    PersonConsentsResolver,
    PersonAccessLogResolver,
    AccessLogProofResolver,
    ConsentMutations,
    AccessDecisionMutations,
    AgencyLinkMutations,
    AuditResolver,
    BreakGlassResolver,
    StaffRecordedConsentsResolver,
  ],
  orphanedTypes: [PersonStub],
  referenceResolvers: { Person: personStubReference },
  openDatabase: openConsentDatabase,
  createLoaders: createConsentLoaders,
  servesConsentCopies: true,
  serviceRoutes: (app, served) => {
    appendAuditEntriesRoute(app, served);
    consentCopyRoutes(app, served);
  },
  rootRules: {
    Query: {
      accessRules: dataProtectionOfficerOnly,
      auditEvents: dataProtectionOfficerOnly,
      verifyAuditLog: dataProtectionOfficerOnly,
      auditLogExport: dataProtectionOfficerOnly,
      auditCheckpointKey: anyCaller,
      breakGlassAccesses: dataProtectionOfficerOnly,
      consentsRecordedByStaff: dataProtectionOfficerOnly,
    },
    Person: { accessLog: thePersonThemselves },
    Mutation: {
      decideAccess: serviceOnly,
      reviewBreakGlass: dataProtectionOfficerOnly,
      grantConsent: staffOrThePersonThemselves,
      withdrawConsent: staffOrThePersonThemselves,
      recordAgencyLink: fromThePeopleSubgraph,
    },
  },
};
