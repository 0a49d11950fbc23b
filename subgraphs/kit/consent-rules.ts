import { GraphQLError, isObjectType, type GraphQLSchema } from 'graphql';
import { rule, type IRules } from 'graphql-shield';
import type { ShieldRule } from 'graphql-shield/typings/types';
import type { SubgraphContext } from './context';
import { refusalFor } from './consent-refusals';
import { guardedBelow } from './guarded-below';
import { guardingCategory } from './guarded-fields';

type Context = SubgraphContext<unknown, unknown>;

/**
 * Whose data a value is: a `Person` is its own id; every other record says so in `personId`.
 * A record held by more than one agency (a referral) names them in `holdingAgencies`, a property
 * of the resolved value rather than a GraphQL field.
 */
const personIdOf = (typeName: string, parent: { id?: string; personId?: string }) =>
  typeName === 'Person' ? parent.id : parent.personId;

function consentRequired(typeName: string, category: string, sharedRecordTypes: ReadonlySet<string>) {
  return rule(`consent:${typeName}:${category}`, { cache: 'no_cache' })(async (parent, _args, context: Context, info) => {
    const personId = personIdOf(typeName, parent);
    if (!personId) return new GraphQLError('Cannot tell whose data this is.', { extensions: { code: 'FORBIDDEN' } });
    const holdingAgencies = (parent as { holdingAgencies?: string[] }).holdingAgencies;
    if (!holdingAgencies) {
      // Asked now, in this question's batch, and answered from the loader's cache further down.
      for (const below of guardedBelow(info, sharedRecordTypes)) void context.decisions.load({ personId, ...below });
    }
    const answer = await context.decisions.load({ personId, category, fieldPath: `${typeName}.${info.fieldName}`, holdingAgencies });
    return refusalFor(answer, category, personId) ?? true;
  });
}

/**
 * The consent rule of every guarded field, generated from the schema's own `@consent`
 * directives: no hand-kept list that could drift from what the schema says. Entities reached
 * through `_entities` are guarded too, because the rules sit on their fields.
 */
export function consentRulesFor(schema: GraphQLSchema, sharedRecordTypes: string[] = []): Record<string, Record<string, ShieldRule>> {
  const rules: Record<string, Record<string, ShieldRule>> = {};
  const made = new Map<string, ShieldRule>();
  const shared = new Set(sharedRecordTypes);
  const ruleFor = (typeName: string, category: string) => {
    const key = `${typeName}:${category}`;
    if (!made.has(key)) made.set(key, consentRequired(typeName, category, shared));
    return made.get(key)!;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.astNode || type.name.startsWith('_')) continue;
    for (const field of Object.values(type.getFields())) {
      const category = field.astNode ? guardingCategory(type.astNode, field.astNode) : null;
      if (!category) continue;
      (rules[type.name] ??= {})[field.name] = ruleFor(type.name, category);
    }
  }
  return rules;
}

export type { IRules };

/** Every category a guarded field of this schema is guarded by: what the subgraph's consent copy holds. */
export function categoriesGuardedIn(schema: GraphQLSchema): string[] {
  const categories = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.astNode || type.name.startsWith('_')) continue;
    for (const field of Object.values(type.getFields())) {
      const category = field.astNode ? guardingCategory(type.astNode, field.astNode) : null;
      if (category) categories.add(category);
    }
  }
  return [...categories].sort();
}
