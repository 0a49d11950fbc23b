/**
 * A DateTime as Prisma stores it in SQLite (ISO 8601, `+00:00`): what the consent subgraph's own
 * SQL writes and compares against, so that Prisma reads the same instant back and text order is
 * time order.
 */
export const storedDate = (at: Date): string => at.toISOString().replace('Z', '+00:00');
