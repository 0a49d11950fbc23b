import fs from 'node:fs';
import path from 'node:path';
import { generateSignerKey, parseSignerKey, type NoteSigner } from './signed-note';

/**
 * The checkpoint signing key, from a file readable by its owner only: a key of its own, never the
 * token-signing key or a service credential, and never in a database. Created on first use when
 * `create` is set (the embedded hub); a deployment mounts it as a secret and sets `create: false`.
 */
export function checkpointSignerFromFile(file: string, keyName: string, { create }: { create: boolean }): NoteSigner {
  if (!fs.existsSync(file)) {
    if (!create) throw new Error(`no checkpoint signing key at ${file}`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      fs.writeFileSync(file, `${generateSignerKey(keyName)}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Two replicas starting at once on one data folder: the other one's key is the key.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const mode = fs.statSync(file).mode & 0o077;
  if (mode !== 0) throw new Error(`the checkpoint signing key ${file} is readable by others (mode ${(fs.statSync(file).mode & 0o777).toString(8)}): chmod 600 it`);
  const signer = parseSignerKey(fs.readFileSync(file, 'utf8'));
  if (signer.name !== keyName) throw new Error(`the checkpoint signing key ${file} is named "${signer.name}", not "${keyName}"`);
  return signer;
}
