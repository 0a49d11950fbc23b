let tail: Promise<unknown> = Promise.resolve();

/**
 * Every write to the consent database, one after another. The audit log is appended on a
 * connection of its own (audit-log-writer.ts); a Prisma write holding SQLite's write lock across
 * an await would make that connection wait on a lock the waiting thread itself must release,
 * so no two writes are ever in flight together. The audit log is written by one consent
 * process: each append reads the hash before it inside its own transaction.
 */
export function inWriteOrder<T>(write: () => Promise<T> | T): Promise<T> {
  const next = tail.then(write);
  tail = next.catch(() => undefined);
  return next;
}
