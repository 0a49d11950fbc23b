import { buildSchema, getNamedType, isLeafType, isNonNullType, isObjectType, type GraphQLObjectType } from 'graphql';
import { readSupergraph } from '../gateway/supergraph-file';

const MAX_DEPTH = 4;

/**
 * The single view: one person with every field of every subgraph that an adviser may ask for,
 * written out from the committed supergraph so that it grows with the schema. Fields needing
 * arguments, hidden (`@inaccessible`) fields and paths back to a type already on the way are
 * left out, as are the `excluded` `Type.field` coordinates.
 */
export function singleViewQuery(excluded: string[] = []): string {
  const schema = buildSchema(readSupergraph(), { assumeValidSDL: true });
  const selectionOf = (type: GraphQLObjectType, onTheWay: string[]): string =>
    Object.values(type.getFields())
      .filter((field) => !field.name.startsWith('_') && !excluded.includes(`${type.name}.${field.name}`))
      .filter((field) => !field.astNode?.directives?.some((directive) => directive.name.value === 'inaccessible'))
      .filter((field) => field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined))
      .map((field) => {
        const named = getNamedType(field.type);
        if (isLeafType(named)) return field.name;
        if (!isObjectType(named) || onTheWay.includes(named.name) || onTheWay.length >= MAX_DEPTH) return '';
        const inner = selectionOf(named, [...onTheWay, named.name]);
        return inner ? `${field.name} { ${inner} }` : '';
      })
      .filter(Boolean)
      .join(' ');
  const person = schema.getType('Person') as GraphQLObjectType;
  return `query SingleView($id: ID!) { person(id: $id) { ${selectionOf(person, ['Person'])} } }`;
}
