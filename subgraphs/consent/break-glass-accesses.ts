import type { BreakGlassAccess as BreakGlassAccessRow } from '../../prisma/consent/client/client';
import { BreakGlassAccess, BreakGlassFinding } from './break-glass-access.type';
import type { ConsentDb } from './database';

/** Break-glass requests with whom and what each opened, read from the log in one query for all of them. */
export async function withWhatTheyOpened(db: ConsentDb, rows: BreakGlassAccessRow[]): Promise<BreakGlassAccess[]> {
  const opened = await db.auditEvent.findMany({
    where: { requestId: { in: rows.map((row) => row.requestId) }, reason: 'BREAK_GLASS' },
    select: { requestId: true, personId: true, category: true },
  });
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
