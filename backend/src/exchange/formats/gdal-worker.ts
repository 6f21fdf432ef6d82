import { Worker } from 'node:worker_threads';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * GDAL (through gdal3.js, the GDAL 3.8 C library compiled to WebAssembly) reads and writes the formats GIS
 * people use: zipped Shapefile with its .prj, GeoPackage, CSV, OSM .pbf/XML, KML, GeoJSON. It was chosen over
 * per-format packages (shpjs, shp-write, @ngageoint/geopackage, osm-pbf-parser) because it is the library QGIS
 * and every GIS tool use, so a file it reads the way GIS users see it, it reprojects any .prj (PROJ inside),
 * it builds OSM ways and multipolygons itself, and it streams from disk instead of loading the file in memory
 * (STACK-NOTES: Munich's 2,753 buildings GeoJSON->GPKG in 0.2-0.7 s; shp-write took 5.4 s and writes no .cpg).
 *
 * gdal3.js is synchronous wasm with global state (one error slot, the last mounted input folder, options that
 * stick to an opened dataset), so it runs here in one worker thread, one job at a time, each job opening its
 * dataset anew and closing it. A job that takes longer than its time limit (a decompression bomb, a pathological
 * file) ends the worker; the next job starts a fresh one. The wasm heap is the worker's, so its memory is
 * bounded by `maxMemoryMb` and given back when the worker ends.
 *
 * The worker's code is a plain JavaScript string (eval worker): it runs the same under ts-node/swc, jest and
 * the compiled build, with no separate file to copy.
 */

/** A layer as GDAL describes it (ogrinfo -json -so). */
export interface GdalLayerInfo {
  name: string;
  featureCount: number;
  geometryType: string | null;
  /** The layer's CRS as WKT (absent when the source declares none, e.g. a Shapefile without .prj). */
  crsWkt: string | null;
  /** EPSG code when GDAL identifies one. */
  epsg: number | null;
  fields: { name: string; type: string }[];
}

export interface GdalDatasetInfo {
  driver: string;
  layers: GdalLayerInfo[];
}

export interface GdalOpenRequest {
  /** Absolute path of the input on disk (the folder is mounted read-only-in-practice in the wasm file system). */
  path: string;
  /** GDAL open options, e.g. ['X_POSSIBLE_NAMES=lon', 'Y_POSSIBLE_NAMES=lat'] for CSV. */
  openOptions?: string[];
  /** Virtual file system handlers, e.g. ['vsizip'] to read inside a .zip. */
  vfs?: string[];
}

export interface GdalTranslateRequest extends GdalOpenRequest {
  /** ogr2ogr arguments (`-f`, `-t_srs`, `-sql`, layer names...). */
  args: string[];
  /** Output file name without extension (inside a fresh output folder of the job). */
  outputName: string;
}

export interface GdalTranslateResult {
  /** Every file written, absolute paths (a Shapefile writes .shp, .shx, .dbf, .prj, .cpg). */
  files: string[];
  /** The main output file. */
  main: string;
  /** The job's output folder: the caller deletes it when done (`removeOutput`). */
  folder: string;
}

/** A GDAL refusal, with GDAL's own words. */
export class GdalError extends Error {
  constructor(
    message: string,
    readonly gdalErrors: { no?: number; message?: string }[] = [],
    readonly timedOut = false,
  ) {
    super(message);
    this.name = 'GdalError';
  }
}

const WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
let gdal = null;
async function ready() {
  if (gdal) return gdal;
  const mod = await import(workerData.moduleUrl);
  const init = mod.default || mod;
  gdal = await init({ dest: workerData.dest });
  return gdal;
}
function messageOf(error) {
  if (Array.isArray(error)) return error.map((e) => (e && e.message) || String(e)).join('; ');
  if (error && error.message) return error.message;
  return String(error);
}
function errorsOf(error) {
  if (Array.isArray(error)) return error.map((e) => ({ no: e && e.no, message: e && e.message }));
  return [{ message: messageOf(error) }];
}
async function openDataset(G, req) {
  const result = await G.open(req.path, req.openOptions || [], req.vfs || []);
  if (!result.datasets || !result.datasets.length) throw result.errors && result.errors.length ? result.errors : [{ message: 'GDAL could not open the file.' }];
  return result.datasets[0];
}
function epsgOf(cs) {
  if (!cs) return null;
  if (cs.projjson && cs.projjson.id && cs.projjson.id.authority === 'EPSG') return Number(cs.projjson.id.code);
  const m = /ID\["EPSG",(\d+)\]\]\s*$/.exec(cs.wkt || '');
  return m ? Number(m[1]) : null;
}
async function info(G, req) {
  const ds = await openDataset(G, req);
  try {
    const raw = await G.ogrinfo(ds, ['-so', '-al']);
    const layers = (raw.layers || []).map((l) => {
      const g = (l.geometryFields || [])[0] || null;
      const cs = g && g.coordinateSystem;
      return {
        name: l.name,
        featureCount: typeof l.featureCount === 'number' ? l.featureCount : -1,
        geometryType: g ? g.type : null,
        crsWkt: cs && cs.wkt ? cs.wkt : null,
        epsg: epsgOf(cs),
        fields: (l.fields || []).map((f) => ({ name: f.name, type: f.type })),
      };
    });
    return { driver: raw.driverShortName || (ds.info && ds.info.driverName) || '', layers };
  } finally {
    G.close(ds);
  }
}
async function translate(G, req) {
  const ds = await openDataset(G, req);
  try {
    const out = await G.ogr2ogr(ds, req.args, req.outputName);
    return { main: out.real, files: (out.all || []).map((f) => f.real) };
  } finally {
    G.close(ds);
  }
}
parentPort.on('message', async (job) => {
  try {
    const G = await ready();
    const value = job.op === 'info' ? await info(G, job.request) : job.op === 'translate' ? await translate(G, job.request) : null;
    parentPort.postMessage({ id: job.id, ok: true, value });
  } catch (error) {
    parentPort.postMessage({ id: job.id, ok: false, message: messageOf(error), errors: errorsOf(error) });
  }
});
`;

interface Job {
  id: number;
  op: 'info' | 'translate';
  request: GdalOpenRequest | GdalTranslateRequest;
  timeoutMs: number;
  worker?: Worker;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface GdalWorkerOptions {
  /** Longest a job may run before the worker is ended (a bomb, a pathological file). */
  timeoutMs?: number;
  /** The worker's heap limit (the wasm memory grows inside it). */
  maxMemoryMb?: number;
}

/**
 * One GDAL worker thread serving jobs one at a time, in order. Started on first use; `close()` ends it
 * (tests share one per file and close it in afterAll). Output files are written under a temporary folder
 * per job, which the caller removes with `removeOutput` once read.
 */
export class GdalWorker {
  private worker: Worker | null = null;
  private dest: string | null = null;
  private readonly queue: Job[] = [];
  private running: Job | null = null;
  private timer: NodeJS.Timeout | null = null;
  private nextId = 1;

  constructor(private readonly options: GdalWorkerOptions = {}) {}

  /** Layers, fields, geometry types and CRS of a dataset. */
  info(request: GdalOpenRequest, timeoutMs?: number): Promise<GdalDatasetInfo> {
    return this.enqueue('info', request, timeoutMs) as Promise<GdalDatasetInfo>;
  }

  /** Runs ogr2ogr on a dataset; the output lands in a fresh folder (result.folder). */
  async translate(request: Omit<GdalTranslateRequest, 'outputName'> & { outputName?: string }, timeoutMs?: number): Promise<GdalTranslateResult> {
    const outputName = `${request.outputName ?? 'out'}-${process.pid}-${this.nextId}-${Date.now().toString(36)}`;
    const result = (await this.enqueue('translate', { ...request, outputName }, timeoutMs)) as { main: string; files: string[] };
    return { main: result.main, files: result.files.length ? result.files : [result.main], folder: this.ensureDest() };
  }

  /** Deletes a translate result's files. */
  removeOutput(result: GdalTranslateResult): void {
    for (const file of result.files) rmSync(file, { force: true });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    for (const job of this.queue.splice(0)) job.reject(new GdalError('The GDAL worker was closed.'));
    if (worker) await worker.terminate();
    if (this.dest) rmSync(this.dest, { recursive: true, force: true });
    this.dest = null;
  }

  private ensureDest(): string {
    if (!this.dest) this.dest = mkdtempSync(join(tmpdir(), 'vigie-gdal-'));
    return this.dest;
  }

  private enqueue(op: Job['op'], request: GdalOpenRequest | GdalTranslateRequest, timeoutMs?: number): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, op, request, timeoutMs: timeoutMs ?? this.options.timeoutMs ?? 120_000, resolve, reject });
      this.pump();
    });
  }

  private start(): Worker {
    const moduleUrl = pathToFileURL(require.resolve('gdal3.js/node.js')).href;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { moduleUrl, dest: this.ensureDest() },
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxMemoryMb ?? 1024 },
    });
    worker.unref();
    worker.on('message', (message: { id: number; ok: boolean; value?: unknown; message?: string; errors?: { no?: number; message?: string }[] }) => {
      const job = this.running;
      if (!job || job.id !== message.id) return;
      this.finish();
      if (message.ok) job.resolve(message.value);
      else job.reject(new GdalError(message.message ?? 'GDAL failed.', message.errors ?? []));
    });
    const fail = (error: unknown) => {
      if (this.worker === worker) this.worker = null;
      const job = this.running;
      if (!job || job.worker !== worker) return;
      this.finish();
      job.reject(new GdalError(`GDAL stopped: ${error instanceof Error ? error.message : String(error)}`));
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`worker exited (${code})`)));
    return worker;
  }

  private finish(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = null;
    setImmediate(() => this.pump());
  }

  private pump(): void {
    if (this.running || !this.queue.length) return;
    const job = this.queue.shift()!;
    this.running = job;
    if (!this.worker) this.worker = this.start();
    const worker = this.worker;
    job.worker = worker;
    this.timer = setTimeout(() => {
      if (this.running !== job) return;
      this.worker = null;
      this.finish();
      job.reject(new GdalError(`GDAL took longer than ${Math.round(job.timeoutMs / 1000)} s on this file and was stopped.`, [], true));
      void worker.terminate();
    }, job.timeoutMs);
    this.timer.unref();
    worker.postMessage({ id: job.id, op: job.op, request: job.request });
  }
}

let shared: GdalWorker | null = null;

/** The process's one GDAL worker (the import and export services share it: one job at a time anyway). */
export function sharedGdalWorker(): GdalWorker {
  if (!shared) shared = new GdalWorker();
  return shared;
}

/** Ends the shared worker (tests' afterAll, shutdown). */
export async function closeSharedGdalWorker(): Promise<void> {
  const worker = shared;
  shared = null;
  if (worker) await worker.close();
}
