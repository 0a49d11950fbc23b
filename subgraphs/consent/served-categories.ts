import { readSupergraph } from '../../gateway/supergraph-file';
import { accessRulesFromSupergraph } from '../../schema/access-rules';

let bySubgraph: Map<string, ReadonlySet<string>> | null = null;

/**
 * The categories whose fields a subgraph resolves, read from the composed supergraph (as
 * ACCESS_RULES.md is): all a subgraph's consent copy may hold. A service the supergraph does
 * not name (the gateway) serves none.
 */
export function categoriesServedBy(subgraph: string): ReadonlySet<string> {
  if (!bySubgraph) {
    const map = new Map<string, Set<string>>();
    for (const rule of accessRulesFromSupergraph(readSupergraph())) {
      for (const name of rule.subgraph.split(', ')) {
        if (!map.has(name)) map.set(name, new Set());
        map.get(name)!.add(rule.category);
      }
    }
    bySubgraph = map;
  }
  return bySubgraph.get(subgraph) ?? new Set();
}
