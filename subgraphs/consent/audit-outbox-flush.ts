import { SERVICE_CREDENTIAL_HEADER } from '../../platform/service-credentials';
import { hubLog } from '../../platform/request-log';
import { FLUSH_WAIT_MS } from '../kit/audit-shipper';

/** Where a subgraph ships its audit outbox on request: beside its GraphQL endpoint. */
const flushUrl = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '') + '/audit-outbox/flush';

/**
 * Before the consent subgraph answers from the audit log (a person's access log, the DPO's search,
 * export and verification), every subgraph ships what its outbox holds, so that a look shows up at
 * once (docs/AUDIT_LOG.md, "The audit outbox"). Asked of all at once, each for at most FLUSH_WAIT_MS;
 * resolves with the subgraphs that did not ship in time, named to whoever reads the log.
 */
export function auditOutboxFlusher(outboxes: { urls: () => Record<string, string>; serviceCredential: string } | undefined) {
  return async function flushAuditOutboxes(): Promise<string[]> {
    if (!outboxes) return [];
    const urls = Object.entries(outboxes.urls());
    const results = await Promise.all(
      urls.map(async ([name, url]) => {
        try {
          const response = await fetch(flushUrl(url), {
            method: 'POST',
            headers: { 'content-type': 'application/json', [SERVICE_CREDENTIAL_HEADER]: outboxes.serviceCredential },
            body: '{}',
            signal: AbortSignal.timeout(FLUSH_WAIT_MS),
          });
          await response.body?.cancel();
          return response.ok ? null : name;
        } catch {
          return name;
        }
      }),
    );
    const missing = results.filter((name): name is string => name !== null);
    if (missing.length > 0) hubLog().warn({ subgraphs: missing }, 'audit log: these subgraphs did not ship their audit outbox in time; their newest entries may be missing from this answer');
    return missing;
  };
}
