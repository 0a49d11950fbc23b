import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort, type EmbeddedPostgres } from '../hub/embedded-postgres';

const run = promisify(execFile);

/** Where the machine's own PostgreSQL binaries are: PG_BIN, the Debian package's folder, or /usr/local/bin. */
function machineBinaries(): string | null {
  const candidates = [
    process.env.PG_BIN,
    ...(fs.existsSync('/usr/lib/postgresql') ? fs.readdirSync('/usr/lib/postgresql').sort().reverse().map((version) => `/usr/lib/postgresql/${version}/bin`) : []),
    '/usr/local/bin',
  ].filter((folder): folder is string => Boolean(folder));
  return candidates.find((folder) => fs.existsSync(path.join(folder, 'initdb')) && fs.existsSync(path.join(folder, 'pg_ctl'))) ?? null;
}

/**
 * The separate-services topology's database server: the machine's installed PostgreSQL (not the
 * npm package's), initialised in `dir` and started as its own server, as `.ci/run` does for the
 * separate-services test. PostgreSQL refuses to run as root, so as root it runs as `postgres`.
 * Answers why not, instead, when this machine has no PostgreSQL or it does not start.
 */
export async function startMachinePostgres(dir: string): Promise<(EmbeddedPostgres & { version: string }) | { unavailable: string }> {
  const bin = machineBinaries();
  if (!bin) return { unavailable: 'no PostgreSQL installed on this machine (initdb and pg_ctl in /usr/lib/postgresql/*/bin, /usr/local/bin or PG_BIN)' };
  const asRoot = process.getuid?.() === 0;
  const shell = (command: string) => (asRoot ? run('su', ['postgres', '-c', command]) : run('sh', ['-c', command]));
  const data = path.join(dir, 'data');
  try {
    fs.mkdirSync(dir, { recursive: true });
    if (asRoot) await run('chown', ['postgres', dir]);
    await shell(`'${bin}/initdb' -D '${data}' -U postgres --auth=trust`);
    const port = await freePort();
    const options = `-p ${port} -k '${dir}' -c listen_addresses=127.0.0.1 -c max_connections=300`;
    await shell(`'${bin}/pg_ctl' -D '${data}' -l '${dir}/log' -o "${options}" -w start`);
    const { stdout } = await run(path.join(bin, 'postgres'), ['--version']);
    return {
      serverUrl: `postgresql://postgres@127.0.0.1:${port}`,
      databaseDir: data,
      version: stdout.trim(),
      async stop() {
        await shell(`'${bin}/pg_ctl' -D '${data}' -m fast stop`).catch(() => undefined);
      },
    };
  } catch (error) {
    return { unavailable: `the machine's PostgreSQL (${bin}) did not start: ${(error as Error).message.split('\n')[0]}` };
  }
}
