import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CopySyncAnswer, CopySyncRequest } from '../../subgraphs/kit/consent-copy-sync';

export interface HandAnsweredPoll {
  body: CopySyncRequest;
  /** One answer per copy of the poll, in its order. */
  answer: (...answers: CopySyncAnswer[]) => void;
  refuse: () => void;
}

/**
 * A consent endpoint a test answers by hand: each poll waits for the test to let it go, so the
 * test sets exactly when a renewal lands. Releases are answered at once and kept in `releases`.
 */
export async function handAnsweredConsent() {
  const polls: HandAnsweredPoll[] = [];
  const releases: CopySyncRequest[] = [];
  let arrived: (() => void) | null = null;
  const server = http.createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      const body = JSON.parse(text) as CopySyncRequest;
      if (body.release) {
        releases.push(body);
        return res.end('{}');
      }
      polls.push({
        body,
        answer: (...answers) => res.setHeader('content-type', 'application/json').end(JSON.stringify({ answers })),
        refuse: () => res.writeHead(503).end('{"errors":[{"message":"not now"}]}'),
      });
      arrived?.();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const nextPoll = async () => {
    while (polls.length === 0) await new Promise<void>((resolve) => (arrived = resolve));
    return polls.shift()!;
  };
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    nextPoll,
    releases,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // the copies' keep-alive sockets would hold the close for seconds
      }),
  };
}
