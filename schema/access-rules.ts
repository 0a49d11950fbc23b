import { Kind, parse, type ConstDirectiveNode, type ObjectTypeDefinitionNode } from 'graphql';
import { guardingCategory } from '../subgraphs/kit/guarded-fields';
import { dataCategory } from './data-categories';

export interface AccessRule {
  type: string;
  field: string;
  /** The subgraph that resolves the field (the agency system that holds the data). */
  subgraph: string;
  category: string;
  special: boolean;
}

const argument = (directive: ConstDirectiveNode, name: string) => {
  const value = directive.arguments?.find((arg) => arg.name.value === name)?.value;
  return value && (value.kind === Kind.ENUM || value.kind === Kind.STRING) ? value.value : null;
};

/** Every guarded field of the supergraph, read from the supergraph alone: what the DPO audits. */
export function accessRulesFromSupergraph(supergraphSdl: string): AccessRule[] {
  const document = parse(supergraphSdl);
  const graphNames = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const join = value.directives?.find((d) => d.name.value === 'join__graph');
      if (join) graphNames.set(value.name.value, argument(join, 'name') ?? value.name.value);
    }
  }
  const subgraphsOf = (directives: readonly ConstDirectiveNode[] | undefined, name: string) =>
    (directives ?? []).filter((d) => d.name.value === name).map((d) => graphNames.get(argument(d, 'graph') ?? '') ?? '?');

  const rules: AccessRule[] = [];
  for (const type of document.definitions) {
    if (type.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    for (const field of type.fields ?? []) {
      const category = guardingCategory(type as ObjectTypeDefinitionNode, field);
      if (!category) continue;
      const owners = subgraphsOf(field.directives, 'join__field');
      const subgraph = (owners.length ? owners : subgraphsOf(type.directives, 'join__type')).join(', ');
      rules.push({ type: type.name.value, field: field.name.value, subgraph, category, special: dataCategory(category)?.special ?? false });
    }
  }
  return rules.sort((a, b) => a.subgraph.localeCompare(b.subgraph) || a.type.localeCompare(b.type) || a.field.localeCompare(b.field));
}
