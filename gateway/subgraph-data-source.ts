import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { serviceCallHeaders } from '../platform/service-call-headers';
import type { GatewayContext } from './gateway-context';

/**
 * Calls one subgraph on behalf of the caller: the caller's own token, the gateway's own service
 * credential beside it (so the subgraph trusts the gateway's request id), and the request id.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(options: ConstructorParameters<typeof RemoteGraphQLDataSource>[0] & { serviceCredential: string }) {
    super(options);
    this.serviceCredential = options.serviceCredential;
  }

  private readonly serviceCredential: string;

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    // The gateway's own start-up calls (none with a static supergraph) carry no caller.
    if (!('token' in context) || !context.token) return;
    const headers = serviceCallHeaders({ ...(context as GatewayContext), serviceCredential: this.serviceCredential });
    for (const [name, value] of Object.entries(headers)) request.http?.headers.set(name, value);
  }
}
