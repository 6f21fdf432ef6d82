import cluster, { type Worker } from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { loadConfig, type VigieConfig } from './config/vigie-config';
import { createVigieApp } from './bootstrap';

const MAX_WORKERS = 64;
/** Workers that die this many times within RESTART_WINDOW_MS stop the whole server (a crash loop, not a fluke). */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;

async function main(): Promise<void> {
  const config = loadConfig();
  if (!Number.isInteger(config.workers) || config.workers < 1 || config.workers > MAX_WORKERS) {
    throw new Error(`VIGIE_WORKERS must be a whole number from 1 to ${MAX_WORKERS}; got ${config.workers}.`);
  }
  if (config.workers > 1 && !config.databaseUrl) {
    console.warn('VIGIE_WORKERS is ignored with the embedded PostGIS: it lives inside one process.');
  }
  const workers = config.databaseUrl ? config.workers : 1;
  if (workers > 1 && cluster.isPrimary) return runPrimary(config, workers);
  await serve(config, cluster.isWorker);
}

/** One process serving HTTP: the whole server, or one cluster worker (then the primary announces it). */
async function serve(config: VigieConfig, isWorker: boolean): Promise<void> {
  const startedAt = Date.now();
  const app = await createVigieApp(config);
  await app.listen(config.port, '0.0.0.0');
  if (!isWorker) {
    announce(config, startedAt);
  }
  // Our own signal handling rather than Nest's shutdown hooks, which re-raise the signal before an
  // embedded PGlite has finished closing: close everything, then exit.
  let closing = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      if (!isWorker) console.log(`${signal}: closing Vigie...`);
      app.close().then(
        () => process.exit(0),
        (error) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
}

/**
 * Several processes over one database server (node:cluster shares the port; connections are spread
 * round-robin). Nothing in a process's memory is authoritative (caches check the data revision, the
 * login throttle lives in the database), so any worker can answer any request. The primary migrates
 * and seeds once before forking (workers starting together would race), then only supervises.
 */
async function runPrimary(config: VigieConfig, count: number): Promise<void> {
  const startedAt = Date.now();
  const prepared = await createVigieApp(config);
  await prepared.init();
  await prepared.close();
  // Tokens signed by one worker must verify in every other: outside production (where the secret is
  // required) a key generated once here is handed to all of them.
  const env: NodeJS.ProcessEnv = config.jwtSecret ? {} : { VIGIE_JWT_SECRET: randomBytes(48).toString('base64url') };
  let closing = false;
  let listening = 0;
  const restarts: number[] = [];
  const fork = (): Worker => {
    const worker = cluster.fork(env);
    worker.once('listening', () => {
      if (++listening === count) announce(config, startedAt, count);
    });
    return worker;
  };
  cluster.on('exit', (worker, code, signal) => {
    if (closing) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    const now = Date.now();
    restarts.push(now);
    while (restarts.length && restarts[0] < now - RESTART_WINDOW_MS) restarts.shift();
    console.error(`Vigie worker ${worker.process.pid} stopped (${signal ?? `exit code ${code}`}).`);
    if (restarts.length > MAX_RESTARTS) {
      console.error(`Workers stopped ${restarts.length} times within a minute: shutting Vigie down.`);
      closing = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM');
      process.exitCode = 1;
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(1);
      return;
    }
    fork();
  });
  for (let index = 0; index < count; index++) fork();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      console.log(`${signal}: closing Vigie's ${count} workers...`);
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    });
  }
}

function announce(config: VigieConfig, startedAt: number, workers = 1): void {
  const where = config.databaseUrl ? 'PostgreSQL server (DATABASE_URL)' : `embedded PostGIS in ${config.embeddedDataDir}`;
  const processes = workers > 1 ? ` with ${workers} worker processes` : '';
  console.log(`Vigie is ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s on ${where}${processes}`);
  console.log(`  map:     http://localhost:${config.port}/`);
  console.log(`  GraphQL: http://localhost:${config.port}/graphql`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
