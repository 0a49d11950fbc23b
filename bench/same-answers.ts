import { UnexpectedAnswers, type Side } from './alternating-rounds';
import { askOnce } from './load-run';

/**
 * Asks every side once and insists on the same `data`: two gateways in front of the same
 * subgraphs, or a gateway and the subgraph it forwards to, must give the front end one answer.
 */
export async function assertSameAnswers(sides: Side[]): Promise<void> {
  const answers = await Promise.all(
    sides.map(async (side) => {
      const { text } = await askOnce(side.url, side.token, side.operation);
      return JSON.stringify((JSON.parse(text) as { data?: unknown }).data ?? null);
    }),
  );
  const differing = sides.filter((_, index) => answers[index] !== answers[0]);
  if (differing.length > 0) {
    throw new UnexpectedAnswers(`${differing.map((side) => side.label).join(', ')} answered differently from ${sides[0].label}`);
  }
}
