/**
 * The gateway is ready when every subgraph answers its own `/ready` (its database is reachable).
 * Each subgraph serves `/ready` beside `/graphql`.
 */
export async function unreadySubgraphs(subgraphUrls: Record<string, string>): Promise<string[]> {
  const checks = await Promise.all(
    Object.entries(subgraphUrls).map(async ([name, url]) => {
      try {
        const response = await fetch(url.replace(/\/graphql$/, '/ready'), { signal: AbortSignal.timeout(2000) });
        return response.ok ? null : name;
      } catch {
        return name;
      }
    }),
  );
  return checks.filter((name): name is string => name !== null);
}
