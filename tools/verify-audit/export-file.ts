/** The export's shape (docs/AUDIT_LOG.md, "Export file"), checked field by field. */
export interface ExportFile {
  origin: string;
  checkpointKey: string;
  entries: Array<{ index: number; leaf: Buffer; storedLeafHash: Buffer }>;
  checkpoints: string[];
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function readExportFile(text: string): ExportFile {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new Error('the export is not JSON');
  }
  if (data?.format !== 'one-story-hub/audit-log-export/v1') throw new Error('the export\'s "format" is not one-story-hub/audit-log-export/v1');
  if (typeof data.origin !== 'string' || data.origin === '') throw new Error('the export\'s "origin" is missing');
  if (typeof data.checkpointKey !== 'string') throw new Error('the export\'s "checkpointKey" is missing');
  if (!Array.isArray(data.entries)) throw new Error('the export\'s "entries" is not a list');
  if (!Array.isArray(data.checkpoints) || data.checkpoints.some((note) => typeof note !== 'string')) throw new Error('the export\'s "checkpoints" is not a list of signed notes');
  const entries = data.entries.map((entry: Record<string, unknown>, position: number) => {
    const { index, leaf, leafHash } = entry ?? {};
    if (!Number.isSafeInteger(index) || (index as number) < 0) throw new Error(`entries[${position}]: "index" is not a whole number`);
    if (typeof leaf !== 'string' || !BASE64.test(leaf)) throw new Error(`entries[${position}]: "leaf" is not base64`);
    if (typeof leafHash !== 'string' || !BASE64.test(leafHash)) throw new Error(`entries[${position}]: "leafHash" is not base64`);
    return { index: index as number, leaf: Buffer.from(leaf, 'base64'), storedLeafHash: Buffer.from(leafHash, 'base64') };
  });
  return { origin: data.origin, checkpointKey: data.checkpointKey, entries, checkpoints: data.checkpoints as string[] };
}
