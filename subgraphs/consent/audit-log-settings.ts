import path from 'node:path';
import { CheckpointFileStore } from './audit-log/checkpoint-file-store';
import { checkpointSignerFromFile } from './audit-log/checkpoint-key-file';
import { CheckpointPostgresStore } from './audit-log/checkpoint-postgres-store';
import type { CheckpointStore } from './audit-log/checkpoint-store';
import { parseSignerKey, parseVerifierKey, type NoteSigner, type NoteVerifier } from './audit-log/signed-note';

/** The log's name in every checkpoint, and the checkpoint key's name. */
export const DEFAULT_AUDIT_LOG_ORIGIN = 'one-story-hub.local/audit-log';

export interface AuditLogSettings {
  origin: string;
  signer: NoteSigner;
  verifier: NoteVerifier;
  checkpoints: CheckpointStore;
  /** Where the checkpoints are kept, in words, for the start-up log and errors. */
  checkpointsAt: string;
}

export class AuditLogSettingsError extends Error {}

/**
 * The audit log's checkpoint settings, from the environment (docs/AUDIT_LOG.md §4):
 *
 * - `AUDIT_LOG_ORIGIN`: the log's name (default one-story-hub.local/audit-log).
 * - The checkpoint-only signing key: `AUDIT_CHECKPOINT_KEY` (the signer key itself, from a secret), or
 *   the file `AUDIT_CHECKPOINT_KEY_FILE` (default `<data dir>/audit-checkpoint.key`, mode 0600), which
 *   the embedded hub creates on first start and a production service must be given.
 * - The checkpoint store, never the log's database: `AUDIT_CHECKPOINT_DATABASE_URL` (a second
 *   PostgreSQL database, for replicas on several machines), else the file `AUDIT_CHECKPOINT_FILE`
 *   (default `<data dir>/audit-checkpoints.jsonl`).
 */
export function auditLogSettingsFromEnv(dataDir: string, logDatabaseUrl: string, env: NodeJS.ProcessEnv = process.env): AuditLogSettings {
  const origin = env.AUDIT_LOG_ORIGIN || DEFAULT_AUDIT_LOG_ORIGIN;
  const signer = signerFrom(env, origin, dataDir);
  const databaseUrl = env.AUDIT_CHECKPOINT_DATABASE_URL;
  if (databaseUrl && sameDatabase(databaseUrl, logDatabaseUrl)) {
    throw new AuditLogSettingsError('AUDIT_CHECKPOINT_DATABASE_URL names the consent database itself: checkpoints must be kept apart from the log they check.');
  }
  const file = path.resolve(env.AUDIT_CHECKPOINT_FILE || path.join(dataDir, 'audit-checkpoints.jsonl'));
  return {
    origin,
    signer,
    verifier: parseVerifierKey(signer.verifierKey),
    checkpoints: databaseUrl ? new CheckpointPostgresStore(databaseUrl) : new CheckpointFileStore(file),
    checkpointsAt: databaseUrl ? 'the database AUDIT_CHECKPOINT_DATABASE_URL' : file,
  };
}

function signerFrom(env: NodeJS.ProcessEnv, origin: string, dataDir: string): NoteSigner {
  if (env.AUDIT_CHECKPOINT_KEY) {
    const signer = parseSignerKey(env.AUDIT_CHECKPOINT_KEY);
    if (signer.name !== origin) throw new AuditLogSettingsError(`AUDIT_CHECKPOINT_KEY is named "${signer.name}", not the log's origin "${origin}"`);
    return signer;
  }
  const file = path.resolve(env.AUDIT_CHECKPOINT_KEY_FILE || path.join(dataDir, 'audit-checkpoint.key'));
  try {
    return checkpointSignerFromFile(file, origin, { create: env.NODE_ENV !== 'production' });
  } catch (error) {
    throw new AuditLogSettingsError(
      `${(error as Error).message}. In production give the checkpoint-only key as AUDIT_CHECKPOINT_KEY or AUDIT_CHECKPOINT_KEY_FILE ` +
        '(never the token-signing key or a service credential).',
    );
  }
}

function sameDatabase(a: string, b: string): boolean {
  try {
    const [x, y] = [new URL(a), new URL(b)];
    return x.hostname === y.hostname && (x.port || '5432') === (y.port || '5432') && x.pathname === y.pathname;
  } catch {
    return a === b;
  }
}
