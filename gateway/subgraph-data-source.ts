import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { BREAK_GLASS_HEADER } from '../platform/break-glass';
import type { GatewayContext } from './gateway-context';
import { guardedSubgraphCall } from './subgraph-calls';

/**
 * Calls one subgraph on behalf of the caller: the caller's own token (never a gateway
 * credential) and the request id go with every subgraph request.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** The subgraph's name and how long one call to it may take. */
  readonly subgraphName: string;
  readonly deadlineMs: number;

  constructor({ subgraphName, deadlineMs, ...config }: NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]> & { subgraphName: string; deadlineMs: number }) {
    super(config);
    this.subgraphName = subgraphName;
    this.deadlineMs = deadlineMs;
  }

  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    return guardedSubgraphCall(this.subgraphName, this.deadlineMs, options, () => super.process(options));
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    if (!context.token) return;
    request.http?.headers.set('authorization', `Bearer ${context.token}`);
    request.http?.headers.set('x-request-id', context.requestId);
    if (context.breakGlassJustification) request.http?.headers.set(BREAK_GLASS_HEADER, context.breakGlassJustification);
  }
}
