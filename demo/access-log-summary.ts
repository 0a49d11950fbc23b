/** One line of the person's access log, as `me { accessLog }` returns it. */
export interface AccessLogLine {
  at: string;
  agency: string | null;
  role: string;
  category: string;
  decision: string;
  reason: string;
}

/** Per agency: how often it asked, the categories it was shown and those it was refused. A client's own looks are "you". */
export function summariseAccessLog(lines: AccessLogLine[]): string[] {
  const byWho = new Map<string, { allowed: Map<string, number>; denied: Map<string, number> }>();
  for (const line of lines) {
    const who = line.agency ?? (line.role === 'client' ? 'you' : line.role);
    const entry = byWho.get(who) ?? { allowed: new Map(), denied: new Map() };
    const counts = line.decision === 'ALLOWED' ? entry.allowed : entry.denied;
    counts.set(line.category, (counts.get(line.category) ?? 0) + 1);
    byWho.set(who, entry);
  }
  const total = (counts: Map<string, number>) => [...counts.values()].reduce((sum, times) => sum + times, 0);
  return [...byWho].map(
    ([who, { allowed, denied }]) =>
      `${who}, ${total(allowed) + total(denied)} times: shown ${[...allowed.keys()].join(', ') || 'nothing'}` +
      (denied.size ? `; refused ${[...denied.keys()].join(', ')}` : ''),
  );
}
