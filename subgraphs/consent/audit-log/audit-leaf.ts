/**
 * The canonical leaf of one audit entry: the exact bytes the Merkle log hashes (docs/AUDIT_LOG.md,
 * "Leaf encoding"). Length-prefixed rather than JSON, so that an outside verifier needs no rules
 * for escaping, key order or number formats to get the same bytes.
 *
 *   leaf  = 0x01 (format version) || field × 14, in LEAF_FIELDS order
 *   field = 0x00                                  (absent: only the optional fields)
 *         | 0x01 || uint32 big-endian length || UTF-8 bytes
 *
 * `at` is written as `Date.toISOString()`: UTC, milliseconds, e.g. 2026-12-02T06:50:07.123Z.
 */
export interface AuditLeafFields {
  subject: string;
  agency: string | null;
  role: string;
  personId: string;
  subgraph: string;
  fieldPath: string;
  category: string;
  decision: 'ALLOWED' | 'DENIED';
  reason: string;
  consentId: string | null;
  justification: string | null;
  /** The gateway's own request id. */
  requestId: string;
  /** The caller's `x-request-id`, kept apart: a correlation value only. */
  correlationId: string | null;
  at: Date;
}

export const LEAF_FORMAT_VERSION = 0x01;

/** The fields in the order they are written, and whether each may be absent. */
export const LEAF_FIELDS: ReadonlyArray<readonly [keyof AuditLeafFields, 'required' | 'optional']> = [
  ['subject', 'required'], ['agency', 'optional'], ['role', 'required'], ['personId', 'required'],
  ['subgraph', 'required'], ['fieldPath', 'required'], ['category', 'required'], ['decision', 'required'],
  ['reason', 'required'], ['consentId', 'optional'], ['justification', 'optional'], ['requestId', 'required'],
  ['correlationId', 'optional'], ['at', 'required'],
];

const LONE_SURROGATE = /\p{Cs}/u;

export class AuditLeafError extends Error {}

export function encodeAuditLeaf(entry: AuditLeafFields): Buffer {
  const parts: Buffer[] = [Buffer.from([LEAF_FORMAT_VERSION])];
  for (const [name, presence] of LEAF_FIELDS) {
    const value = textOf(entry, name);
    if (value === null) {
      if (presence === 'required') throw new AuditLeafError(`audit entry field "${name}" is required`);
      parts.push(Buffer.from([0x00]));
      continue;
    }
    // Buffer.from would quietly turn a lone surrogate into U+FFFD, so two entries could share a leaf.
    if (LONE_SURROGATE.test(value)) throw new AuditLeafError(`audit entry field "${name}" is not valid Unicode text`);
    const bytes = Buffer.from(value, 'utf8');
    const header = Buffer.alloc(5);
    header[0] = 0x01;
    header.writeUInt32BE(bytes.length, 1);
    parts.push(header, bytes);
  }
  return Buffer.concat(parts);
}

function textOf(entry: AuditLeafFields, name: keyof AuditLeafFields): string | null {
  const value = entry[name];
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new AuditLeafError(`audit entry field "${name}" is not a valid time`);
    return value.toISOString();
  }
  if (name === 'decision' && value !== 'ALLOWED' && value !== 'DENIED') throw new AuditLeafError(`audit entry field "decision" must be ALLOWED or DENIED`);
  return value;
}
