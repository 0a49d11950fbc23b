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
}

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

/** The one public endpoint: verifies the caller's token, plans each query over the subgraphs, forwards the token. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const subgraphUrls: Record<string, string> = {};
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readSupergraph(),
    buildService: ({ name, url }) => {
      subgraphUrls[name] = options.subgraphUrls?.[name] ?? url!;
      return new SubgraphDataSource({ url: subgraphUrls[name], fetcher: keepAliveFetch, serviceCredential: options.serviceCredential });
    },
  });
  // The hub, not each Apollo server, decides how to stop on SIGINT/SIGTERM.
  const server = new ApolloServer<GatewayContext>({ gateway, includeStacktraceInErrorResponses: false, stopOnTerminationSignals: false });
  await server.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/ready', async (_req, res) => {
    const unready = await unreadySubgraphs(subgraphUrls);
    res.status(unready.length ? 503 : 200).json({ status: unready.length ? 'waiting for subgraphs' : 'ready', unready });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    requireBearerToken(createTokenVerifier(options.auth)),
    refuseInadequateBreakGlass,
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

  const listening = await listen(app, options.port, options.host);
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${listening.port}/graphql`,
    async stop() {
      await listening.close();
      await server.stop();
    },
  };
}
