import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { buildFederatedSchema } from '../subgraphs/kit/federated-schema';
import type { SubgraphDefinition } from '../subgraphs/kit/subgraph-definition';
import { subgraphRegistry } from '../subgraphs/registry';
import { consentCoverageGaps } from './consent-coverage';

type Registry = ReadonlyArray<{ definition: SubgraphDefinition; defaultPort: number }>;

/** The subgraph's SDL, as it would answer `_service { sdl }`: built in-process, no server needed. */
export async function subgraphSdl(definition: SubgraphDefinition): Promise<string> {
  return printSubgraphSchema(await buildFederatedSchema(definition));
}

export class CompositionError extends Error {}

/**
 * Composes every registered subgraph into the supergraph the gateway serves, refusing any
 * subgraph that leaves a personal field without a consent rule.
 */
export async function composeSupergraph(registry: Registry = subgraphRegistry): Promise<string> {
  const services = await Promise.all(
    registry.map(async ({ definition, defaultPort }) => ({
      name: definition.name,
      url: `http://localhost:${defaultPort}/graphql`,
      typeDefs: parse(await subgraphSdl(definition)),
    })),
  );
  const gaps = services.flatMap((service) => consentCoverageGaps(service.name, service.typeDefs));
  if (gaps.length > 0) throw new CompositionError(`Composition refused:\n${gaps.map((gap) => `- ${gap}`).join('\n')}`);
  const result = composeServices(services);
  if (result.errors) {
    throw new CompositionError(`Composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
