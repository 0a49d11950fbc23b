import fs from 'node:fs';
import path from 'node:path';

type Seed = (db: any) => Promise<void>;

/**
 * A subgraph's demo data is `prisma/<subgraph>/seed.ts` exporting `seed(db)`, found by that
 * convention, so a partner's subgraph brings its own demo data without a line added here.
 * Resolved relative to this file, so it works from the sources (jest) and from dist/.
 */
export function demoSeedFor(subgraph: string): Seed | null {
  const base = path.join(__dirname, '..', 'prisma', subgraph, 'seed');
  if (!['.ts', '.js'].some((extension) => fs.existsSync(base + extension))) return null;
  return (require(base) as { seed: Seed }).seed;
}
