import { GraphQLError } from 'graphql';
import { AuditLeafError, encodeAuditLeaf } from './audit-log/audit-leaf';
import { openCheckpoint, parseCheckpointBody, type Checkpoint } from './audit-log/checkpoint';
import type { CheckpointRecord } from './audit-log/checkpoint-issuer';
import { hashLeaf, type Hash } from './audit-log/merkle-hashing';
import { SignedNoteError } from './audit-log/signed-note';
import { appendLeaves, EMPTY_TREE, rootOf, type TreeState } from './audit-log/tree-state';
import { AuditCheckSource, AuditLogProblem, type AuditCheck, type AuditLogVerification } from './audit-log-verification.type';
import type { AuditLog, ConsentDb } from './database';

const PAGE = 5000;
const MAX_CHECKPOINT_LENGTH = 10_000;
const UNREADABLE_LEAF = Buffer.alloc(32);

/** The log as its rows read now: recomputed leaf hashes, roots at the sizes asked for, and what is wrong with the rows themselves. */
interface LogAsItStands {
  size: number;
  root: Hash;
  rootAt: Map<number, Hash>;
  changed: number[];
  gap: { from: number; to: number } | null;
}

async function readLog(db: ConsentDb, sizes: Set<number>): Promise<LogAsItStands> {
  let state: TreeState = EMPTY_TREE;
  const rootAt = new Map<number, Hash>();
  const changed: number[] = [];
  let gap: LogAsItStands['gap'] = null;
  for (let after = -1; ;) {
    const rows = await db.auditEvent.findMany({ where: { leafIndex: { gt: after } }, orderBy: { leafIndex: 'asc' }, take: PAGE });
    if (rows.length === 0) break;
    for (const row of rows) {
      if (gap === null && row.leafIndex !== state.size) gap = { from: state.size, to: row.leafIndex };
      let leafHash: Hash;
      try {
        leafHash = hashLeaf(encodeAuditLeaf({ ...row, decision: row.decision as 'ALLOWED' | 'DENIED' }));
      } catch (error) {
        if (!(error instanceof AuditLeafError)) throw error;
        leafHash = UNREADABLE_LEAF;
      }
      if (!leafHash.equals(row.leafHash)) changed.push(row.leafIndex);
      state = appendLeaves(state, [leafHash]);
      if (sizes.has(state.size)) rootAt.set(state.size, rootOf(state));
      after = row.leafIndex;
    }
  }
  return { size: state.size, root: rootOf(state), rootAt, changed, gap };
}

const bodyOf = (note: string): Checkpoint => parseCheckpointBody(note.slice(0, note.lastIndexOf('\n\n') + 1));
const range = (from: number, to: number) => (to - from === 1 ? `entry ${from}` : `entries ${from} to ${to - 1}`);
const capital = (text: string) => text[0].toUpperCase() + text.slice(1);
const isAre = (from: number, to: number) => (to - from === 1 ? 'is' : 'are');

function check(source: AuditCheckSource, checkpoint: Checkpoint | null, found: Partial<AuditCheck> = {}): AuditCheck {
  return {
    source, treeSize: checkpoint?.size ?? null, rootHash: checkpoint?.root.toString('base64') ?? null,
    ok: !found.problem, problem: null, fromEntry: null, toEntry: null, detail: null, ...found,
  };
}

/** Whether the log holds what `checkpoint` signed; null when the entries are all there but their root differs. */
function missingOrMatching(log: LogAsItStands, checkpoint: Checkpoint, name: string): Partial<AuditCheck> | null {
  const { size } = checkpoint;
  if (log.size === 0) return { problem: AuditLogProblem.EMPTIED, fromEntry: 0, toEntry: size, detail: `The log was emptied: ${name} signs ${size} entries and the log has none.` };
  if (log.gap && log.gap.from < size) {
    return { problem: AuditLogProblem.MISSING_RANGE, fromEntry: log.gap.from, toEntry: log.gap.to, detail: `${capital(range(log.gap.from, log.gap.to))} ${isAre(log.gap.from, log.gap.to)} missing from the middle of the log.` };
  }
  if (log.size < size) {
    return { problem: AuditLogProblem.MISSING_RANGE, fromEntry: log.size, toEntry: size, detail: `${capital(range(log.size, size))} ${isAre(log.size, size)} missing: ${name} signs ${size} entries and the log holds ${log.size}.` };
  }
  return log.rootAt.get(size)!.equals(checkpoint.root) ? {} : null;
}

/** The last stored checkpoint below `size` that the log still matches, and the first after it that it does not: where a rewrite happened. */
function narrow(log: LogAsItStands, stored: Checkpoint[], size: number): { from: number; to: number } {
  let from = 0;
  let to = size;
  for (const checkpoint of stored) {
    if (checkpoint.size >= size) break;
    if (checkpoint.size > log.size) break;
    if (log.rootAt.get(checkpoint.size)!.equals(checkpoint.root)) from = checkpoint.size;
    else { to = checkpoint.size; break; }
  }
  return { from, to };
}

function changedSince(log: LogAsItStands, stored: Checkpoint[], size: number, name: string): Partial<AuditCheck> {
  const { from, to } = narrow(log, stored, size);
  const named = log.changed.filter((index) => index >= from && index < to);
  const which = named.length ? ` (${range(named[0], named[0] + 1)} no longer matches its stored hash)` : ', with the hashes recomputed';
  return {
    problem: AuditLogProblem.CHANGED_ENTRY, fromEntry: from, toEntry: to,
    detail: `${to - from === 1 ? capital(range(from, to)) : `At least one of ${range(from, to)}`} was changed after ${name} was signed${which}: the log's first ${size} entries no longer give its root.`,
  };
}

/** A handed-in checkpoint, refused as input only when it is not a checkpoint at all (a forged one is a finding, not bad input). */
function parseHandedIn(note: string): Checkpoint {
  const refuse = (why: string) =>
    new GraphQLError(`checkpoint ${why}`, { extensions: { code: 'BAD_USER_INPUT', invalidFields: [{ field: 'checkpoint', problems: [`checkpoint ${why}`] }] } });
  if (note.length > MAX_CHECKPOINT_LENGTH) throw refuse(`is longer than ${MAX_CHECKPOINT_LENGTH} characters: a checkpoint is a few lines`);
  if (!note.endsWith('\n') || !note.includes('\n\n')) throw refuse('is not a signed note (origin, size and root, a blank line, then signature lines)');
  try {
    return bodyOf(note);
  } catch (error) {
    throw refuse(`is not a checkpoint: ${(error as Error).message}`);
  }
}

/**
 * `verifyAuditLog` (docs/AUDIT_LOG.md §6): every entry recomputed from its fields, against the leaf
 * hash stored with it, the latest stored checkpoint and the checkpoint the reader kept, naming
 * what broke. Reads the database as it is now: nothing cached.
 */
export async function verifyAuditLog(db: ConsentDb, audit: AuditLog, handedInNote: string | null): Promise<Omit<AuditLogVerification, 'unshippedFrom'>> {
  const { origin, verifier, checkpoints } = audit.settings;
  const handedIn = handedInNote === null ? null : parseHandedIn(handedInNote);
  const records: CheckpointRecord[] = await checkpoints.all();
  const stored = records.map((record) => bodyOf(record.note));
  const log = await readLog(db, new Set([...stored.map((c) => c.size), ...(handedIn ? [handedIn.size] : [])]));
  const checks: AuditCheck[] = [];

  checks.push(
    check(AuditCheckSource.ENTRIES, null,
      log.gap
        ? { problem: AuditLogProblem.MISSING_RANGE, fromEntry: log.gap.from, toEntry: log.gap.to, detail: `The leaf indices skip ${range(log.gap.from, log.gap.to)}: missing from the middle of the log.` }
        : log.changed.length
          ? {
              problem: AuditLogProblem.CHANGED_ENTRY, fromEntry: log.changed[0], toEntry: log.changed[0] + 1,
              detail: `${capital(range(log.changed[0], log.changed[0] + 1))} no longer matches the hash stored when it was appended${log.changed.length > 1 ? `; ${log.changed.length - 1} more do not either (${log.changed.slice(1, 11).join(', ')}${log.changed.length > 11 ? ', ...' : ''})` : ''}.`,
            }
          : {}),
  );

  const latestRecord = records.at(-1) ?? null;
  let latest: Checkpoint | null = null;
  let latestMatches = false;
  if (!latestRecord) {
    checks.push(check(AuditCheckSource.LATEST_CHECKPOINT, null, log.size === 0 ? {} : {
      problem: AuditLogProblem.NO_CHECKPOINT, fromEntry: 0, toEntry: log.size,
      detail: `The checkpoint store holds no checkpoint and the log ${log.size} entries: they were appended moments ago, or the checkpoints were removed.`,
    }));
  } else {
    try {
      latest = openCheckpoint(latestRecord.note, verifier, origin);
    } catch (error) {
      if (!(error instanceof SignedNoteError)) throw error;
      checks.push(check(AuditCheckSource.LATEST_CHECKPOINT, stored.at(-1)!, { problem: AuditLogProblem.UNTRUSTED_CHECKPOINT, detail: `The latest stored checkpoint cannot be trusted: ${error.message}.` }));
    }
    if (latest) {
      const name = `the latest checkpoint (${latest.size} entries)`;
      const found = missingOrMatching(log, latest, name) ?? changedSince(log, stored, latest.size, name);
      latestMatches = !found.problem;
      checks.push(check(AuditCheckSource.LATEST_CHECKPOINT, latest, found));
    }
  }

  if (handedInNote !== null && handedIn) {
    let trusted: Checkpoint | null = null;
    try {
      trusted = openCheckpoint(handedInNote, verifier, origin);
    } catch (error) {
      if (!(error instanceof SignedNoteError)) throw error;
      checks.push(check(AuditCheckSource.HANDED_IN_CHECKPOINT, handedIn, { problem: AuditLogProblem.UNTRUSTED_CHECKPOINT, detail: `The checkpoint handed in cannot be trusted: ${error.message}.` }));
    }
    if (trusted) {
      const name = `the checkpoint handed in`;
      let found = missingOrMatching(log, trusted, name);
      if (found?.problem && latest && latest.size < trusted.size) {
        found.detail += ` The latest stored checkpoint signs only ${latest.size}: the checkpoints after it were removed too.`;
      }
      if (found === null) {
        found = latest && latestMatches && trusted.size <= latest.size
          ? {
              problem: AuditLogProblem.FORK, fromEntry: 0, toEntry: trusted.size,
              detail: trusted.size === latest.size
                ? `The checkpoint handed in and the latest stored checkpoint both sign a log of ${trusted.size} entries, with different roots: two different logs under the same checkpoint key.`
                : `The checkpoint handed in (${trusted.size} entries) and the latest stored checkpoint (${latest.size}) are both signed by the checkpoint key, but the log the latest signs does not start with the one handed in: two different logs under the same key.`,
            }
          : changedSince(log, stored, trusted.size, name);
      }
      checks.push(check(AuditCheckSource.HANDED_IN_CHECKPOINT, trusted, found));
    }
  }

  const vouched = latestMatches && latest ? latest.size : 0;
  return {
    intact: checks.every((c) => c.ok),
    treeSize: log.size,
    rootHash: log.root.toString('base64'),
    unvouchedEntries: Math.max(0, log.size - vouched),
    checkedAgainst: checks,
  };
}
