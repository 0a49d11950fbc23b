import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ConfigError, hubConfigFromEnv } from '../hub/hub-config';
import { projectRoot } from '../hub/project-root';

const production = {
  NODE_ENV: 'production',
  JWKS_URL: 'https://idp.example.org/.well-known/jwks.json',
  TOKEN_ISSUER: 'https://idp.example.org/',
  TOKEN_AUDIENCE: 'one-story-hub',
  SERVICE_TOKEN_AUDIENCE: 'one-story-hub-services',
};

describe('where the data goes', () => {
  test('in production an empty database gets no demo people unless DEMO_DATA=true says so', () => {
    expect(hubConfigFromEnv(production).demoData).toBe(false);
    expect(hubConfigFromEnv({ ...production, DEMO_DATA: 'true' }).demoData).toBe(true);
    expect(hubConfigFromEnv({}).demoData).toBe(true);
    expect(hubConfigFromEnv({ DEMO_DATA: 'false' }).demoData).toBe(false);
  });

  test('a DEMO_DATA that is neither true nor false is named', () => {
    expect(() => hubConfigFromEnv({ DEMO_DATA: 'yes please' })).toThrow(ConfigError);
    expect(() => hubConfigFromEnv({ DEMO_DATA: 'yes please' })).toThrow(/DEMO_DATA must be true or false/);
  });

  test('the embedded server port is checked like every other port', () => {
    expect(hubConfigFromEnv({}).embeddedPostgresPort).toBe(5433);
    expect(() => hubConfigFromEnv({ EMBEDDED_POSTGRES_PORT: 'five' })).toThrow(/EMBEDDED_POSTGRES_PORT must be a port number/);
  });

  test('a subgraph served alone without its database URL refuses to start, naming the variable, and embeds nothing', async () => {
    const script = path.join(projectRoot, 'dist', 'hub', 'serve-service.js');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alone-'));
    const run = promisify(execFile)(process.execPath, [script, 'welfare-rights'], { env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir }, timeout: 30_000 });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/WELFARE_RIGHTS_DATABASE_URL must name this subgraph's PostgreSQL database/) });
  });
});
