/** Reads a canonical audit leaf (docs/AUDIT_LOG.md, "Leaf encoding"): version 0x01, then 14 fields. */
const FIELDS = [
  'subject', 'agency', 'role', 'personId', 'subgraph', 'fieldPath', 'category',
  'decision', 'reason', 'consentId', 'justification', 'requestId', 'correlationId', 'at',
] as const;
const OPTIONAL = new Set(['agency', 'consentId', 'justification', 'correlationId']);
const utf8 = new TextDecoder('utf-8', { fatal: true });

export type AuditLeaf = Record<(typeof FIELDS)[number], string | null>;

/** The entry a leaf records, or a sentence saying what is wrong with it. */
export function readLeaf(leaf: Buffer): AuditLeaf | string {
  if (leaf[0] !== 0x01) return `it starts with byte ${leaf[0]}, not format version 1`;
  const entry = {} as AuditLeaf;
  let at = 1;
  for (const field of FIELDS) {
    const presence = leaf[at];
    if (presence === 0x00 && OPTIONAL.has(field)) { entry[field] = null; at += 1; continue; }
    if (presence !== 0x01) return `field "${field}" is ${presence === undefined ? 'missing' : 'absent, and it is required'}`;
    if (at + 5 > leaf.length) return `field "${field}" is cut short`;
    const length = leaf.readUInt32BE(at + 1);
    if (at + 5 + length > leaf.length) return `field "${field}" is cut short`;
    try {
      entry[field] = utf8.decode(leaf.subarray(at + 5, at + 5 + length));
    } catch {
      return `field "${field}" is not UTF-8 text`;
    }
    at += 5 + length;
  }
  if (at !== leaf.length) return `${leaf.length - at} bytes follow the last field`;
  if (entry.decision !== 'ALLOWED' && entry.decision !== 'DENIED') return `field "decision" is "${entry.decision}"`;
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(entry.at!)) return `field "at" is "${entry.at}", not a UTC time`;
  return entry;
}

/** One line saying what the entry records, for a report. */
export function describeLeaf(entry: AuditLeaf): string {
  return `${entry.at}: ${entry.subject} (${entry.role}${entry.agency ? `, ${entry.agency}` : ''}) on ${entry.personId}'s ${entry.fieldPath}, ${entry.decision} (${entry.reason})`;
}
