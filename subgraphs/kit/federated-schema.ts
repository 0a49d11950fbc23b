import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { Kind, parse, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap } from 'type-graphql';
import { CONSENT_DIRECTIVES_SDL, CONSENT_LINK } from '../../schema/consent-directive';
import { guardingCategory } from './guarded-fields';
import type { SubgraphDefinition } from './subgraph-definition';

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@inaccessible", "@composeDirective"]) ${CONSENT_LINK}`;

/**
 * A guarded field can always be denied, and a denied field answers null: so it must be
 * nullable, or one refusal would blank its whole parent.
 */
function makeGuardedFieldsNullable(document: DocumentNode): DocumentNode {
  return visit(document, {
    [Kind.OBJECT_TYPE_DEFINITION]: (type) => ({
      ...type,
      fields: type.fields?.map((field) =>
        guardingCategory(type, field) !== null && field.type.kind === Kind.NON_NULL_TYPE ? { ...field, type: field.type.type } : field,
      ),
    }),
  });
}

/**
 * type-graphql classes in, Federation 2 subgraph schema out: the only place that knows
 * how type-graphql and Apollo Federation meet.
 */
export async function buildFederatedSchema(definition: SubgraphDefinition): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: definition.resolvers as unknown as [Function, ...Function[]],
    orphanedTypes: definition.orphanedTypes as Function[] | undefined,
    validate: { forbidUnknownValues: false },
    skipCheck: true,
  });
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, reference] of Object.entries(definition.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  const typeDefs = makeGuardedFieldsNullable(
    parse(`${FEDERATION_LINK}\n${CONSENT_DIRECTIVES_SDL}\n${printSchemaWithDirectives(schema)}`),
  );
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as never });
}
