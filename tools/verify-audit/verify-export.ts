import { parseTrustedKey, readCheckpoint, type SignedCheckpoint } from './checkpoint-note';
import type { ExportFile } from './export-file';
import { describeLeaf, readLeaf } from './leaf-format';
import { leafHash, rootsAtSizes } from './merkle';

export type FindingKind =
  | 'CHANGED_ENTRY' | 'MALFORMED_ENTRY' | 'MISSING_RANGE' | 'EMPTIED' | 'FORK'
  | 'UNTRUSTED_CHECKPOINT' | 'KEY_MISMATCH' | 'NOTHING_TO_CHECK_AGAINST';

export interface Finding {
  kind: FindingKind;
  message: string;
  /** Entries concerned, [from, to). */
  from?: number;
  to?: number;
}

export interface VerificationReport {
  intact: boolean;
  entries: number;
  /** The largest checkpoint the entries were found to match, if any. */
  verifiedSize: number | null;
  checkpointsChecked: number;
  findings: Finding[];
  /** What is true but not a break: entries not yet under a checkpoint, a key taken from the export. */
  notes: string[];
  /** The latest trusted checkpoint that the entries match: worth keeping for next time. */
  latestVerifiedCheckpoint: string | null;
}

interface TrustedCheckpoint extends SignedCheckpoint {
  note: string;
  source: string;
}

/**
 * Checks an export against its own checkpoints and any the reader kept, and names what broke.
 * `trustedKey` is the reader's own copy of the checkpoint key; without it the export's is used,
 * which proves the log agrees with checkpoints signed by whoever made the export, no more.
 */
export function verifyExport(file: ExportFile, options: { keptCheckpoints?: Array<{ note: string; source: string }>; trustedKey?: string } = {}): VerificationReport {
  const findings: Finding[] = [];
  const notes: string[] = [];
  const key = parseTrustedKey(options.trustedKey ?? file.checkpointKey);
  if (!options.trustedKey) notes.push(`Checkpoints were checked with the key the export names (${key.name}+${key.keyHash.toString('hex')}); pin your own copy with --key.`);
  else if (file.checkpointKey.trim() !== key.text) findings.push({ kind: 'KEY_MISMATCH', message: `The export names the checkpoint key "${file.checkpointKey.trim()}", not the key you trust "${key.text}".` });

  // The entries as far as they run without a gap, each recomputed from its leaf.
  const leafHashes: Buffer[] = [];
  for (const [position, entry] of file.entries.entries()) {
    if (entry.index !== leafHashes.length) {
      const message = entry.index > leafHashes.length
        ? `Entries ${leafHashes.length} to ${entry.index - 1} are missing from the middle of the log.`
        : `Entry ${entry.index} appears again, or out of order, at position ${position}.`;
      findings.push({ kind: 'MISSING_RANGE', message, from: leafHashes.length, to: Math.max(entry.index, leafHashes.length + 1) });
      break;
    }
    const recorded = readLeaf(entry.leaf);
    if (typeof recorded === 'string') findings.push({ kind: 'MALFORMED_ENTRY', message: `Entry ${entry.index} is not a well-formed audit leaf: ${recorded}.`, from: entry.index, to: entry.index + 1 });
    const hash = leafHash(entry.leaf);
    if (!hash.equals(entry.storedLeafHash)) {
      findings.push({ kind: 'CHANGED_ENTRY', message: `Entry ${entry.index} was changed: what it records no longer has the leaf hash stored when it was appended${typeof recorded === 'string' ? '' : ` (it now reads ${describeLeaf(recorded)})`}.`, from: entry.index, to: entry.index + 1 });
    }
    leafHashes.push(hash);
  }
  const contiguous = leafHashes.length;

  // Every checkpoint that the trusted key signed, for this log.
  const trusted: TrustedCheckpoint[] = [];
  const sources = [...file.checkpoints.map((note, i) => ({ note, source: `checkpoint ${i + 1} of the export` })), ...(options.keptCheckpoints ?? [])];
  for (const { note, source } of sources) {
    const checkpoint = readCheckpoint(note, key, file.origin);
    if (typeof checkpoint === 'string') findings.push({ kind: 'UNTRUSTED_CHECKPOINT', message: `The ${source} cannot be trusted: ${checkpoint}.` });
    else trusted.push({ ...checkpoint, note, source });
  }
  trusted.sort((a, b) => a.size - b.size);
  if (trusted.length === 0) {
    findings.push({ kind: 'NOTHING_TO_CHECK_AGAINST', message: 'There is no trusted checkpoint to check the entries against: hand in one you kept with --checkpoint.' });
  }

  // Two signed checkpoints of one size with different roots: two logs under one key.
  for (let i = 1; i < trusted.length; i += 1) {
    const [a, b] = [trusted[i - 1], trusted[i]];
    if (a.size === b.size && !a.root.equals(b.root)) {
      findings.push({ kind: 'FORK', message: `The ${a.source} and the ${b.source} both sign a log of ${a.size} entries, with different roots: two different logs under the same checkpoint key.`, from: 0, to: a.size });
    }
  }

  const roots = rootsAtSizes(leafHashes, new Set(trusted.filter((c) => c.size <= contiguous).map((c) => c.size)));
  const matches = (c: TrustedCheckpoint) => c.size <= contiguous && roots.get(c.size)!.equals(c.root);
  const largestMatch = [...trusted].reverse().find(matches) ?? null;
  for (const checkpoint of trusted) {
    if (checkpoint.size > contiguous && contiguous < file.entries.length) {
      findings.push({ kind: 'MISSING_RANGE', message: `The ${checkpoint.source} (${checkpoint.size} entries) cannot be checked past the gap at entry ${contiguous}.`, from: contiguous, to: file.entries[contiguous].index });
    } else if (checkpoint.size > contiguous) {
      const kind = file.entries.length === 0 ? 'EMPTIED' : 'MISSING_RANGE';
      const message = file.entries.length === 0
        ? `The log was emptied: the ${checkpoint.source} signs ${checkpoint.size} entries and the export has none.`
        : `Entries ${contiguous} to ${checkpoint.size - 1} are missing: the ${checkpoint.source} signs ${checkpoint.size} entries and the export holds ${contiguous}.`;
      findings.push({ kind, message, from: contiguous, to: checkpoint.size });
    } else if (!matches(checkpoint)) {
      const vouching = trusted.find((other) => other.size >= checkpoint.size && matches(other));
      if (vouching) {
        findings.push({ kind: 'FORK', message: `The ${checkpoint.source} (${checkpoint.size} entries) and the ${vouching.source} (${vouching.size} entries) are both signed, but the second does not extend the first: two different logs under the same checkpoint key.`, from: 0, to: checkpoint.size });
      } else {
        const below = [...trusted].reverse().find((other) => other.size < checkpoint.size && matches(other))?.size ?? 0;
        const named = findings.some((f) => f.kind === 'CHANGED_ENTRY' && f.from! >= below && f.from! < checkpoint.size);
        findings.push({
          kind: 'CHANGED_ENTRY',
          message: `The entries do not match the ${checkpoint.source} (${checkpoint.size} entries): ${named ? 'see the change named above' : `at least one of entries ${below} to ${checkpoint.size - 1} was changed, with the hashes recomputed`}.`,
          from: below,
          to: checkpoint.size,
        });
      }
    }
  }
  const verifiedSize = largestMatch?.size ?? null;
  const checkpointedSize = trusted.at(-1)?.size ?? 0;
  if (contiguous > checkpointedSize && trusted.length > 0) notes.push(`Entries ${checkpointedSize} to ${contiguous - 1} are not under a trusted checkpoint yet: nothing vouches for them.`);
  return {
    intact: findings.length === 0,
    entries: file.entries.length,
    verifiedSize,
    checkpointsChecked: trusted.length,
    findings,
    notes,
    latestVerifiedCheckpoint: largestMatch?.note ?? null,
  };
}
