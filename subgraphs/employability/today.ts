/** Today's date, YYYY-MM-DD, in UTC: what "overdue", "completed today" and "as of" are measured against. */
export const today = (): string => new Date().toISOString().slice(0, 10);
