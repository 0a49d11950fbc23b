import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A stand-in for a subgraph that has hung: it accepts every request and never answers. */
export async function startHoldingProxy(): Promise<{ url: string; held: () => number; stop(): Promise<void> }> {
  let held = 0;
  const server = http.createServer((req) => {
    held += 1;
    req.resume();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    held: () => held,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port where nothing listens: a subgraph that is down. */
export async function closedPortUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/graphql`;
}
