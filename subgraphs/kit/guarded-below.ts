import {
  getNamedType,
  isObjectType,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { guardingCategory } from './guarded-fields';

export interface GuardedBelow {
  category: string;
  /** The first field below that this category guards, as the audit log names it. */
  fieldPath: string;
}

const computed = new WeakMap<FieldNode, GuardedBelow[]>();

/**
 * Every consent category guarding a field selected below the field being resolved, read off the
 * query itself. The selection belongs to the same person all the way down, so the consent rule
 * can ask for all of these in the batch of its own question: one round trip to the consent
 * subgraph per request rather than one per level of the answer. Types in `sharedRecordTypes`
 * (records two agencies hold, asked about with their holders) are not descended into.
 */
export function guardedBelow(info: GraphQLResolveInfo, sharedRecordTypes: ReadonlySet<string>): GuardedBelow[] {
  const node = info.fieldNodes[0];
  const known = computed.get(node);
  if (known) return known;
  const found = new Map<string, string>();
  const type = getNamedType(info.returnType);
  if (isObjectType(type) && node.selectionSet && !sharedRecordTypes.has(type.name)) {
    collect(type, node.selectionSet, info, sharedRecordTypes, found, new Set());
  }
  const result = [...found].map(([category, fieldPath]) => ({ category, fieldPath }));
  computed.set(node, result);
  return result;
}

function collect(
  type: GraphQLObjectType,
  selectionSet: SelectionSetNode,
  info: GraphQLResolveInfo,
  sharedRecordTypes: ReadonlySet<string>,
  found: Map<string, string>,
  spreadsSeen: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === 'InlineFragment') {
      const condition = selection.typeCondition ? info.schema.getType(selection.typeCondition.name.value) : type;
      if (isObjectType(condition)) collect(condition, selection.selectionSet, info, sharedRecordTypes, found, spreadsSeen);
      continue;
    }
    if (selection.kind === 'FragmentSpread') {
      const fragment = info.fragments[selection.name.value];
      const condition = fragment && info.schema.getType(fragment.typeCondition.name.value);
      if (fragment && isObjectType(condition) && !spreadsSeen.has(fragment.name.value)) {
        collect(condition, fragment.selectionSet, info, sharedRecordTypes, found, new Set([...spreadsSeen, fragment.name.value]));
      }
      continue;
    }
    const field = type.getFields()[selection.name.value];
    if (!field) continue; // __typename
    const category = type.astNode && field.astNode ? guardingCategory(type.astNode, field.astNode) : null;
    if (category && !found.has(category)) found.set(category, `${type.name}.${field.name}`);
    const inner = getNamedType(field.type);
    if (selection.selectionSet && isObjectType(inner) && !sharedRecordTypes.has(inner.name)) {
      collect(inner, selection.selectionSet, info, sharedRecordTypes, found, spreadsSeen);
    }
  }
}
