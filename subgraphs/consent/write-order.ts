let tail: Promise<unknown> = Promise.resolve();

/**
 * Every write to the consent database, one after another. The audit log is appended on a
 * connection of its own (audit-log-writer.ts); a Prisma write holding SQLite's write lock across
 * an await would make that connection wait on a lock the waiting thread itself must release,
 * so no two writes are ever in flight together. It also keeps each audit entry linked to the
 * one truly before it (one consent process writes the log).
 */
export function inWriteOrder<T>(write: () => Promise<T> | T): Promise<T> {
  const next = tail.then(write);
  tail = next.catch(() => undefined);
  return next;
}
