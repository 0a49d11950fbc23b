import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ClientError, GraphQLClient } from 'graphql-request';
import { demoUser } from '../../hub/demo-users';
import type { HubConfig } from '../../hub/hub-config';
import { inProcessHubConfig } from '../../hub/in-process-config';
import { startHub, type RunningHub } from '../../hub/start-hub';
import { issueServiceCredential, issueToken, type TokenClaims } from '../../hub/tokens';
import type { DatabaseUrls } from '../../hub/database-url';
import type { CallingService } from '../../platform/service-credentials';
import { DEFAULT_AUDIT_LOG_ORIGIN } from '../../subgraphs/consent/audit-log-settings';
import { generateSignerKey } from '../../subgraphs/consent/audit-log/signed-note';
import { copyDemoDatabases } from './test-databases';

export interface Answer<Data> {
  data: Data;
  errors: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
}

export interface TestHub {
  hub: RunningHub;
  /** The local signing key's folder. */
  dataDir: string;
  /** This hub's own copy of every subgraph's demo database. */
  databaseUrls: DatabaseUrls;
  /** A bearer token for a demo user by name (`dana`, `darren`, ...) or for any claims. */
  token(user: string | TokenClaims): Promise<string>;
  /** A hub service's own credential, signed by the local key, for a service a test starts itself. */
  serviceCredential(service: CallingService): Promise<string>;
  /** A GraphQL client on the gateway (or on a subgraph's own URL) as that user. */
  client(user: string | TokenClaims, url?: string): Promise<GraphQLClient>;
  /** Asks as that user and returns the whole answer, data and errors side by side, as a front end sees it. */
  ask<Data = any>(
    user: string | TokenClaims,
    query: string,
    variables?: Record<string, unknown>,
    url?: string,
    headers?: Record<string, string>,
  ): Promise<Answer<Data>>;
  subgraphUrl(name: string): string;
  /** A subgraph's own Prisma client, for writing generated data straight into its database. */
  database(name: string): unknown;
  stop(): Promise<void>;
}

/**
 * The whole hub, in this process, on free ports, over fresh copies of the demo databases that
 * the global setup migrated and seeded once.
 */
export async function startTestHub(
  overrides: Partial<HubConfig> = {},
  /** Runs on the fresh copies before the hub starts, which then migrates them (a test of a migration). */
  beforeStart?: (urls: DatabaseUrls) => Promise<void>,
): Promise<TestHub> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-test-'));
  // The audit log's checkpoint key, given as a deployment gives it (a test may run as production, which makes none).
  fs.writeFileSync(path.join(dataDir, 'audit-checkpoint.key'), `${generateSignerKey(process.env.AUDIT_LOG_ORIGIN || DEFAULT_AUDIT_LOG_ORIGIN)}\n`, { mode: 0o600 });
  const databases = await copyDemoDatabases();
  const forget = async () => {
    await databases.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  let hub: RunningHub;
  try {
    await beforeStart?.(databases.urls);
    hub = await startHub({ ...inProcessHubConfig(dataDir), databases: databases.urls, ...overrides }, { prepareDatabases: beforeStart !== undefined });
  } catch (error) {
    await forget();
    throw error;
  }

  const client = async (user: string | TokenClaims, url = hub.gatewayUrl, headers: Record<string, string> = {}) =>
    new GraphQLClient(url, { headers: { ...headers, authorization: `Bearer ${await token(user)}` }, errorPolicy: 'all' });
  const subgraphNamed = (name: string) => {
    const subgraph = hub.subgraphs.get(name);
    if (!subgraph) throw new Error(`No subgraph named ${name}`);
    return subgraph;
  };
  const token = async (user: string | TokenClaims) => {
    const claims = typeof user === 'string' ? demoUser(user)?.claims : user;
    if (!claims) throw new Error(`No demo user named ${user}`);
    return issueToken(hub.signingKey!, claims);
  };
  return {
    hub,
    dataDir,
    databaseUrls: databases.urls,
    token,
    serviceCredential: (service) => issueServiceCredential(hub.signingKey!, service),
    client,
    async ask(user, query, variables, url, headers) {
      try {
        const answer = await (await client(user, url, headers)).rawRequest(query, variables);
        return { data: answer.data as any, errors: (answer.errors ?? []) as Answer<any>['errors'] };
      } catch (error) {
        // graphql-request throws when `data` is null; a front end still reads the errors.
        if (!(error instanceof ClientError)) throw error;
        return { data: error.response.data as any, errors: (error.response.errors ?? []) as Answer<any>['errors'] };
      }
    },
    subgraphUrl: (name) => subgraphNamed(name).url,
    database: (name) => subgraphNamed(name).database.client,
    async stop() {
      await hub.stop();
      await forget();
    },
  };
}
