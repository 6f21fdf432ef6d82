/**
 * Read throughput on the server database: the production server (backend/src/main.ts, NODE_ENV=production,
 * signed-in requests) started as child processes over one freshly migrated database holding the Fès demo,
 * loaded by the bench's own generator with mixed reads as the map sends them:
 *  - the cameras in a bounding box (cameraMap with a bbox filter, 300-900 m boxes over the demo);
 *  - black-spot coverage (blackSpotCoverages with the analysis panel's fields);
 *  - a camera's network path (cameraNetworkPath, the fields the map highlights).
 * Configurations, measured in alternating rounds (other work on the machine moves between rounds):
 *  - reference: one process, analysis cache off (VIGIE_ANALYSIS_CACHE=false), as before this section;
 *  - one process with the analysis cache;
 *  - VIGIE_WORKERS=2 (node:cluster) with the cache: the production setting on this 2-core machine.
 * The generator is bounded in time and count (ROUND_SECONDS, MAX_REQUESTS_PER_ROUND), talks to 127.0.0.1
 * only, keeps its connections alive, and reports requests/s, p50/p95/p99, errors and the load average,
 * and the CPU each request costs (Vigie's processes, the database's backends, the generator; from /proc):
 * on a machine shared with other work, that cost and the rate it projects on idle cores compare
 * configurations better than the wall-clock rate does.
 * Needs DATABASE_URL (a PostgreSQL/PostGIS server); `npm run bench -- read-load`. VIGIE_BENCH_ROUNDS (default 2),
 * VIGIE_BENCH_CPU_PROF=<dir> (a CPU profile of every server process, for `node --cpu-prof` analysis) and
 * VIGIE_BENCH_BASELINE=<checkout> (another checkout of Vigie with the same migrations, e.g. a `git worktree` of
 * main with this one's node_modules linked in: its server, 1 process with the cache, joins the rounds, so that
 * a change is measured A/B in the same run).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { request, Agent } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { Client } from 'pg';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '../../backend/src/config/vigie-config';
import { createTestDatabase } from '../support/test-database';
import { freePort } from '../support/vigie-process';

const CLIENTS = 32;
const ROUND_SECONDS = 12;
const WARM_UP_SECONDS = 2;
const MAX_REQUESTS_PER_ROUND = 30_000;
const REQUEST_TIMEOUT_MS = 10_000;
const ROUNDS = Number(process.env.VIGIE_BENCH_ROUNDS ?? 2);
/** A directory: every server process writes a CPU profile there (node --cpu-prof) when it stops. */
const CPU_PROFILE_DIR = process.env.VIGIE_BENCH_CPU_PROF;
const BASELINE_ROOT = process.env.VIGIE_BENCH_BASELINE;
const TARGET = { requestsPerSecond: 400, p95Milliseconds: 100 };

interface Server {
  name: string;
  port: number;
  child: ChildProcess;
}

interface RoundResult {
  requests: number;
  errors: number;
  seconds: number;
  latencies: number[];
  loadBefore: number[];
  loadAfter: number[];
  /** CPU milliseconds spent per request by the Vigie processes, the database's backends and the load generator. */
  cpuPerRequest: { vigie: number; database: number; generator: number };
}

/**
 * CPU time (ms) of processes from /proc (Linux): on a machine other work keeps busy, the CPU a
 * request costs says more than its wall-clock rate, and projects what idle cores would serve.
 */
const CLOCK_TICKS_PER_SECOND = 100;
function cpuMilliseconds(pids: Iterable<number>): Map<number, number> {
  const byPid = new Map<number, number>();
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      byPid.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND); // utime, stime
    } catch {
      // gone, or no /proc
    }
  }
  return byPid;
}

/** CPU spent between two readings by the processes alive at the second (new ones count whole; ones gone meanwhile are missed). */
function cpuSpent(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, milliseconds] of after) total += milliseconds - (before.get(pid) ?? 0);
  return total;
}

/** The process and all its descendants (the cluster's primary and workers). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const parent = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
        children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
      } catch {
        // gone
      }
    }
  } catch {
    return [root];
  }
  const tree = [root];
  for (let index = 0; index < tree.length; index++) tree.push(...(children.get(tree[index]) ?? []));
  return tree;
}

const percentile = (sorted: number[], fraction: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? NaN;
const load = (values: number[]) => values.map((value) => value.toFixed(1)).join(' ');

/** Starts the production server as a child process (with this process's loader: @swc-node/register) and waits until it is ready. */
async function startServer(name: string, env: Record<string, string>, root = REPOSITORY_ROOT): Promise<Server> {
  const port = await freePort();
  const profile = CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROFILE_DIR}`] : [];
  const child = spawn(process.execPath, [...process.execArgv, ...profile, join(root, 'backend/src/main.ts')], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name}: not ready after 240 s:\n${output}`)), 240_000);
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Vigie is ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', listen);
    child.stderr?.on('data', listen);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name}: exited with ${code} before it was ready:\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  return { name, port, child };
}

async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      server.child.kill('SIGKILL');
      resolve();
    }, 15_000);
    server.child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    server.child.kill('SIGTERM');
  });
}

/** One POST to /graphql on 127.0.0.1 over a kept-alive connection; resolves with the status and the body. */
function post(agent: Agent, port: number, body: string, authorization: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, timeout: REQUEST_TIMEOUT_MS,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
        response.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

async function graphql<T>(port: number, query: string, variables: Record<string, unknown>, authorization = ''): Promise<T> {
  const agent = new Agent({ keepAlive: false });
  const { status, text } = await post(agent, port, JSON.stringify({ query, variables }), authorization);
  const parsed = JSON.parse(text) as { data?: T; errors?: unknown[] };
  if (status !== 200 || parsed.errors?.length) throw new Error(`GraphQL ${status}: ${text.slice(0, 500)}`);
  return parsed.data as T;
}

const CAMERA_MAP = `query MapCameras($filter: CameraFilter) { cameraMap(first: 2000, filter: $filter) {
  count ids versions codes names statuses longitudes latitudes headingDegrees tiltDegrees mountHeightMeters focalLengthMm
  horizontalFieldOfViewDegrees detectionRangeMeters poleIds modelIds endCursor hasNextPage } }`;
const BLACK_SPOT_COVERAGES = `query BlackSpotCoverages($cameras: CameraSelection) { blackSpotCoverages(cameras: $cameras) {
  blackSpotId requiredLevel areaSquareMeters coveredAreaSquareMeters coveredFraction uncovered contributingCameraIds contributingCameras { id code } } }`;
const CAMERA_NETWORK_PATH = `query CameraNetworkPath($id: ID!, $cameras: CameraSelection) {
  cameraNetworkPath(cameraId: $id, cameras: $cameras) { connected lengthMeters fiberRuns { id } networkNodes { id } elements { kind id } } }`;

/** The mix, a fixed sequence (seeded) so that every configuration gets the same requests in the same order. */
function requestMix(cameraIds: string[], extent: [number, number, number, number], count = 4096): string[] {
  let state = 2026;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const [west, south, east, north] = extent;
  const metersPerDegreeLatitude = 111_320;
  const metersPerDegreeLongitude = metersPerDegreeLatitude * Math.cos(((south + north) / 2) * (Math.PI / 180));
  const bodies: string[] = [];
  for (let index = 0; index < count; index++) {
    const kind = index % 3;
    if (kind === 0) {
      const sizeMeters = 300 + random() * 600;
      const longitude = west + random() * (east - west);
      const latitude = south + random() * (north - south);
      const bbox = [longitude, latitude, longitude + sizeMeters / metersPerDegreeLongitude, latitude + sizeMeters / metersPerDegreeLatitude];
      bodies.push(JSON.stringify({ query: CAMERA_MAP, variables: { filter: { bbox } } }));
    } else if (kind === 1) {
      bodies.push(JSON.stringify({ query: BLACK_SPOT_COVERAGES, variables: { cameras: random() < 0.8 ? 'planned' : 'live' } }));
    } else {
      const id = cameraIds[Math.floor(random() * cameraIds.length)];
      bodies.push(JSON.stringify({ query: CAMERA_NETWORK_PATH, variables: { id, cameras: 'planned' } }));
    }
  }
  return bodies;
}

/** CLIENTS loops, each sending the next request of the mix as soon as its previous answer is in; bounded in time and count. */
async function loadRound(server: Server, bodies: string[], authorization: string, database: Client, databaseName: string): Promise<RoundResult> {
  const port = server.port;
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  let next = 0;
  const run = async (until: number, record: boolean, result: RoundResult) => {
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (Date.now() < until && (!record || result.requests < MAX_REQUESTS_PER_ROUND)) {
          const body = bodies[next++ % bodies.length];
          const start = performance.now();
          let ok = false;
          try {
            const { status, text } = await post(agent, port, body, authorization);
            ok = status === 200 && !text.includes('"errors":');
          } catch {
            ok = false;
          }
          if (!record) continue;
          result.requests++;
          if (ok) result.latencies.push(performance.now() - start);
          else result.errors++;
        }
      }),
    );
  };
  const result: RoundResult = {
    requests: 0, errors: 0, seconds: 0, latencies: [], loadBefore: loadavg(), loadAfter: [], cpuPerRequest: { vigie: 0, database: 0, generator: 0 },
  };
  await run(Date.now() + WARM_UP_SECONDS * 1000, false, result);
  const backends = async () =>
    (await database.query('SELECT pid FROM pg_stat_activity WHERE datname = $1', [databaseName])).rows.map((row) => row.pid as number);
  const vigie = processTree(server.child.pid as number);
  const postgres = await backends();
  const before = { vigie: cpuMilliseconds(vigie), database: cpuMilliseconds(postgres), generator: process.cpuUsage() };
  const start = performance.now();
  await run(Date.now() + ROUND_SECONDS * 1000, true, result);
  result.seconds = (performance.now() - start) / 1000;
  result.loadAfter = loadavg();
  const generator = process.cpuUsage(before.generator);
  result.cpuPerRequest = {
    vigie: cpuSpent(before.vigie, cpuMilliseconds(vigie)) / result.requests,
    database: cpuSpent(before.database, cpuMilliseconds(await backends())) / result.requests,
    generator: (generator.user + generator.system) / 1000 / result.requests,
  };
  agent.destroy();
  return result;
}

function summary(results: RoundResult[]) {
  const latencies = results.flatMap((result) => result.latencies).sort((a, b) => a - b);
  const requests = results.reduce((sum, result) => sum + result.requests, 0);
  const seconds = results.reduce((sum, result) => sum + result.seconds, 0);
  const cpu = (key: keyof RoundResult['cpuPerRequest']) => results.reduce((sum, result) => sum + result.cpuPerRequest[key] * result.requests, 0) / requests;
  const cpuPerRequest = { vigie: cpu('vigie'), database: cpu('database'), generator: cpu('generator') };
  return {
    cpuPerRequest,
    /** What the machine's cores would serve if Vigie, the database and the generator had them to themselves. */
    projectedRequestsPerSecond: (cpus().length * 1000) / (cpuPerRequest.vigie + cpuPerRequest.database + cpuPerRequest.generator),
    requestsPerSecond: requests / seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    errors: results.reduce((sum, result) => sum + result.errors, 0),
    requests,
  };
}

export async function runReadLoadBenchmarks(log: (line: string) => void): Promise<void> {
  log(`## Read load: mixed reads (cameras in a bbox, black-spot coverage, a camera's network path), ${CLIENTS} clients`);
  if (!process.env.DATABASE_URL) {
    log('needs a PostgreSQL/PostGIS server: run with DATABASE_URL=postgres://... (several processes cannot share the embedded PGlite). Skipped.');
    return;
  }
  const database = await createTestDatabase();
  const adminEmail = 'bench-admin@vigie.local';
  const adminPassword = `bench ${randomBytes(12).toString('base64url')} admin`;
  const common = {
    DATABASE_URL: database.config.databaseUrl as string,
    VIGIE_JWT_SECRET: randomBytes(48).toString('base64url'),
    VIGIE_ADMIN_EMAIL: adminEmail,
    VIGIE_ADMIN_PASSWORD: adminPassword,
    VIGIE_SEED_DEMO: 'true',
    VIGIE_DEMO_ACCOUNTS: 'false',
  };
  const servers: Server[] = [];
  const databaseName = new URL(database.config.databaseUrl as string).pathname.slice(1);
  const monitor = new Client({ connectionString: process.env.DATABASE_URL });
  await monitor.connect();
  try {
    // The first start migrates and loads the Fès demo; the others find it there.
    const startedAt = performance.now();
    servers.push(await startServer('reference: 1 process, no analysis cache', { ...common, VIGIE_WORKERS: '1', VIGIE_ANALYSIS_CACHE: 'false' }));
    if (BASELINE_ROOT) {
      servers.push(await startServer(`baseline ${BASELINE_ROOT}: 1 process, analysis cache`, { ...common, VIGIE_WORKERS: '1', VIGIE_ANALYSIS_CACHE: 'true' }, BASELINE_ROOT));
    }
    servers.push(await startServer('1 process, analysis cache', { ...common, VIGIE_WORKERS: '1', VIGIE_ANALYSIS_CACHE: 'true' }));
    servers.push(await startServer('VIGIE_WORKERS=2, analysis cache', { ...common, VIGIE_WORKERS: '2', VIGIE_ANALYSIS_CACHE: 'true' }));
    log(`servers started (demo seeded) in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);

    const port = servers[0].port;
    const { login } = await graphql<{ login: { accessToken: string } }>(
      port,
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
      { email: adminEmail, password: adminPassword },
    );
    const authorization = `Bearer ${login.accessToken}`;
    const { cameraMap } = await graphql<{ cameraMap: { ids: string[]; longitudes: number[]; latitudes: number[] } }>(port, CAMERA_MAP, {}, authorization);
    const extent: [number, number, number, number] = [
      Math.min(...cameraMap.longitudes), Math.min(...cameraMap.latitudes), Math.max(...cameraMap.longitudes), Math.max(...cameraMap.latitudes),
    ];
    const bodies = requestMix(cameraMap.ids, extent);
    log(`data: the Fès demo (${cameraMap.ids.length} cameras); mix of ${bodies.length} requests, a third of each kind`);

    // Every configuration answers the same: the cache and the workers change speed, not results.
    const answers = await Promise.all(servers.map((server) => graphql(server.port, BLACK_SPOT_COVERAGES, { cameras: 'planned' }, authorization)));
    const ours = answers.filter((_, index) => !servers[index].name.startsWith('baseline'));
    const same = ours.every((answer) => JSON.stringify(answer) === JSON.stringify(ours[0]));
    const bytes = (answer: unknown) => `${(JSON.stringify(answer).length / 1024).toFixed(0)} KB`;
    log(`blackSpotCoverages identical in every configuration of this checkout: ${same ? 'yes' : 'NO'} (${bytes(ours[0])}${BASELINE_ROOT ? `; baseline ${bytes(answers[1])}` : ''})`);

    const results = new Map<Server, RoundResult[]>(servers.map((server) => [server, []]));
    for (let round = 1; round <= ROUNDS; round++) {
      for (const server of round % 2 ? servers : [...servers].reverse()) {
        const result = await loadRound(server, bodies, authorization, monitor, databaseName);
        results.get(server)!.push(result);
        const one = summary([result]);
        log(
          `round ${round} ${server.name}: ${one.requestsPerSecond.toFixed(0)} req/s, p50 ${one.p50.toFixed(1)} ms, p95 ${one.p95.toFixed(1)} ms, ` +
            `p99 ${one.p99.toFixed(1)} ms, ${one.errors} errors of ${one.requests}; CPU per request: Vigie ${one.cpuPerRequest.vigie.toFixed(2)} ms, ` +
            `database ${one.cpuPerRequest.database.toFixed(2)} ms, generator ${one.cpuPerRequest.generator.toFixed(2)} ms; ` +
            `load average ${load(result.loadBefore)} -> ${load(result.loadAfter)}`,
        );
      }
    }
    const reference = summary(results.get(servers[0])!);
    log(`\n| configuration (${CLIENTS} clients, ${ROUNDS} x ${ROUND_SECONDS} s) | req/s | p50 | p95 | p99 | errors | vs reference | CPU ms/request (Vigie + database + generator) | req/s projected on ${cpus().length} idle cores |`);
    log('|---|---|---|---|---|---|---|---|---|');
    for (const server of servers) {
      const all = summary(results.get(server)!);
      const { vigie, database: db, generator } = all.cpuPerRequest;
      log(
        `| ${server.name} | ${all.requestsPerSecond.toFixed(0)} | ${all.p50.toFixed(1)} ms | ${all.p95.toFixed(1)} ms | ${all.p99.toFixed(1)} ms | ` +
          `${all.errors}/${all.requests} | ${(all.requestsPerSecond / reference.requestsPerSecond).toFixed(2)}x req/s, p95 ${(all.p95 / reference.p95).toFixed(2)}x | ` +
          `${vigie.toFixed(2)} + ${db.toFixed(2)} + ${generator.toFixed(2)} | ${all.projectedRequestsPerSecond.toFixed(0)} (${(all.projectedRequestsPerSecond / reference.projectedRequestsPerSecond).toFixed(2)}x) |`,
      );
    }
    const best = summary(results.get(servers[servers.length - 1])!);
    const met = best.requestsPerSecond >= TARGET.requestsPerSecond && best.p95 <= TARGET.p95Milliseconds;
    log(
      `target (>= ${TARGET.requestsPerSecond} req/s with p95 <= ${TARGET.p95Milliseconds} ms at ${CLIENTS} clients, ${servers[servers.length - 1].name}): ` +
        `${met ? 'met' : 'NOT met'}; load average now ${load(loadavg())}`,
    );
  } finally {
    await Promise.all(servers.map(stopServer));
    await monitor.end();
    await database.dispose();
  }
}
