import { and } from 'graphql-shield';
import type { ShieldRule } from 'graphql-shield/typings/types';

type RuleTree = Record<string, Record<string, ShieldRule>>;

/** Consent rules and a subgraph's own role rules on one tree; a field with both must pass both. */
export function mergeRules(generated: RuleTree, own: RuleTree): RuleTree {
  const merged: RuleTree = Object.fromEntries(Object.entries(generated).map(([type, fields]) => [type, { ...fields }]));
  for (const [type, fields] of Object.entries(own)) {
    for (const [field, ownRule] of Object.entries(fields)) {
      const existing = merged[type]?.[field];
      (merged[type] ??= {})[field] = existing ? and(existing, ownRule) : ownRule;
    }
  }
  return merged;
}
