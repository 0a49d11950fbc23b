import { randomUUID } from 'node:crypto';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { breakGlassJustificationOf, BREAK_GLASS_HEADER, refuseInadequateBreakGlass } from '../platform/break-glass';
import { requireBearerToken, type AuthenticatedLocals } from '../platform/bearer-auth';
import { listen } from '../platform/http-server';
import { correlationId } from '../platform/request-ids';
import { createTokenVerifier, type AuthSettings } from '../platform/token-verifier';
import type { GatewayContext } from './gateway-context';
import { SubgraphDataSource } from './subgraph-data-source';
import { unreadySubgraphs } from './subgraph-readiness';
import { readSupergraph } from './supergraph-file';
import { keepAliveFetch } from './subgraph-fetch';
import { fetchWithDeadline, subgraphDeadlineMs } from './subgraph-calls';
import { frontDoorFallback, frontDoorRoutes, frontDoorServerOptions } from '../platform/front-door';
import { graphqlBody } from '../platform/json-body';
import type { OperationLimits } from '../platform/operation-limits';
import { serveWebApp, type WebAppOptions } from './web-app';

export interface GatewayOptions {
  port: number;
  host?: string;
  auth: AuthSettings;
  /** The gateway's own service credential, sent to every subgraph beside the caller's token. */
  serviceCredential: string;
  /** Where each subgraph really listens, by name; the supergraph's own URLs are the defaults. */
  subgraphUrls?: Record<string, string>;
  /** The supergraph SDL to serve; `schema/supergraph.graphql` unless given. */
  supergraphSdl?: string;
  /** How long one subgraph call may take; SUBGRAPH_DEADLINE_MS or 10 s unless given. */
  subgraphDeadlineMs?: number;
  /** The limits of platform/operation-limits.ts unless given (a test sets small ones). */
  limits?: OperationLimits;
  /** The screens at `/` (and the demo sign-in), before the fallback; the API alone unless given. */
  web?: WebAppOptions;
}

export interface RunningGateway {
  url: string;
  /** Whether the screens are served at `/`. */
  servesScreens: boolean;
  stop(): Promise<void>;
}

/** The one public endpoint: verifies the caller's token, plans each query over the subgraphs, forwards the token. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const subgraphUrls: Record<string, string> = {};
  const deadlineMs = options.subgraphDeadlineMs ?? subgraphDeadlineMs();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readSupergraph(),
    buildService: ({ name, url }) => {
      subgraphUrls[name] = options.subgraphUrls?.[name] ?? url!;
      const fetcher = fetchWithDeadline(keepAliveFetch, deadlineMs, options.limits?.maxResponseBytes);
      return new SubgraphDataSource({ url: subgraphUrls[name], fetcher, subgraphName: name, deadlineMs, serviceCredential: options.serviceCredential });
    },
  });
  // The hub, not each Apollo server, decides how to stop on SIGINT/SIGTERM.
  const server = new ApolloServer<GatewayContext>({
    gateway,
    ...frontDoorServerOptions<GatewayContext>({ service: 'gateway', limits: options.limits }),
    stopOnTerminationSignals: false,
  });
  await server.start();

  const app = express();
  app.disable('x-powered-by');
  frontDoorRoutes(app, 'gateway');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/ready', async (_req, res) => {
    const unready = await unreadySubgraphs(subgraphUrls);
    res.status(unready.length ? 503 : 200).json({ status: unready.length ? 'waiting for subgraphs' : 'ready', unready });
  });
  app.use(
    '/graphql',
    requireBearerToken(createTokenVerifier(options.auth)),
    refuseInadequateBreakGlass,
    ...graphqlBody(),
    expressMiddleware(server, {
      context: async ({ req, res }) => {
        const { caller, token } = res.locals as AuthenticatedLocals;
        return {
          caller,
          token,
          // Always the gateway's own: a caller's id is kept apart and can never stand for another request.
          requestId: randomUUID(),
          correlationId: correlationId((name) => req.header(name), null),
          breakGlassJustification: breakGlassJustificationOf(req.header(BREAK_GLASS_HEADER)),
        };
      },
    }),
  );

  if (options.web) serveWebApp(app, options.web);
  frontDoorFallback(app);
  const listening = await listen(app, options.port, options.host);
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${listening.port}/graphql`,
    servesScreens: !!options.web,
    async stop() {
      await listening.close();
      await server.stop();
    },
  };
}
