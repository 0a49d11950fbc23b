import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { readSupergraph } from '../gateway/supergraph-file';
import { argument, serveAsBenchProcess } from './bench-processes';

/** The committed supergraph with each subgraph's URL replaced by where the benchmark's subgraph set listens. */
function supergraphAt(subgraphUrls: Record<string, string>): string {
  return readSupergraph().replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (whole, name: string) =>
    subgraphUrls[name] ? `@join__graph(name: "${name}", url: "${subgraphUrls[name]}")` : whole,
  );
}

/**
 * Hive Gateway (the runtime the `hive-gateway` CLI serves, one process, no workers) over the same
 * committed supergraph, passing the caller's token on to the subgraphs as the hub's gateway does.
 * It does not verify the token itself: the subgraphs still do.
 */
void serveAsBenchProcess(async () => {
  const gateway = createGatewayRuntime({
    supergraph: supergraphAt(JSON.parse(argument('subgraphs'))),
    logging: false,
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({
        authorization: request.headers.get('authorization'),
        'x-request-id': request.headers.get('x-request-id'),
      }),
    },
  });
  const server = http.createServer(gateway);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { gateway: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
});
