import type { AuditLogExport } from '../../subgraphs/consent/audit-log/audit-log-export';
import type { ConsentDb } from '../../subgraphs/consent/database';
import type { TestHub } from './test-hub';

const PAGE = `query($from: Int!) { auditLogExport(from: $from, limit: 500) {
  format origin checkpointKey exportedAt entries { index leaf leafHash } checkpoints nextAfter } }`;

/** The export file of docs/AUDIT_LOG.md §5, fetched page by page through the gateway as the DPO, as `npm run fetch-audit` does. */
export async function fetchAuditExport(hub: TestHub, user = 'helen'): Promise<AuditLogExport> {
  let from: number | null = 0;
  let exported: AuditLogExport | null = null;
  while (from !== null) {
    const answer: { data: any; errors: Array<{ message: string }> } = await hub.ask(user, PAGE, { from });
    if (answer.errors.length) throw new Error(answer.errors[0].message);
    const page: any = answer.data.auditLogExport;
    exported ??= { format: page.format, origin: page.origin, checkpointKey: page.checkpointKey, exportedAt: page.exportedAt, entries: [], checkpoints: [] };
    exported.entries.push(...page.entries);
    exported.checkpoints.push(...page.checkpoints);
    from = page.nextAfter;
  }
  return exported!;
}

/**
 * Every entry recorded so far is in the central log and under a stored checkpoint: every subgraph's
 * audit outbox shipped, then the consent subgraph's checkpointer has nothing due.
 */
export async function checkpointsSettled(hub: TestHub): Promise<void> {
  await Promise.all([...hub.hub.subgraphs.values()].map((subgraph) => subgraph.auditShipper.flush()));
  await (hub.database('consent') as ConsentDb).audit!.checkpointer.settled();
}
