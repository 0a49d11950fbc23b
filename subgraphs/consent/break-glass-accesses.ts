import type { BreakGlassAccess as BreakGlassAccessRow } from '../../prisma/consent/client/client';
import { BreakGlassAccess, BreakGlassFinding } from './break-glass-access.type';
import type { ConsentDb } from './database';

/** Break-glass requests with whom and what each opened, read from the log in one query for all of them. */
export async function withWhatTheyOpened(db: ConsentDb, rows: BreakGlassAccessRow[]): Promise<BreakGlassAccess[]> {
  if (rows.length === 0) return [];
  // `reason` as a literal, not a parameter: the only index on "requestId" is partial, on break-glass entries alone
  // (migration 20261204060000), and a plan may use it only where the query itself says BREAK_GLASS.
  const opened = await db.$queryRaw<Array<{ requestId: string; personId: string; category: string }>>`
    SELECT "requestId", "personId", category FROM "AuditEvent" WHERE reason = 'BREAK_GLASS' AND "requestId" = ANY(${rows.map((row) => row.requestId)}::text[])`;
  return rows.map((row) => {
    const mine = opened.filter((entry) => entry.requestId === row.requestId);
    return {
      ...row,
      finding: row.finding as BreakGlassFinding | null,
      people: [...new Set(mine.map((entry) => entry.personId))].sort(),
      categories: [...new Set(mine.map((entry) => entry.category))].sort(),
    };
  });
}
