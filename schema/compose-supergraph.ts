import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { buildFederatedSchema } from '../subgraphs/kit/federated-schema';
import { subgraphRegistry } from '../subgraphs/registry';

/** The subgraph's SDL, as it would answer `_service { sdl }`: built in-process, no server needed. */
export async function subgraphSdl(name: string): Promise<string> {
  const entry = subgraphRegistry.find(({ definition }) => definition.name === name);
  if (!entry) throw new Error(`No subgraph named ${name}`);
  return printSubgraphSchema(await buildFederatedSchema(entry.definition));
}

/** Composes every registered subgraph into the supergraph the gateway serves. */
export async function composeSupergraph(): Promise<string> {
  const services = await Promise.all(
    subgraphRegistry.map(async ({ definition, defaultPort }) => ({
      name: definition.name,
      url: `http://localhost:${defaultPort}/graphql`,
      typeDefs: parse(await subgraphSdl(definition.name)),
    })),
  );
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
