import 'reflect-metadata';
import { demoUsers } from './demo-users';
import { ConfigError, hubConfigFromEnv } from './hub-config';
import { startHub } from './start-hub';
import { issueToken } from './tokens';

const EXAMPLE_QUERY = `{ person(id: "00000000-0000-4000-8000-000000000001") { givenName familyName consents { agency categories active } socialCare { lookedAfterStatus } careers { status } welfare { householdType } employability { enrolments { programme { name } } } } }`;

/** `npm start`: the embedded hub with demo data, until Ctrl-C. */
async function main() {
  const config = hubConfigFromEnv();
  console.log('Preparing databases ...');
  const hub = await startHub(config);
  const server = hub.databases.embeddedServerUrl;
  console.log(server ? `Embedded PostgreSQL ${new URL(server).host}, files in ${config.dataDir}/postgres` : 'Databases: the <SUBGRAPH>_DATABASE_URLs set');

  console.log('');
  for (const [name, subgraph] of hub.subgraphs) console.log(`  subgraph ${name.padEnd(16)} ${subgraph.url}`);
  console.log(`\nThe hub is ready. Gateway: ${hub.gatewayUrl}`);
  if (hub.gateway.servesScreens) console.log(`Screens: ${hub.gatewayUrl.replace(/graphql$/, '')}${hub.signingKey ? ' (sign in as any demo user)' : ''}`);
  console.log('');
  if (hub.signingKey) {
    console.log('Demo bearer tokens (valid 12 hours; `npm run --silent token -- --user <name>` prints a fresh one):');
    for (const user of demoUsers) {
      console.log(`\n  ${user.name}: ${user.describe}\n  ${await issueToken(hub.signingKey, user.claims)}`);
    }
    console.log(
      `\nTry:\n  curl -s ${hub.gatewayUrl} -H "authorization: Bearer $(npm run --silent token -- --user dana)" ` +
        `-H 'content-type: application/json' \\\n    -d '${JSON.stringify({ query: EXAMPLE_QUERY })}'\n`,
    );
  }
  console.log('Press Ctrl-C to stop.');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the gateway and subgraphs ...`);
    await hub.stop();
    console.log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
