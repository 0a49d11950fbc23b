import 'reflect-metadata';
import { startGateway } from '../gateway/serve-gateway';
import { resolveTokenSettings } from '../hub/token-settings';
import { argument, serveAsBenchProcess } from './bench-processes';

/** The hub's own gateway, exactly as `npm start` runs it, in front of one subgraph set. */
void serveAsBenchProcess(async () => {
  const { auth } = await resolveTokenSettings({ kind: 'local' }, argument('keys'));
  const gateway = await startGateway({ port: 0, host: '127.0.0.1', auth, subgraphUrls: JSON.parse(argument('subgraphs')) });
  return { gateway: gateway.url };
});
