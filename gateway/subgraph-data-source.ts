import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { serviceCallHeaders } from '../platform/service-call-headers';
import type { GatewayContext } from './gateway-context';
import { guardedSubgraphCall } from './subgraph-calls';

/**
 * Calls one subgraph on behalf of the caller: the caller's own token, the gateway's own service
 * credential beside it (so the subgraph trusts the gateway's request id), and the request id.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** The subgraph's name and how long one call to it may take. */
  readonly subgraphName: string;
  readonly deadlineMs: number;
  private readonly serviceCredential: string;

  constructor({
    subgraphName,
    deadlineMs,
    serviceCredential,
    ...config
  }: NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]> & { subgraphName: string; deadlineMs: number; serviceCredential: string }) {
    super(config);
    this.subgraphName = subgraphName;
    this.deadlineMs = deadlineMs;
    this.serviceCredential = serviceCredential;
  }

  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    return guardedSubgraphCall(this.subgraphName, this.deadlineMs, options, () => super.process(options));
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    // The gateway's own start-up calls (none with a static supergraph) carry no caller.
    if (!('token' in context) || !context.token) return;
    const headers = serviceCallHeaders({ ...(context as GatewayContext), serviceCredential: this.serviceCredential });
    for (const [name, value] of Object.entries(headers)) request.http?.headers.set(name, value);
  }
}
