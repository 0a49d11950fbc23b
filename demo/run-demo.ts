import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { databaseUrlVariable } from '../hub/database-url';
import { subgraphRegistry } from '../subgraphs/registry';
import { anotherLeeWalsh, leeWalsh } from './demo-person';
import { DemoSetupError, runningHub, startDemoHub, type DemoHub } from './demo-hub';
import { OffScriptError } from './front-end';
import { GatewayUnreachableError } from './gateway-client';
import { runJourney } from './journey';
import { terminalPrinter } from './narration';

const USAGE = `npm run demo                      starts its own hub (fresh demo data, free ports), walks the journey, stops it
npm run demo -- --url <gateway>   walks the journey on a hub already running here (npm start), e.g. http://127.0.0.1:4000/graphql`;

/** `npm run demo`: one person's journey through the running hub, narrated step by step. */
async function main(): Promise<number> {
  let values: { url?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ options: { url: { type: 'string' }, help: { type: 'boolean' } } }));
  } catch (error) {
    throw new DemoSetupError(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const print = terminalPrinter();
  let hub: DemoHub;
  if (values.url) {
    hub = await runningHub(values.url);
    console.log(`Walking the journey on the hub at ${hub.gatewayUrl} (a new Lee Walsh, so earlier runs do not get in the way).`);
  } else {
    // Its own databases only: a *_DATABASE_URL meant for `npm start` must not receive the demo's Lee.
    for (const { definition } of subgraphRegistry) delete process.env[databaseUrlVariable(definition.name)];
    // The narration is the demo's output: the hub's request log would bury it.
    process.env.HUB_LOG_LEVEL ??= 'warn';
    console.log('Starting the hub in this process: every subgraph and the gateway, on free ports, over new demo databases ...');
    hub = await startDemoHub();
    console.log(`The hub is up. Every request below goes over HTTP to its gateway, ${hub.gatewayUrl}, as a front end's would.`);
  }
  try {
    await runJourney({ gatewayUrl: hub.gatewayUrl, tokenFor: hub.tokenFor, printer: print, person: values.url ? anotherLeeWalsh() : leeWalsh });
    console.log(values.url ? '\nThe end.' : '\nThe end. Stopping the hub and removing its temporary data.');
    return 0;
  } finally {
    await hub.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof OffScriptError) console.error(`\nThe demo stopped: ${error.message}`);
    else if (error instanceof DemoSetupError || error instanceof GatewayUnreachableError) console.error(error.message);
    else console.error(error);
    process.exit(1);
  },
);
