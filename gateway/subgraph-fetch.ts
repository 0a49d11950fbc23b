import type { RemoteGraphQLDataSource } from '@apollo/gateway';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

/**
 * How the gateway calls subgraphs: Node's own fetch (undici), which keeps connections alive and
 * pools them per subgraph. The gateway's default (make-fetch-happen) adds an HTTP cache layer
 * that subgraph POSTs never use.
 */
export const keepAliveFetch = globalThis.fetch as unknown as Fetcher;
