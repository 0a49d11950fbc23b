import { encodeAuditLeaf, AuditLeafError } from './audit-log/audit-leaf';
import { EXPORT_FORMAT } from './audit-log/audit-log-export';
import { parseCheckpointBody } from './audit-log/checkpoint';
import type { AuditLogExportPage } from './audit-log-export.type';
import type { AuditLog, ConsentDb } from './database';

/** One page of the export file (docs/AUDIT_LOG.md §5): entries [from, from + limit) as stored, and the checkpoints whose size falls in it. */
export async function auditLogExportPage(db: ConsentDb, audit: AuditLog, from: number, limit: number): Promise<AuditLogExportPage> {
  const [rows, state, records] = await Promise.all([
    db.auditEvent.findMany({ where: { leafIndex: { gte: from } }, orderBy: { leafIndex: 'asc' }, take: limit }),
    db.auditTreeState.findUnique({ where: { id: 1 } }),
    audit.settings.checkpoints.all(),
  ]);
  const treeSize = state?.size ?? 0;
  const end = from + rows.length;
  const last = rows.length < limit || end >= treeSize;
  const sizeOf = (note: string) => parseCheckpointBody(note.slice(0, note.lastIndexOf('\n\n') + 1)).size;
  return {
    format: EXPORT_FORMAT,
    origin: audit.settings.origin,
    checkpointKey: audit.settings.signer.verifierKey,
    exportedAt: new Date(),
    treeSize,
    entries: rows.map((row) => ({ index: row.leafIndex, leaf: leafOf(row).toString('base64'), leafHash: Buffer.from(row.leafHash).toString('base64') })),
    checkpoints: records.map((record) => record.note).filter((note) => sizeOf(note) > from && (last || sizeOf(note) <= end)),
    nextAfter: last ? null : end,
  };
}

/** A row the encoding refuses (a field changed to something no entry can hold) exports as an empty leaf: the verifier names it. */
function leafOf(row: Parameters<typeof encodeAuditLeaf>[0] | { decision: string }): Buffer {
  try {
    return encodeAuditLeaf(row as Parameters<typeof encodeAuditLeaf>[0]);
  } catch (error) {
    if (error instanceof AuditLeafError) return Buffer.alloc(0);
    throw error;
  }
}
