import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { REPOSITORY_ROOT } from '../../backend/src/config/vigie-config';

/** A free TCP port on 127.0.0.1 (asked of the system, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface VigieProcess {
  baseUrl: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Another Vigie process (`npm run dev`'s entry: backend/src/main.ts from sources) on a database server,
 * as a second instance of a deployment would run: its own pool, its own LISTEN connection.
 */
export async function startVigieProcess(options: { databaseUrl: string; jwtSecret: string; env?: Record<string, string>; startTimeoutMs?: number }): Promise<VigieProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'backend/src/main.ts'], {
    cwd: REPOSITORY_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: options.databaseUrl,
      PORT: String(port),
      VIGIE_JWT_SECRET: options.jwtSecret,
      VIGIE_SEED_DEMO: 'false',
      VIGIE_DEMO_ACCOUNTS: 'false',
      VIGIE_ALLOW_ANONYMOUS_READ: 'false',
      VIGIE_WORKERS: '1',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The second Vigie process did not start within ${options.startTimeoutMs ?? 90_000} ms:\n${output}`)), options.startTimeoutMs ?? 90_000);
    const onData = (data: Buffer) => {
      output += data.toString();
      if (/Vigie is ready/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The second Vigie process stopped (exit code ${code}):\n${output}`));
    });
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    child,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
