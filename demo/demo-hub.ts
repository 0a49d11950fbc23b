import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultDataDir } from '../hub/database-url';
import { loadOrCreateLocalSigningKey, type LocalSigningKey } from '../hub/local-signing-key';
import { inProcessHubConfig } from '../hub/in-process-config';
import { startHub } from '../hub/start-hub';
import { issueToken } from '../hub/tokens';
import type { TokenFor } from './front-end';

/** The demo cannot start: said in a sentence, without a stack trace. */
export class DemoSetupError extends Error {}

/** A hub the demo can talk to: its gateway, a way to sign in as anyone, and how to let it go. */
export interface DemoHub {
  gatewayUrl: string;
  tokenFor: TokenFor;
  stop(): Promise<void>;
}

const minter = (key: LocalSigningKey): TokenFor => (claims) => issueToken(key, claims, '1h');

/** The whole hub in this process, on free ports, over new demo databases in a temporary folder that goes with it. */
export async function startDemoHub(): Promise<DemoHub> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-demo-'));
  const removeData = () => fs.rmSync(dataDir, { recursive: true, force: true });
  try {
    const hub = await startHub(inProcessHubConfig(dataDir), { prepareDatabases: true });
    return {
      gatewayUrl: hub.gatewayUrl,
      tokenFor: minter(hub.signingKey!),
      async stop() {
        await hub.stop();
        removeData();
      },
    };
  } catch (error) {
    removeData();
    throw error;
  }
}

/**
 * A hub already running (`npm start`) with the embedded default's local key: tokens are signed with
 * the key it keeps in its data folder (DATA_DIR, or data/), never with a new one.
 */
export async function runningHub(gatewayUrl: string): Promise<DemoHub> {
  const dataDir = defaultDataDir();
  if (!fs.existsSync(path.join(dataDir, 'local-signing-key.json'))) {
    throw new DemoSetupError(
      `No local signing key in ${dataDir}: --url needs a hub started here with \`npm start\` (embedded default, local tokens). ` +
        'Leave --url out to let the demo start its own hub.',
    );
  }
  return { gatewayUrl, tokenFor: minter(await loadOrCreateLocalSigningKey(dataDir)), async stop() {} };
}
