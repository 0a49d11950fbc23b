import { UnexpectedAnswers, type Side } from './alternating-rounds';

/**
 * Asks every side once and insists on the same `data`: two gateways in front of the same
 * subgraphs, or a gateway and the subgraph it forwards to, must give the front end one answer.
 */
export async function assertSameAnswers(sides: Side[]): Promise<void> {
  const answers = await Promise.all(
    sides.map(async (side) => {
      const variables = typeof side.operation.variables === 'function' ? side.operation.variables() : side.operation.variables;
      const response = await fetch(side.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${side.token}` },
        body: JSON.stringify({ query: side.operation.query, variables }),
      });
      return JSON.stringify(((await response.json()) as { data?: unknown }).data ?? null);
    }),
  );
  const differing = sides.filter((_, index) => answers[index] !== answers[0]);
  if (differing.length > 0) {
    throw new UnexpectedAnswers(`${differing.map((side) => side.label).join(', ')} answered differently from ${sides[0].label}`);
  }
}
