import 'reflect-metadata';
import { startGateway } from '../gateway/serve-gateway';
import { GATEWAY_IDENTITY } from '../hub/service-identities';
import { resolveTokenSettings } from '../hub/token-settings';
import { admitGeneratedTeams } from '../schema/agency-registry';
import { argument, serveAsBenchProcess } from './bench-processes';

/** The hub's own gateway, exactly as `npm start` runs it, in front of one subgraph set. */
void serveAsBenchProcess(async () => {
  admitGeneratedTeams(JSON.parse(argument('teams')));
  const { auth, serviceCredentialFor } = await resolveTokenSettings({ kind: 'local' }, argument('keys'));
  const serviceCredential = await serviceCredentialFor(GATEWAY_IDENTITY);
  const gateway = await startGateway({ port: 0, host: '127.0.0.1', auth, serviceCredential, subgraphUrls: JSON.parse(argument('subgraphs')) });
  return { gateway: gateway.url };
});
