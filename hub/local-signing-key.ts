import fs from 'node:fs';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK, type KeyLike } from 'jose';

/** Issuer and audience of the tokens the embedded hub signs itself. */
export const LOCAL_ISSUER = 'urn:one-story-hub:local';
export const LOCAL_AUDIENCE = 'one-story-hub';
/** The audience of the services' own credentials: a user token never carries it. */
export const LOCAL_SERVICE_AUDIENCE = 'one-story-hub-services';
const ALGORITHM = 'ES256';

export interface LocalSigningKey {
  kid: string;
  privateKey: KeyLike | Uint8Array;
  publicJwk: JWK;
}

/**
 * The embedded default's own signing key: generated on the first run and kept in the data
 * folder (mode 600), so tokens printed once stay valid across restarts. Never used in production.
 */
export async function loadOrCreateLocalSigningKey(dataDir: string): Promise<LocalSigningKey> {
  const file = path.join(dataDir, 'local-signing-key.json');
  if (!fs.existsSync(file)) {
    const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
    const jwk = { ...(await exportJWK(privateKey)), alg: ALGORITHM, use: 'sig', kid: `local-${Date.now().toString(36)}` };
    fs.mkdirSync(dataDir, { recursive: true });
    // Written aside then linked into place: when several services start at once on a shared
    // data folder, the first key wins whole and the others read it.
    const draft = `${file}.${process.pid}.draft`;
    fs.writeFileSync(draft, JSON.stringify(jwk, null, 2), { mode: 0o600 });
    try {
      fs.linkSync(draft, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      fs.unlinkSync(draft);
    }
  }
  const privateJwk = JSON.parse(fs.readFileSync(file, 'utf8')) as JWK;
  const { d: _private, ...publicJwk } = privateJwk;
  return { kid: privateJwk.kid!, privateKey: await importJWK(privateJwk, ALGORITHM), publicJwk };
}
