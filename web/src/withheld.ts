import type { HubError } from './hub-client';

/** Why a field of an answer is null although the record may hold something. */
export type Withheld =
  | { kind: 'not-shared'; category: string }
  | { kind: 'not-available'; subgraph: string | null }
  | { kind: 'error'; message: string };

const startsWith = (path: ReadonlyArray<string | number>, prefix: ReadonlyArray<string | number>) =>
  prefix.length <= path.length && prefix.every((part, i) => part === path[i]);

/**
 * The error that nulled `path` (or a field above it): CONSENT_REQUIRED shows as "not shared with your
 * agency", SUBGRAPH_UNAVAILABLE / SUBGRAPH_TIMEOUT / CONSENT_SERVICE_UNAVAILABLE as "not available now".
 */
export function withheldAt(errors: HubError[], path: ReadonlyArray<string | number>): Withheld | null {
  const error = errors.find((e) => e.path && startsWith(path, e.path));
  if (!error) return null;
  const code = error.extensions?.code;
  if (code === 'CONSENT_REQUIRED') return { kind: 'not-shared', category: String(error.extensions?.category ?? '') };
  // The consent service not answering withholds protected fields: for now, not for good.
  if (code === 'SUBGRAPH_UNAVAILABLE' || code === 'SUBGRAPH_TIMEOUT' || code === 'CONSENT_SERVICE_UNAVAILABLE') return { kind: 'not-available', subgraph: error.extensions?.subgraph ?? null };
  return { kind: 'error', message: error.message };
}
