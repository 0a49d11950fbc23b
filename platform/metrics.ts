import type { Request, Response } from 'express';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Prometheus metrics of every service in this process, each series labelled with its service.
 * The embedded hub runs every service in one process, so they share one registry.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

export const requestsTotal = new Counter({
  name: 'hub_requests_total',
  help: 'GraphQL requests answered, by service, operation name and outcome.',
  labelNames: ['service', 'operation', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const requestSeconds = new Histogram({
  name: 'hub_request_duration_seconds',
  help: 'Time to answer a GraphQL request, by service and operation name.',
  labelNames: ['service', 'operation'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [metricsRegistry],
});

export const subgraphCallSeconds = new Histogram({
  name: 'hub_subgraph_call_duration_seconds',
  help: 'Time the gateway waited for one subgraph call, by subgraph and outcome.',
  labelNames: ['subgraph', 'outcome'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [metricsRegistry],
});

export const consentDecisionsTotal = new Counter({
  name: 'hub_consent_decisions_total',
  help: 'Access decisions a subgraph received for protected fields, by subgraph and outcome (allowed, denied, unavailable).',
  labelNames: ['subgraph', 'outcome'] as const,
  registers: [metricsRegistry],
});

const MAX_OPERATION_LABELS = 200;
const operationLabels = new Set<string>();

/**
 * Operation names are chosen by callers: past the first 200 seen, names are counted as "other",
 * so a caller sending random names cannot grow the metrics without end.
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  const label = name.slice(0, 64);
  if (operationLabels.has(label)) return label;
  if (operationLabels.size >= MAX_OPERATION_LABELS) return 'other';
  operationLabels.add(label);
  return label;
}

export async function serveMetrics(_req: Request, res: Response) {
  res.set('content-type', metricsRegistry.contentType).send(await metricsRegistry.metrics());
}

export const auditCheckpointLagSeconds = new Histogram({
  name: 'hub_audit_checkpoint_lag_seconds',
  help: 'From the commit of the oldest audit entry no checkpoint covered yet to the stored checkpoint that covers it.',
  buckets: [0.01, 0.025, 0.05, 0.1, 0.15, 0.2, 0.25, 0.5, 1, 2.5],
  registers: [metricsRegistry],
});

export const auditCheckpointRefusalsTotal = new Counter({
  name: 'hub_audit_checkpoint_refusals_total',
  help: 'Checkpoints refused because the audit log no longer extends the last one signed: an alarm, never retried over.',
  registers: [metricsRegistry],
});
