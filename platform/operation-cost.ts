import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * What an answer may cost, estimated before anything runs: every field counts 1, and a list
 * multiplies what is below it by how many items it may hold: its `limit` argument (a literal, a
 * variable or the default), the number of `representations` a gateway sends to `_entities`, or
 * `assumedListSize` for a list without either. graphql-armor's cost rule knows only `first` and
 * `last` literals and never sees variables, so it would let `caseload(limit: $n)` through at any n.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  assumedListSize: number,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }

  const listSize = (node: FieldNode, field: GraphQLField<unknown, unknown>): number => {
    for (const name of ['limit', 'representations']) {
      const definition = field.args.find((arg) => arg.name === name);
      if (!definition) continue;
      const argument = node.arguments?.find((arg) => arg.name.value === name);
      const value = argument ? valueFromAST(argument.value, definition.type, variables) : definition.defaultValue;
      if (typeof value === 'number') return Math.max(value, 0);
      if (Array.isArray(value)) return value.length;
    }
    return assumedListSize;
  };

  const costOf = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, seen: Set<string>): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = 'getFields' in parent ? parent.getFields()[selection.name.value] : undefined;
        if (!field) continue; // __typename, or a field validation has already refused
        const named = getNamedType(field.type);
        const below = selection.selectionSet && isCompositeType(named) ? costOf(selection.selectionSet, named, seen) : 0;
        const items = isListType(getNullableType(field.type)) ? listSize(selection, field) : 1;
        cost += items * (1 + below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) cost += costOf(selection.selectionSet, type, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (!fragment || !type || !isCompositeType(type) || seen.has(fragment.name.value)) continue;
        cost += costOf(fragment.selectionSet, type, new Set([...seen, fragment.name.value]));
      }
    }
    return cost;
  };

  const root = schema.getRootType(operation.operation);
  return root ? costOf(operation.selectionSet, root, new Set()) : 0;
}
