import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { applyMiddleware } from 'graphql-middleware';
import { shield } from 'graphql-shield';
import { acceptServiceCredential, requireBearerToken, type AuthenticatedLocals } from '../../platform/bearer-auth';
import { breakGlassJustificationOf, BREAK_GLASS_HEADER, refuseInadequateBreakGlass } from '../../platform/break-glass';
import { correlationId as correlationIdOf, hubRequestId } from '../../platform/request-ids';
import { createServiceCredentialVerifier } from '../../platform/service-credentials';
import { owningAgencyOf } from '../../schema/agency-registry';
import type { SubgraphContext } from './context';
import type { Database } from './database';
import { buildFederatedSchema } from './federated-schema';
import { listen } from '../../platform/http-server';
import { forbidden, serviceOnly } from './access-rules';
import { frontDoorFallback, frontDoorRoutes, frontDoorServerOptions } from '../../platform/front-door';
import { graphqlBody } from '../../platform/json-body';
import type { OperationLimits } from '../../platform/operation-limits';
import { createDecisionLoader } from './consent-decisions';
import { AuditOutbox } from './audit-outbox';
import { AuditShipper, auditOutboxFlushRoute } from './audit-shipper';
import type { AuditShipments } from './audit-shipments';
import { createConsentLedger } from './consent-ledger';
import { consentEnforced } from './consent-enforcement';
import { categoriesGuardedIn, consentRulesFor } from './consent-rules';
import { ConsentCopy } from './consent-copy';
import type { ConsentCopyPolls } from './consent-copy-polls';
import { mergeRules } from './merge-rules';
import type { ShieldRule } from 'graphql-shield/typings/types';
import type { SubgraphDefinition } from './subgraph-definition';
import { createTokenVerifier, type AuthSettings } from '../../platform/token-verifier';
import { nameInvalidFields } from './validation-errors';
import { idArgumentChecks } from './id-arguments';

export interface SubgraphOptions {
  port: number;
  host?: string;
  databaseUrl: string;
  auth: AuthSettings;
  /** This subgraph's own service credential, sent beside the caller's token when it calls the consent subgraph. */
  serviceCredential: string;
  /** Where the consent subgraph answers access questions; a function, as consent may learn its own port late. */
  consentUrl: () => string;
  /** The hub's data folder (DATA_DIR): where a subgraph keeps files of its own. */
  dataDir: string;
  /** The GraphQL URL of every subgraph by name (the consent subgraph asks each to ship its audit outbox); none unless given. */
  subgraphUrls?: () => Record<string, string>;
  /** The limits of platform/operation-limits.ts unless given (a test sets small ones). */
  limits?: OperationLimits;
  /** The process's one poll for every consent copy it keeps (hub/start-subgraphs.ts); this subgraph's own unless given. */
  consentCopyPolls?: ConsentCopyPolls;
  /** The process's one shipment for every audit outbox it holds (hub/start-subgraphs.ts); this subgraph's own unless given. */
  auditShipments?: AuditShipments;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  database: Database<unknown>;
  auditShipper: AuditShipper;
  /** True once this subgraph's consent copy has synced (at once when it keeps none), false after `maxWaitMs` without. */
  consentCopySynced(maxWaitMs: number): Promise<boolean>;
  /** True once the copy is current (renewed within its lease), false after `maxWaitMs` or a failed poll; true at once without a copy. */
  consentCopyCurrent(maxWaitMs: number): Promise<boolean>;
  stop(): Promise<void>;
}

/**
 * Serves one subgraph: its GraphQL endpoint at /graphql behind bearer-token verification,
 * `/health` (the process is up) and `/ready` (its database answers and its consent copy, if it
 * keeps one, has synced: before that every guarded field would be refused).
 */
export async function startSubgraph(definition: SubgraphDefinition, options: SubgraphOptions): Promise<RunningSubgraph> {
  const federated = await buildFederatedSchema(definition);
  const consentRules = consentEnforced() ? consentRulesFor(federated, definition.sharedRecordTypes) : {};
  const rules = mergeRules(consentRules, definition.rootRules as Record<string, Record<string, ShieldRule>>);
  rules.Query = { ...rules.Query, _service: serviceOnly };
  const schema = applyMiddleware(federated, idArgumentChecks(federated), shield(rules, { allowExternalErrors: true, fallbackError: forbidden('Not allowed.') }));
  const verifyService = createServiceCredentialVerifier(options.auth);
  const database = definition.openDatabase(options.databaseUrl, {
    dataDir: options.dataDir,
    auditOutboxes: { urls: options.subgraphUrls ?? (() => ({})), serviceCredential: options.serviceCredential },
  });
  const owningAgency = owningAgencyOf(definition.name);
  const auditShipper = new AuditShipper(database.pool, {
    subgraph: definition.name,
    consentUrl: options.consentUrl,
    serviceCredential: options.serviceCredential,
    shipments: options.auditShipments,
  });
  const auditRecorder = new AuditOutbox(database.pool, database.statements, () => auditShipper.committed());
  // What this subgraph's credential says of it (hub/service-identities.ts): the decisions it makes locally are its own.
  const self = { name: definition.name, agency: owningAgency, holdsSharedRecords: Boolean(definition.sharedRecordTypes?.length) };
  const categories = categoriesGuardedIn(federated);
  let ownUrl = '';
  const consentCopy = new ConsentCopy(
    {
      subgraph: definition.name,
      serviceCredential: options.serviceCredential,
      consentUrl: definition.servesConsentCopies ? () => ownUrl : options.consentUrl,
      categories,
    },
    options.consentCopyPolls,
  );
  const frontDoor = frontDoorServerOptions<SubgraphContext<unknown, unknown>>({ service: definition.name, limits: options.limits });
  const server = new ApolloServer<SubgraphContext<unknown, unknown>>({
    schema,
    ...frontDoor,
    formatError: (formatted, error) => frontDoor.formatError(nameInvalidFields(formatted), error),
    stopOnTerminationSignals: false,
    // Inline traces are for Apollo's hosted studio, which this hub does not report to.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ...frontDoor.plugins],
  });
  await server.start();

  const app = express();
  app.disable('x-powered-by');
  frontDoorRoutes(app, definition.name);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', subgraph: definition.name });
  });
  const keepsCopy = consentEnforced() && categories.length > 0;
  app.get('/ready', async (_req, res) => {
    const status = !(await database.isReachable()) ? 'database unreachable' : keepsCopy && !consentCopy.everSynced() ? 'consent copy not synced' : 'ready';
    res.status(status === 'ready' ? 200 : 503).json({ status, subgraph: definition.name, ...(keepsCopy ? { consentCopy: consentCopy.state() } : {}) });
  });
  app.use(
    '/graphql',
    requireBearerToken(createTokenVerifier(options.auth)),
    acceptServiceCredential(verifyService),
    refuseInadequateBreakGlass,
    ...graphqlBody(),
    expressMiddleware(server, {
      context: async ({ req, res }) => {
        const { caller, token, callingService } = res.locals as AuthenticatedLocals;
        const header = (name: string) => req.header(name);
        const onBehalfOf = {
          token,
          serviceCredential: options.serviceCredential,
          requestId: hubRequestId(header, callingService),
          correlationId: correlationIdOf(header, callingService),
        };
        const breakGlassJustification = breakGlassJustificationOf(req.header(BREAK_GLASS_HEADER));
        return {
          caller,
          requestId: onBehalfOf.requestId,
          correlationId: onBehalfOf.correlationId,
          serviceCredential: options.serviceCredential,
          callingService,
          owningAgency,
          db: database.client,
          loaders: definition.createLoaders(database.client),
          breakGlassJustification,
          auditRecorder,
          consentLedger: createConsentLedger({ consentUrl: options.consentUrl(), ...onBehalfOf }),
          decisions: createDecisionLoader({
            caller,
            callingService: self,
            requestId: onBehalfOf.requestId,
            correlationId: onBehalfOf.correlationId,
            breakGlassJustification,
            copy: consentCopy,
            auditRecorder,
          }),
        };
      },
    }),
  );

  auditOutboxFlushRoute(app, auditShipper, verifyService);
  definition.serviceRoutes?.(app, { db: database.client, verifyService });
  frontDoorFallback(app);
  const listening = await listen(app, options.port, options.host);
  const url = `http://${options.host ?? '127.0.0.1'}:${listening.port}/graphql`;
  ownUrl = url;
  // Ships at once what a process before this one left in the outbox, then on every sweep.
  auditShipper.start();
  if (keepsCopy) await consentCopy.start();
  return {
    name: definition.name,
    url,
    database,
    auditShipper,
    consentCopySynced: (maxWaitMs) => (keepsCopy ? consentCopy.whenSynced(maxWaitMs) : Promise.resolve(true)),
    consentCopyCurrent: (maxWaitMs) => (keepsCopy ? consentCopy.whenCurrent(maxWaitMs) : Promise.resolve(true)),
    async stop() {
      await consentCopy.stop();
      await listening.close();
      await server.stop();
      await auditShipper.stop();
      await database.close();
    },
  };
}
