import 'reflect-metadata';
import { startGateway } from '../gateway/serve-gateway';
import { startSubgraph } from '../subgraphs/kit/serve-subgraph';
import { subgraphRegistry } from '../subgraphs/registry';
import { databaseUrlFromEnvironment, databaseUrlVariable } from './database-url';
import { subgraphVariable } from './environment-names';
import { ConfigError, hubConfigFromEnv } from './hub-config';
import { prepareDatabases } from './prepare-databases';
import { GATEWAY_IDENTITY, subgraphIdentity } from './service-identities';
import { resolveTokenSettings } from './token-settings';

/**
 * One service alone, for running the hub as separate containers (docker-compose.yml):
 * `node dist/hub/serve-service.js gateway` or `... <subgraph name>`.
 */
async function main(service: string | undefined) {
  const config = hubConfigFromEnv();
  const { auth, serviceCredentialFor } = await resolveTokenSettings(config.tokens, config.dataDir);
  let stop: () => Promise<void>;
  if (service === 'gateway') {
    const subgraphUrls = subgraphUrlsFromEnvironment();
    const serviceCredential = await serviceCredentialFor(GATEWAY_IDENTITY);
    const gateway = await startGateway({ port: config.gatewayPort, host: config.host, auth, serviceCredential, subgraphUrls });
    console.log(`gateway listening at ${gateway.url}`);
    stop = gateway.stop;
  } else {
    const entry = subgraphRegistry.find(({ definition }) => definition.name === service);
    if (!entry) {
      const names = ['gateway', ...subgraphRegistry.map(({ definition }) => definition.name)];
      throw new ConfigError(`Say which service to serve: one of ${names.join(', ')}.`);
    }
    const { definition } = entry;
    // A service deployed alone runs on a database server of the deployment's own, never an embedded one.
    const databaseUrl = databaseUrlFromEnvironment(definition.name);
    if (!databaseUrl) throw new ConfigError(`${databaseUrlVariable(definition.name)} must name this subgraph's PostgreSQL database (postgresql://user:password@host:port/database).`);
    await prepareDatabases({ [definition.name]: databaseUrl }, { demoData: config.demoData });
    const subgraph = await startSubgraph(definition, {
      port: config.subgraphPorts[definition.name],
      host: config.host,
      databaseUrl,
      dataDir: config.dataDir,
      auth,
      serviceCredential: await serviceCredentialFor(subgraphIdentity(definition)),
      consentUrl: () => process.env.CONSENT_URL ?? `http://127.0.0.1:${config.subgraphPorts.consent}/graphql`,
      // The consent subgraph asks every subgraph to ship its audit outbox, at the URLs the gateway uses.
      subgraphUrls: () => subgraphUrlsFromEnvironment(),
    });
    console.log(`subgraph ${definition.name} listening at ${subgraph.url}`);
    stop = subgraph.stop;
  }
  const shutdown = () => void stop().then(() => process.exit(0));
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

/** `<SUBGRAPH>_URL` of every subgraph that has one. */
function subgraphUrlsFromEnvironment(): Record<string, string> {
  return Object.fromEntries(
    subgraphRegistry
      .map(({ definition }) => [definition.name, process.env[subgraphVariable(definition.name, 'URL')]])
      .filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}

main(process.argv[2]).catch((error) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
