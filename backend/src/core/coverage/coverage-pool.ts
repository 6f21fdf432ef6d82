/**
 * Coverage of many cameras split across worker threads (node:worker_threads) and the calling thread.
 *
 * Cameras are independent, so the work splits by chunks of cameras: each worker shares the flat
 * obstacle index (SharedArrayBuffers, posted once per index, not per job), receives chunks as packed
 * numbers and answers with packed regions (transferred, not copied; see coverage-protocol.ts), which
 * the calling thread turns into coverages (~4 ms for 5,000 cameras). Optionally the calling thread
 * takes chunks from the same queue too, yielding between them so answers are taken in and the next
 * chunks posted. Results are identical to `computeCameraCoverage` camera by camera.
 *
 * Hand-written rather than a pool library (piscina, workerpool): the work is one fixed function on
 * typed arrays, the interesting parts (sending the index once, packing results, the calling thread
 * joining in, falling back) are specific, and a dependency would not save much code.
 *
 * Works from the compiled build (coverage-worker.js next to this file), from TypeScript run through
 * @swc-node/register (`npm run bench`, `npm run dev`: the worker inherits the -r preload) and from jest
 * (the worker registers @swc-node/register itself). If no worker can start, or one fails, its chunks
 * are computed on the calling thread: the answer is the same, only slower.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DoriLevel } from '../domain';
import { IEC_62676_4_DORI_LADDER, type DoriLadder } from '../optics/dori';
import type { FlatObstacleData, ObstacleIndex } from '../visibility/obstacles';
import { type CameraCoverage, type CoverageCamera, type LevelCoverage, computeCameraCoverageOn, computedLevelCoverage } from './camera-coverage';
import { type FromWorker, type PackedResults, type ToWorker, packCameras, unpackResults } from './coverage-protocol';

export interface CoveragePoolOptions {
  /** Worker threads. Default: one per available core. 0: none (everything on the calling thread). */
  workers?: number;
  /**
   * Cameras per job. Default: an eighth of each thread's share, between 8 and 64 (64 is a few
   * milliseconds of work, so the calling thread yields often; small calls still split evenly).
   */
  chunkSize?: number;
  /**
   * Whether the calling thread computes chunks too (default false). Measured on 2 cores: 2 workers
   * with the calling thread only taking answers in ran 5,000 cameras in 79-99 ms, 1 worker plus the
   * calling thread in 90-115 ms (the calling thread's larger heap makes its garbage collection, which
   * runs helper threads, compete with the worker); and a server's event loop stays free.
   */
  callingThreadComputes?: boolean;
  /**
   * Cameras each worker computes on a small built-in scene when it starts, to warm its JIT (default
   * 1000: V8 had optimized the hot functions after ~400 cameras; 0: none).
   */
  warmUpCameras?: number;
}

export interface CoveragePoolStats {
  /** Workers running (started and not failed). */
  workers: number;
  /** Cameras computed, by where, since the pool was created. */
  camerasOnWorkers: number;
  camerasOnCallingThread: number;
  /** Time spent posting obstacle indexes to workers (the arrays are shared, not copied), milliseconds. */
  obstacleTransferMilliseconds: number;
}

interface WorkerSlot {
  worker: Worker;
  alive: boolean;
  /** Settles when the worker has loaded and warmed up (or failed to). */
  ready: Promise<void>;
  obstaclesId: number;
  inFlight: number;
  /** Marks the worker stopped, hands its unanswered jobs back (rejected) and terminates it. */
  fail: (error: Error) => void;
}

interface PendingJob {
  slot: WorkerSlot;
  resolve: (results: PackedResults) => void;
  reject: (error: Error) => void;
}

/** Jobs kept in flight per worker, so it never waits for the calling thread to take an answer. */
const JOBS_PER_WORKER = 2;

function workerEntry(): { file: string; typescript: boolean } | null {
  const extension = extname(__filename);
  const file = join(__dirname, `coverage-worker${extension}`);
  if (!existsSync(file)) return null;
  return { file, typescript: extension === '.ts' };
}

function startWorker(entry: { file: string; typescript: boolean }): Worker {
  if (!entry.typescript) return new Worker(entry.file);
  // TypeScript sources (bench, dev, jest): a worker inherits `-r @swc-node/register` when the process
  // was started with it; under jest it was not, so register it from the project's node_modules.
  const code = [
    `if (!require.extensions['.ts']) require(require.resolve('@swc-node/register', { paths: [${JSON.stringify(dirname(entry.file))}] }));`,
    `require(${JSON.stringify(entry.file)});`,
  ].join('\n');
  return new Worker(code, { eval: true });
}

export class CoveragePool {
  private readonly slots: WorkerSlot[] = [];
  private readonly jobs = new Map<number, PendingJob>();
  private readonly obstacleIds = new WeakMap<FlatObstacleData, number>();
  private nextJobId = 0;
  private nextObstaclesId = 0;
  private readonly chunkSize: number | null;
  private readonly callingThreadComputes: boolean;
  private closed = false;
  private readonly counters = { camerasOnWorkers: 0, camerasOnCallingThread: 0, obstacleTransferMilliseconds: 0 };

  constructor(options: CoveragePoolOptions = {}) {
    this.chunkSize = options.chunkSize === undefined ? null : Math.max(1, Math.floor(options.chunkSize));
    this.callingThreadComputes = options.callingThreadComputes ?? false;
    const count = Math.max(0, Math.floor(options.workers ?? availableParallelism()));
    const entry = count > 0 ? workerEntry() : null;
    if (!entry) return;
    for (let index = 0; index < count; index++) {
      let worker: Worker;
      try {
        worker = startWorker(entry);
      } catch {
        break;
      }
      const slot: WorkerSlot = { worker, alive: true, ready: Promise.resolve(), obstaclesId: -1, inFlight: 0, fail: () => undefined };
      const fail = (error: Error): void => {
        if (!slot.alive) return;
        slot.alive = false;
        for (const [jobId, job] of this.jobs) {
          if (job.slot !== slot) continue;
          this.jobs.delete(jobId);
          job.reject(error);
        }
        void worker.terminate();
      };
      slot.fail = fail;
      worker.on('message', (message: FromWorker) => {
        const job = this.jobs.get(message.jobId);
        if (!job) return;
        this.jobs.delete(message.jobId);
        this.settled(slot);
        if (message.type === 'error') job.reject(new Error(message.message));
        else if (message.type === 'result') job.resolve(message.results);
        else job.resolve({ scalars: new Float64Array(0), counts: new Int32Array(0), coordinates: new Float64Array(0), ringStarts: new Int32Array(0) });
      });
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`coverage worker exited with code ${code}`)));
      slot.ready = this.send(slot, { type: 'warm-up', jobId: ++this.nextJobId, cameras: Math.max(0, options.warmUpCameras ?? 1000) }).then(
        () => undefined,
        () => undefined,
      );
      this.slots.push(slot);
    }
  }

  /** Resolves when every worker has started and warmed up (failed ones are left out). */
  async ready(): Promise<CoveragePoolStats> {
    await Promise.all(this.slots.map((slot) => slot.ready));
    return this.stats();
  }

  stats(): CoveragePoolStats {
    return { workers: this.slots.filter((slot) => slot.alive).length, ...this.counters };
  }

  /**
   * Sends the index to every worker now (otherwise the first `computeAll` with it does), so a caller
   * can keep that one-off copy out of a timed or latency-sensitive call.
   */
  async load(obstacles: ObstacleIndex): Promise<void> {
    await this.ready();
    const data = obstacles.flat.data;
    for (const slot of this.slots) if (slot.alive) this.sendObstacles(slot, data);
  }

  /** Every camera's coverage (same order as `cameras`), as computeCameraCoverage would give it. */
  async computeAll<Level extends string = DoriLevel>(
    cameras: readonly CoverageCamera[],
    obstacles: ObstacleIndex,
    ladder: DoriLadder<Level> = IEC_62676_4_DORI_LADDER as unknown as DoriLadder<Level>,
  ): Promise<CameraCoverage<Level>[]> {
    const results: CameraCoverage<Level>[] = new Array(cameras.length);
    const computeHere = (start: number, end: number): void => {
      for (let index = start; index < end; index++) results[index] = computeCameraCoverageOn(cameras[index], obstacles.flat, ladder);
      this.counters.camerasOnCallingThread += end - start;
    };
    await this.ready();
    const workers = this.slots.filter((slot) => slot.alive);
    const threads = workers.length + (this.callingThreadComputes ? 1 : 0);
    const chunkSize = this.chunkSize ?? Math.max(8, Math.min(64, Math.ceil(cameras.length / (8 * threads))));
    // A few cameras (an edit, a preview) are quicker here than a round trip to a worker.
    if (this.closed || workers.length === 0 || cameras.length < 2 * chunkSize) {
      computeHere(0, cameras.length);
      return results;
    }
    const data = obstacles.flat.data;
    const chunkCount = Math.ceil(cameras.length / chunkSize);
    let nextChunk = 0;
    const takeChunk = (): [number, number] | null => {
      if (nextChunk >= chunkCount) return null;
      const start = nextChunk++ * chunkSize;
      return [start, Math.min(cameras.length, start + chunkSize)];
    };
    return new Promise((resolve, reject) => {
      let outstanding = 0;
      let callingThreadDone = false;
      const finishIfDone = (): void => {
        if (!callingThreadDone || outstanding > 0) return;
        try {
          // Chunks no worker could take (all failed, or the calling thread was told not to compute).
          for (let chunk = takeChunk(); chunk; chunk = takeChunk()) computeHere(chunk[0], chunk[1]);
          resolve(results);
        } catch (error) {
          reject(error as Error);
        }
      };
      const feed = (slot: WorkerSlot): void => {
        while (slot.alive && slot.inFlight < JOBS_PER_WORKER) {
          const chunk = takeChunk();
          if (!chunk) return;
          const [start, end] = chunk;
          outstanding++;
          this.sendObstacles(slot, data);
          const cameraNumbers = packCameras(cameras, start, end);
          this.send(slot, { type: 'job', jobId: ++this.nextJobId, obstaclesId: slot.obstaclesId, ladder, cameras: cameraNumbers }, [cameraNumbers.buffer as ArrayBuffer])
            .then(
              (packed) => {
                this.unpack(packed, cameras, start, end, ladder, results);
                this.counters.camerasOnWorkers += end - start;
              },
              () => computeHere(start, end),
            )
            .then(
              () => {
                outstanding--;
                feed(slot);
                finishIfDone();
              },
              (error: Error) => reject(error),
            );
        }
      };
      for (const slot of workers) feed(slot);
      const step = (): void => {
        try {
          const chunk = this.callingThreadComputes ? takeChunk() : null;
          if (chunk) {
            computeHere(chunk[0], chunk[1]);
            setImmediate(step); // lets worker answers in, which posts their next chunks
            return;
          }
          callingThreadDone = true;
          finishIfDone();
        } catch (error) {
          reject(error as Error);
        }
      };
      step();
    });
  }

  /** Stops the workers; chunks they had not answered, and later calls, are computed on the calling thread. */
  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    for (const slot of slots) slot.fail(new Error('coverage pool closed'));
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private sendObstacles(slot: WorkerSlot, data: FlatObstacleData): void {
    let id = this.obstacleIds.get(data);
    if (id === undefined) {
      id = ++this.nextObstaclesId;
      this.obstacleIds.set(data, id);
    }
    if (slot.obstaclesId === id) return;
    const start = performance.now();
    slot.worker.postMessage({ type: 'obstacles', id, data } satisfies ToWorker);
    this.counters.obstacleTransferMilliseconds += performance.now() - start;
    slot.obstaclesId = id;
  }

  private send(slot: WorkerSlot, message: ToWorker & { jobId: number }, transfer: ArrayBuffer[] = []): Promise<PackedResults> {
    return new Promise((resolve, reject) => {
      if (!slot.alive) {
        reject(new Error('coverage worker is not running'));
        return;
      }
      this.jobs.set(message.jobId, { slot, resolve, reject });
      if (slot.inFlight++ === 0) slot.worker.ref();
      slot.worker.postMessage(message, transfer);
    });
  }

  /** A job answered: an idle worker must not keep the process alive. */
  private settled(slot: WorkerSlot): void {
    if (--slot.inFlight === 0) slot.worker.unref();
  }

  private unpack<Level extends string>(
    packed: PackedResults,
    cameras: readonly CoverageCamera[],
    start: number,
    end: number,
    ladder: DoriLadder<Level>,
    results: CameraCoverage<Level>[],
  ): void {
    let levels: LevelCoverage<Level>[] = [];
    unpackResults(packed, end - start, ladder.length, (position, originMeters, geometry, level, band, reason, output) => {
      if (level === 0) {
        levels = new Array(ladder.length);
        results[start + position] = { cameraId: cameras[start + position].id, originMeters, levels };
      }
      levels[level] = computedLevelCoverage(ladder[level].level, band, reason, geometry, output);
    });
  }
}
