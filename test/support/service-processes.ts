import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../hub/project-root';

export interface ServiceProcess {
  name: string;
  url: string;
  /** What it printed, for the failure message. */
  output(): string;
  stop(): Promise<void>;
}

/** Asks `url` until it answers 200 or `seconds` pass. */
export async function waitUntilReady(url: string, seconds: number, describe: () => string): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} was not ready after ${seconds} s.\n${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * One service of the hub as its own process, exactly as a container runs it:
 * `node dist/hub/serve-service.js <service>` with only environment variables to go on.
 */
export async function startServiceProcess(service: string, port: number, env: Record<string, string>): Promise<ServiceProcess> {
  const script = path.join(projectRoot, 'dist', 'hub', 'serve-service.js');
  if (!fs.existsSync(script)) throw new Error(`${script} is missing: npm test builds it first (npm run build).`);
  const child: ChildProcess = spawn(process.execPath, [script, service], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const running: ServiceProcess = {
    name: service,
    url,
    output: () => `--- ${service} (${url}) ---\n${output}`,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const lingering = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(lingering);
    },
  };
  return running;
}
