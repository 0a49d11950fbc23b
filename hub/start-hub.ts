import { startGateway, type RunningGateway } from '../gateway/serve-gateway';
import type { RunningSubgraph } from '../subgraphs/kit/serve-subgraph';
import type { AuthSettings } from '../platform/token-verifier';
import type { HubConfig } from './hub-config';
import { openHubDatabases, type HubDatabases } from './hub-databases';
import type { LocalSigningKey } from './local-signing-key';
import { prepareDatabases } from './prepare-databases';
import { startSubgraphSet, stopSubgraphSet } from './start-subgraphs';
import { GATEWAY_IDENTITY } from './service-identities';
import { resolveTokenSettings } from './token-settings';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './project-root';
import { demoSignInRoutes } from './demo-sign-in';

export interface RunningHub {
  gatewayUrl: string;
  gateway: RunningGateway;
  subgraphs: Map<string, RunningSubgraph>;
  auth: AuthSettings;
  /** The local key that signs demo tokens; null when tokens come from an identity provider. */
  signingKey: LocalSigningKey | null;
  databases: HubDatabases;
  stop(): Promise<void>;
}

/** The built screens, with the demo sign-in when this hub signs its own tokens. */
function webApp(signingKey: LocalSigningKey | null) {
  const dir = path.join(projectRoot, 'dist', 'web');
  return fs.existsSync(path.join(dir, 'index.html')) ? { dir, signIn: signingKey ? demoSignInRoutes(signingKey) : undefined } : undefined;
}

/**
 * The embedded hub in one process: every subgraph on its own port with its own database,
 * then the gateway in front. Used by `npm start`, the tests and the demo.
 */
export async function startHub(config: HubConfig, options: { prepareDatabases?: boolean } = {}): Promise<RunningHub> {
  const databases: HubDatabases = config.databases
    ? { urls: config.databases, embeddedServerUrl: null, async stop() {} }
    : await openHubDatabases(config.dataDir, { port: config.embeddedPostgresPort });
  let subgraphs = new Map<string, RunningSubgraph>();
  try {
    if (options.prepareDatabases !== false) await prepareDatabases(databases.urls, { demoData: config.demoData });
    const { auth, signingKey, serviceCredentialFor } = await resolveTokenSettings(config.tokens, config.dataDir);
    subgraphs = await startSubgraphSet({ host: config.host, ports: config.subgraphPorts, databases: databases.urls, dataDir: config.dataDir, auth, serviceCredentialFor });
    const gateway = await startGateway({
      port: config.gatewayPort,
      host: config.host,
      auth,
      serviceCredential: await serviceCredentialFor(GATEWAY_IDENTITY),
      subgraphUrls: Object.fromEntries([...subgraphs].map(([name, subgraph]) => [name, subgraph.url])),
      web: webApp(signingKey),
    });
    return {
      gatewayUrl: gateway.url,
      gateway,
      subgraphs,
      auth,
      signingKey,
      databases,
      async stop() {
        await gateway.stop();
        await stopSubgraphSet(subgraphs);
        await databases.stop();
      },
    };
  } catch (error) {
    await stopSubgraphSet(subgraphs);
    await databases.stop();
    throw error;
  }
}
