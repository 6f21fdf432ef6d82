import { AsyncResource } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { hostname } from 'node:os';
import { existsSync } from 'node:fs';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { GraphQLError } from 'graphql';
import type { MultiPolygon, Polygon } from 'geojson';
import { VIGIE_CONFIG, type VigieConfig } from '../../config/vigie-config';
import { COVERAGE_MAINTENANCE, type CoverageMaintenance } from '../../common/coverage-maintenance';
import { VigieError, badInput, forbidden, notFound } from '../../common/errors/vigie-errors';
import { translateDatabaseError } from '../../common/crud/crud.service';
import { runWithRequestContext, type Actor } from '../../common/request-context';
import { ENTITIES } from '../../database/entities';
import { sharedGdalWorker } from '../formats/gdal-worker';
import { readSource, disposeSource, streamFeatures, type ReadOptions } from '../formats/readers';
import { OSM_LAYERS } from '../formats/osm-tags';
import { suggestMapping, TARGETS, IMPORT_TARGETS, type FieldMapping, type ImportTargetType } from './targets';
import { validateRow, type RowProblem, type StagedRow } from './validate-row';
import { prepareBatch, sendBatch, type BatchResult } from './bulk-writer';
import type { ImportJob, ImportStatus } from './import-job';
import { ImportJobRecord } from './import-job.entity';
import { isUuid } from '../../common/uuid';
import { openChangeSet } from '../../common/audit/change-set-context';
import { isCertainlyValidPolygon } from '../../core/geometry/certainly-valid';

export const IMPORT_ROLES = ['admin', 'engineer'] as const;
const MAX_PROBLEMS_KEPT = 2000;
const PREVIEW_VALID = 300;
const PREVIEW_INVALID = 100;
const CHECK_BATCH = 2000;
const WRITE_BATCH = 2000;
const COVERAGE_BATCH = 200;
/** How often a running job writes its progress and heartbeat; a heartbeat older than STALE_MS means its process died. */
const HEARTBEAT_MS = 1_000;
const STALE_MS = 120_000;
/** Staged or failed imports untouched this long are discarded at start, their files deleted. */
const KEEP_MS = Number(process.env.VIGIE_IMPORT_KEEP_HOURS ?? 72) * 3_600_000;
const RUNNING: readonly ImportStatus[] = ['staging', 'committing'];
const PROCESS_STARTED_AT = Date.now() - process.uptime() * 1000;
const ID_FIELDS = ['osm_id', '@id', 'id', 'fid', 'gml_id', 'objectid', 'source_id', 'sourceId', 'code', 'ref'];

export interface StageInput {
  fileName: string;
  uploadPath: string;
  targetType: ImportTargetType;
  source?: string | null;
  layer?: string | null;
  csv?: ReadOptions['csv'];
  idField?: string | null;
  mapping?: FieldMapping[] | null;
}

/**
 * Two-phase imports: stage (read, map, validate every row, preview; nothing written), then commit (one
 * transaction, one change set, idempotent by source id). Both run off the request, in the background
 * of this process, reporting progress through `job(id)`.
 */
@Injectable()
export class ImportService implements OnApplicationBootstrap, OnModuleDestroy {
  /** Jobs whose staging or commit runs in this process (the freshest state); every other job is read from import_job. */
  private readonly active = new Map<string, ImportJob>();
  private readonly running = new Map<string, Promise<void>>();
  /** Made at start-up, outside any request: background work runs in its context, free of a request's deadline. */
  private readonly background = new AsyncResource('vigie-import');
  /** This service instance, as the owner of the jobs it runs (a restart gets a new one). */
  readonly instance = randomUUID();
  /** Embedded database: one connection, held by a commit's transaction; progress is not written while it is. */
  private readonly singleConnection: boolean;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(VIGIE_CONFIG) private readonly config: VigieConfig,
    @Inject(COVERAGE_MAINTENANCE) private readonly coverage: CoverageMaintenance,
  ) {
    this.singleConnection = !config.databaseUrl;
  }

  /** Jobs left running by a process that died are marked failed; old staged files are deleted. */
  async onApplicationBootstrap(): Promise<void> {
    await this.failOrphans();
    await this.expireOld();
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.allSettled([...this.running.values()]);
    // Staged jobs keep their files (this process after a restart, or another one, commits them), unless the database
    // itself dies with this process (embedded, in memory: tests), when nothing could ever come back for them.
    if (!this.config.databaseUrl && !this.config.embeddedDataDir) {
      const records = await this.dataSource.getRepository(ImportJobRecord).find({ where: { status: 'staged' } }).catch(() => []);
      for (const record of records) this.cleanUp(fromRecord(record));
    }
  }

  get maxUploadBytes(): number {
    return Number(process.env.VIGIE_IMPORT_MAX_BYTES ?? 200 * 1024 * 1024);
  }

  checkRole(actor: Actor | null): Actor {
    if (!actor || !(IMPORT_ROLES as readonly string[]).includes(actor.role)) throw forbidden(`Your role (${actor?.role ?? 'anonymous'}) does not allow imports.`, { role: actor?.role ?? null });
    return actor;
  }

  async job(id: string, actor: Actor | null): Promise<ImportJob> {
    this.checkRole(actor);
    return this.load(id);
  }

  async list(actor: Actor | null): Promise<ImportJob[]> {
    this.checkRole(actor);
    const records = await this.dataSource.getRepository(ImportJobRecord).find({ order: { createdAt: 'DESC' }, take: 100 });
    return records.map((record) => this.active.get(record.id) ?? fromRecord(record));
  }

  /** Starts staging an uploaded file; returns at once with the job (status `staging`). */
  async stage(actor: Actor, input: StageInput): Promise<ImportJob> {
    this.checkRole(actor);
    if (!(IMPORT_TARGETS as readonly string[]).includes(input.targetType)) {
      rmSync(dirname(input.uploadPath), { recursive: true, force: true });
      throw badInput(`targetType must be one of ${IMPORT_TARGETS.join(', ')}; got "${input.targetType}".`, { reason: 'UNKNOWN_TARGET' });
    }
    const source = (input.source ?? input.fileName).trim().replace(/\s+/g, ' ').slice(0, 60) || 'import';
    const job: ImportJob = {
      id: randomUUID(), createdByUserId: actor.userId, createdAt: new Date(), fileName: input.fileName, format: 'geojson', source, targetType: input.targetType,
      idField: input.idField ?? null, mapping: input.mapping ?? [], sourceFields: [], layer: input.layer ?? null, status: 'staging',
      progress: { phase: 'reading', done: 0, total: 0 }, counts: emptyCounts(), problemsByCode: {}, problems: [], preview: { type: 'FeatureCollection', features: [] },
      failure: null, result: null, read: null, stagedPath: null, uploadPath: input.uploadPath, finishedAt: null, csv: input.csv ?? null,
    };
    try {
      await this.dataSource.getRepository(ImportJobRecord).insert(this.toRecord(job) as never);
    } catch (error) {
      rmSync(dirname(input.uploadPath), { recursive: true, force: true });
      throw error;
    }
    this.active.set(job.id, job);
    this.launch(job, actor, () => this.runStaging(job, input, !input.mapping?.length));
    return job;
  }

  /** Changes the target type, the mapping or the id field of a staged import and validates it again. */
  async remap(actor: Actor, id: string, change: { targetType?: ImportTargetType | null; mapping?: FieldMapping[] | null; idField?: string | null }): Promise<ImportJob> {
    const job = await this.job(id, actor);
    if (job.status !== 'staged') throw new VigieError('CONFLICT', `The import is ${job.status}; only a staged import can be mapped again.`, { status: job.status });
    if (change.targetType && !(IMPORT_TARGETS as readonly string[]).includes(change.targetType)) throw badInput(`targetType must be one of ${IMPORT_TARGETS.join(', ')}.`);
    const retarget = !!change.targetType && change.targetType !== job.targetType;
    if (change.targetType) job.targetType = change.targetType;
    if (change.mapping) {
      const known = new Set(TARGETS[job.targetType].fields.map((f) => f.name));
      const unknown = change.mapping.find((m) => !known.has(m.field));
      if (unknown) throw badInput(`"${unknown.field}" is not a field of ${TARGETS[job.targetType].typeName}: ${[...known].join(', ')}.`, { field: unknown.field });
      const missing = change.mapping.find((m) => m.source && !job.sourceFields.includes(m.source));
      if (missing) throw badInput(`The source has no field "${missing.source}".`, { field: missing.field, source: missing.source });
      job.mapping = change.mapping;
    } else if (retarget) job.mapping = [];
    if (change.idField !== undefined) job.idField = change.idField;
    this.filesHere(job);
    await this.claim(job, 'staged', 'staging');
    this.launch(job, actor, () => this.runStaging(job, { fileName: job.fileName, uploadPath: job.uploadPath, targetType: job.targetType, csv: job.csv ?? undefined }, !job.mapping.length));
    return job;
  }

  /** Writes a staged import in one transaction (returns at once, status `committing`). Refused while rows have errors. */
  async commit(actor: Actor, id: string): Promise<ImportJob> {
    const job = await this.job(id, actor);
    if (job.status !== 'staged') throw new VigieError('CONFLICT', `The import is ${job.status}; only a staged import can be committed.`, { status: job.status });
    if (job.counts.errors > 0) {
      throw badInput(`${job.counts.errors} rows have errors (see the report): fix the mapping or the file; nothing was written.`, { reason: 'ROWS_WITH_ERRORS', errors: job.counts.errors });
    }
    if (job.counts.valid === 0) throw badInput('No row to import.', { reason: 'NOTHING_TO_IMPORT' });
    this.filesHere(job);
    job.progress = { phase: 'writing', done: 0, total: job.counts.valid };
    await this.claim(job, 'staged', 'committing');
    this.launch(job, actor, () => this.runCommit(job));
    return job;
  }

  async discard(actor: Actor, id: string): Promise<ImportJob> {
    const job = await this.job(id, actor);
    if (RUNNING.includes(job.status)) throw new VigieError('CONFLICT', `The import is ${job.status}; wait for it to finish.`, { status: job.status });
    if (job.status === 'staged' || job.status === 'failed') {
      const { affected } = await this.dataSource.getRepository(ImportJobRecord).update({ id, status: job.status }, { status: 'discarded', stagedPath: null, readSource: null, updatedAt: new Date() });
      if (!affected) throw new VigieError('CONFLICT', 'The import changed meanwhile: read it again.', { status: job.status });
      job.status = 'discarded';
    }
    this.cleanUp(job);
    return job;
  }

  /** Resolves when the job's background work in this process is over (tests, bench). */
  async settled(id: string): Promise<ImportJob> {
    const inMemory = this.active.get(id);
    await this.running.get(id);
    return inMemory ?? this.load(id);
  }

  /** A job: this process's running copy, or the stored one (a job whose owner died is failed on the way). */
  private async load(id: string): Promise<ImportJob> {
    const here = this.active.get(id);
    if (here) return here;
    const repository = this.dataSource.getRepository(ImportJobRecord);
    let record = isUuid(id) ? await repository.findOneBy({ id }) : null;
    if (!record) throw notFound('ImportJob', id);
    if (RUNNING.includes(record.status as ImportStatus) && this.isOrphan(record)) {
      await this.failOrphan(record);
      record = (await repository.findOneBy({ id }))!;
    }
    return fromRecord(record);
  }

  /** Moves a job from one status to the next for this process, unless another process did first. */
  private async claim(job: ImportJob, from: ImportStatus, to: ImportStatus): Promise<void> {
    const { affected } = await this.dataSource.getRepository(ImportJobRecord).update(
      { id: job.id, status: from },
      { ...this.toRecord({ ...job, status: to, finishedAt: null }), ...this.ownership(), createdAt: undefined },
    );
    if (!affected) throw new VigieError('CONFLICT', `The import is no longer ${from} (another request changed it): read it again.`, { status: from });
    job.status = to;
    job.finishedAt = null;
    this.active.set(job.id, job);
  }

  private ownership() {
    return { ownerHost: hostname(), ownerPid: process.pid, ownerInstance: this.instance, heartbeatAt: new Date() };
  }

  /** The job's files were written by a process on this machine (a job received by another host is refused clearly). */
  private filesHere(job: ImportJob): void {
    const paths = [job.stagedPath, ...(job.read?.layers.map((l) => l.path) ?? [])].filter((p): p is string => !!p);
    if (!paths.length) paths.push(job.uploadPath);
    if (!paths.every((path) => existsSync(path))) {
      throw new VigieError('CONFLICT', 'The files of this import are not on this server (another machine received the upload, or they were deleted): upload the file again.', { reason: 'FILES_GONE' });
    }
  }

  /** Whether the process that ran this job is gone: a stale heartbeat, or on this machine a pid that no longer runs. */
  private isOrphan(record: ImportJobRecord): boolean {
    if (record.ownerInstance === this.instance) return !this.active.has(record.id);
    const heartbeat = record.heartbeatAt?.getTime() ?? 0;
    if (Date.now() - heartbeat > STALE_MS) return true;
    if (record.ownerHost !== hostname() || record.ownerPid === null) return false;
    // The same pid as this process: a previous process (a container's pid 1) if its last heartbeat predates this one's start.
    if (record.ownerPid === process.pid) return heartbeat < PROCESS_STARTED_AT;
    return !pidAlive(record.ownerPid);
  }

  private async failOrphan(record: ImportJobRecord): Promise<void> {
    const message =
      record.status === 'committing'
        ? 'The Vigie process writing this import stopped (restart or crash) before it finished: its transaction was rolled back and nothing was written. Upload the file again.'
        : 'The Vigie process reading and checking this file stopped (restart or crash) before it finished: nothing was written. Upload the file again.';
    const { affected } = await this.dataSource
      .createQueryBuilder()
      .update(ImportJobRecord)
      .set({ status: 'failed', failure: { message, code: 'INTERNAL', reason: 'PROCESS_STOPPED' }, finishedAt: new Date(), updatedAt: new Date(), stagedPath: null, readSource: null })
      .where('id = :id AND status = :status AND owner_instance IS NOT DISTINCT FROM :owner', { id: record.id, status: record.status, owner: record.ownerInstance })
      .execute();
    if (affected && record.ownerHost === hostname()) this.cleanUp(fromRecord(record));
  }

  private async failOrphans(): Promise<void> {
    const records = await this.dataSource.getRepository(ImportJobRecord).find({ where: { status: In([...RUNNING]) } });
    for (const record of records) if (this.isOrphan(record)) await this.failOrphan(record);
  }

  private async expireOld(): Promise<void> {
    const repository = this.dataSource.getRepository(ImportJobRecord);
    const old = await repository
      .createQueryBuilder('j')
      .where('j.status IN (:...statuses) AND j.updated_at < :before', { statuses: ['staged', 'failed'], before: new Date(Date.now() - KEEP_MS) })
      .getMany();
    for (const record of old) {
      if (record.ownerHost && record.ownerHost !== hostname()) continue;
      this.cleanUp(fromRecord(record));
      await repository.update({ id: record.id, status: record.status }, { status: record.status === 'staged' ? 'discarded' : 'failed', stagedPath: null, readSource: null, updatedAt: new Date() });
    }
  }

  /** The row of import_job for a job (ownership apart). */
  private toRecord(job: ImportJob): Partial<ImportJobRecord> {
    return {
      id: job.id, createdByUserId: job.createdByUserId, createdAt: job.createdAt, updatedAt: new Date(), finishedAt: job.finishedAt, fileName: job.fileName.slice(0, 200), format: job.format,
      source: job.source, targetType: job.targetType, status: job.status, idField: job.idField, layer: job.layer, mapping: job.mapping, sourceFields: job.sourceFields,
      progress: job.progress, counts: job.counts, problemsByCode: job.problemsByCode, problems: job.problems, preview: job.preview, failure: job.failure, result: job.result,
      changeSetId: job.result?.changeSetId ?? null, uploadPath: job.uploadPath, readSource: job.read, stagedPath: job.stagedPath, csv: job.csv ?? null,
      ...(job.status === 'staging' || job.status === 'committing' ? this.ownership() : {}),
    };
  }

  /** Writes a job's whole state (at the end of a phase), through the given transaction if any. */
  private async persist(job: ImportJob | Readonly<ImportJob>, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(ImportJobRecord).update({ id: job.id }, this.toRecord(job));
  }

  private launch(job: ImportJob, actor: Actor, work: () => Promise<void>): void {
    this.active.set(job.id, job);
    // Progress and heartbeat, every second, through a connection of their own (not while a commit holds the only one).
    let writing = false;
    const heartbeat = setInterval(() => {
      if (writing || (this.singleConnection && job.inTransaction)) return;
      writing = true;
      this.dataSource
        .createQueryBuilder()
        .update(ImportJobRecord)
        .set({ progress: job.progress, heartbeatAt: new Date() })
        .where('id = :id AND owner_instance = :owner AND status IN (:...running)', { id: job.id, owner: this.instance, running: RUNNING })
        .execute()
        .catch(() => undefined)
        .finally(() => (writing = false));
    }, HEARTBEAT_MS);
    heartbeat.unref();
    const run = this.background.runInAsyncScope(() =>
      runWithRequestContext({ actor, clientAddress: null }, async () => {
        try {
          await work();
        } catch (error) {
          job.status = 'failed';
          job.failure = failureOf(error);
          if (!(error instanceof GraphQLError)) console.error('Import failed:', error);
          // A failed import can be neither mapped again nor committed: its files go now.
          this.cleanUp(job);
        } finally {
          clearInterval(heartbeat);
          job.inTransaction = false;
          job.finishedAt = new Date();
          // A committed job's row was written inside its transaction.
          if (job.status !== 'committed') await this.persist(job).catch((error) => console.error('Import state not saved:', error));
          this.active.delete(job.id);
          this.running.delete(job.id);
        }
      }),
    );
    this.running.set(job.id, run);
  }

  private cleanUp(job: ImportJob): void {
    if (job.read) disposeSource(job.read);
    job.read = null;
    job.stagedPath = null;
    rmSync(dirname(job.uploadPath), { recursive: true, force: true });
  }

  // ---- staging ----

  private async runStaging(job: ImportJob, input: StageInput, suggest: boolean): Promise<void> {
    job.timings = { last: performance.now() };
    const target = TARGETS[job.targetType];
    const osm = job.format === 'osm_pbf' || job.format === 'osm_xml' || /\.osm(\.pbf)?$/i.test(job.fileName);
    if (!job.read || (osm && !sameLayers(job.read.layers.map((l) => l.name), target.osm.layers))) {
      if (job.read) disposeSource(job.read);
      job.read = null;
      job.read = await readSource(sharedGdalWorker(), input.fileName, job.uploadPath, { layer: job.layer, csv: input.csv, osmLayers: target.osm.layers.filter((l) => (OSM_LAYERS as readonly string[]).includes(l)) });
      job.format = job.read.format;
    }
    const read = job.read;
    const isOsmFile = read.format === 'osm_pbf' || read.format === 'osm_xml';
    lap(job, 'read');
    job.progress = { phase: 'validating', done: 0, total: read.layers.reduce((s, l) => s + l.featureCount, 0) };
    // Fields: what the layers declare, or (KML, OSM) what the first features carry.
    const fields = new Set<string>(read.layers.flatMap((l) => (isOsmFile ? [] : l.fields)));
    if (isOsmFile || read.format === 'kml' || read.format === 'kmz') {
      let seen = 0;
      for await (const feature of streamFeatures(read)) {
        if (isOsmFile && !target.osm.accepts(feature.properties)) continue;
        for (const key of Object.keys(feature.properties)) fields.add(key);
        if (++seen >= 2000) break;
      }
    }
    job.sourceFields = [...fields];
    if (suggest || !job.mapping.length) job.mapping = suggestMapping(target, job.sourceFields);
    if (!job.idField || !job.sourceFields.includes(job.idField)) job.idField = ID_FIELDS.find((name) => job.sourceFields.includes(name)) ?? null;
    if (target.type === 'camera') await this.defaultCameraModel(job);
    // OpenStreetMap data (an extract, or a file cut from one: its ids are osm_id "way/123"): only the features with the target's tags.
    const isOsm = isOsmFile || job.idField === 'osm_id';

    const stagedPath = join(read.folder, `staged-${Date.now().toString(36)}.jsonl`);
    const out = createWriteStream(stagedPath);
    const counts = emptyCounts();
    const byCode: Record<string, number> = {};
    const problems: RowProblem[] = [];
    const previewValid: unknown[] = [];
    const previewInvalid: unknown[] = [];
    const seenIds = new Set<string>();
    const seenCodes = new Map<string, string>();
    let batch: StagedRow[] = [];
    const keep = (p: RowProblem) => {
      byCode[p.code] = (byCode[p.code] ?? 0) + 1;
      if (problems.length < MAX_PROBLEMS_KEPT) problems.push(p);
    };
    const flush = async () => {
      const rows = batch;
      batch = [];
      lap(job, 'validateJs');
      await this.checkInDatabase(job.targetType, rows);
      lap(job, 'checkDb');
      for (const row of rows) {
        row.problems.forEach(keep);
        counts.rows++;
        const errors = row.problems.filter((p) => p.severity === 'error').length;
        if (row.problems.length > errors) counts.warnings++;
        if (errors) {
          counts.errors++;
          if (previewInvalid.length < PREVIEW_INVALID) previewInvalid.push(previewFeature(row, false));
          continue;
        }
        counts.valid++;
        if ((row as StagedRow & { exists?: boolean }).exists) counts.toUpdate++;
        else counts.toInsert++;
        if (previewValid.length < PREVIEW_VALID) previewValid.push(previewFeature(row, true));
        if (!out.write(`${JSON.stringify({ row: row.row, layer: row.layer, sourceId: row.sourceId, values: row.values, geometry: row.geometry })}\n`)) await once(out, 'drain');
      }
      job.progress.done = counts.rows + counts.skipped;
      lap(job, 'writeStaged');
    };
    try {
      for await (const feature of streamFeatures(read)) {
        if (isOsm && !target.osm.accepts(feature.properties)) {
          counts.skipped++;
          continue;
        }
        const row = validateRow(feature, { target, mapping: job.mapping, source: job.source, idField: job.idField, extent: this.config.deploymentExtent });
        if (seenIds.has(row.sourceId)) row.problems.push({ row: row.row, layer: row.layer, sourceId: row.sourceId, severity: 'error', code: 'DUPLICATE', message: `source id ${row.sourceId} appears more than once in the file` });
        seenIds.add(row.sourceId);
        if (typeof row.values.code === 'string') {
          const code = row.values.code.trim().toLowerCase();
          const other = seenCodes.get(code);
          if (other !== undefined && other !== row.sourceId) row.problems.push({ row: row.row, layer: row.layer, sourceId: row.sourceId, severity: 'error', code: 'CODE_TAKEN', field: 'code', message: `code "${row.values.code}" is used by another row of the file` });
          seenCodes.set(code, row.sourceId);
        }
        batch.push(row);
        if (batch.length >= CHECK_BATCH) await flush();
      }
      await flush();
    } finally {
      out.end();
      await once(out, 'finish').catch(() => undefined);
    }
    if (counts.rows === 0) throw badInput(`No feature of the file is a ${target.typeName}${isOsm ? ' (no OSM feature with the tags of one)' : ''}.`, { reason: 'NO_FEATURES', skipped: counts.skipped });
    // A wrong or missing .prj makes every position a projected number, or puts everything far away.
    const wrongCrs = (byCode.BAD_COORDINATES ?? 0) + (byCode.OUTSIDE_EXTENT ?? 0);
    if (wrongCrs === counts.rows && (byCode.BAD_COORDINATES ?? 0) > 0) {
      throw badInput(`No position of the file is a longitude/latitude: its coordinate system is missing or wrong (for a Shapefile, check its .prj).`, { reason: 'WRONG_CRS' });
    }
    job.counts = counts;
    job.problemsByCode = byCode;
    job.problems = problems;
    job.preview = { type: 'FeatureCollection', features: [...previewValid, ...previewInvalid] };
    job.stagedPath = stagedPath;
    job.progress = { phase: 'done', done: counts.rows + counts.skipped, total: counts.rows + counts.skipped };
    job.status = 'staged';
  }

  private async defaultCameraModel(job: ImportJob): Promise<void> {
    const entry = job.mapping.find((m) => m.field === 'modelId');
    if (entry && (entry.source || entry.constant)) return;
    const [model] = (await this.dataSource.query('SELECT id FROM camera_model ORDER BY code LIMIT 1')) as { id: string }[];
    if (!model) return;
    const rest = job.mapping.filter((m) => m.field !== 'modelId');
    job.mapping = [...rest, { field: 'modelId', source: null, constant: model.id }];
  }

  /** Checks that need the database, a batch at a time: validity (repaired or refused), existing source ids, codes taken. */
  private async checkInDatabase(targetType: ImportTargetType, rows: StagedRow[]): Promise<void> {
    const target = TARGETS[targetType];
    const polygonal = target.geometry === 'Polygon' || target.geometry === 'MultiPolygon';
    // A footprint of one plain ring (most buildings) is valid for GEOS without asking it (core/geometry/certainly-valid.ts).
    const withGeometry = rows.filter((r) => r.geometry && !r.problems.some((p) => p.severity === 'error') && !(polygonal && isCertainlyValidPolygon(r.geometry)));
    if (withGeometry.length && target.geometry !== 'Point') {
      const checked = (await this.dataSource.query(
        `SELECT i::int AS i, ST_IsValid(g) AS valid, CASE WHEN $2 THEN true ELSE ST_IsSimple(g) END AS simple,
                CASE WHEN NOT ST_IsValid(g) AND $2 THEN ST_AsGeoJSON(ST_Multi(ST_CollectionExtract(ST_MakeValid(g), 3))) END AS repaired,
                CASE WHEN NOT ST_IsValid(g) THEN ST_IsValidReason(g) END AS reason
           FROM (SELECT ordinality - 1 AS i, ST_SetSRID(ST_GeomFromGeoJSON(value), 4326) AS g FROM jsonb_array_elements_text($1::jsonb) WITH ORDINALITY) s`,
        [JSON.stringify(withGeometry.map((r) => JSON.stringify(r.geometry))), polygonal],
      )) as { i: number; valid: boolean; simple: boolean; repaired: string | null; reason: string | null }[];
      for (const check of checked) {
        const row = withGeometry[check.i];
        const problem = (severity: 'error' | 'warning', code: 'INVALID_GEOMETRY' | 'REPAIRED_GEOMETRY', message: string) =>
          row.problems.push({ row: row.row, layer: row.layer, sourceId: row.sourceId, severity, code, message });
        if (polygonal && !check.valid) {
          const repaired = check.repaired ? (JSON.parse(check.repaired) as MultiPolygon) : null;
          if (!repaired || !repaired.coordinates.length) problem('error', 'INVALID_GEOMETRY', `invalid geometry (${check.reason}) that cannot be repaired`);
          else if (target.geometry === 'Polygon' && repaired.coordinates.length > 1) problem('error', 'INVALID_GEOMETRY', `invalid geometry (${check.reason}); repaired it falls in ${repaired.coordinates.length} parts: split it`);
          else {
            row.geometry = target.geometry === 'Polygon' ? ({ type: 'Polygon', coordinates: repaired.coordinates[0] } as Polygon) : repaired;
            problem('warning', 'REPAIRED_GEOMETRY', `invalid geometry (${check.reason}) repaired`);
          }
        } else if (!polygonal && (!check.valid || !check.simple) && (target.table === 'fiber_run' || target.table === 'power_feed' || !check.valid)) {
          problem('error', 'INVALID_GEOMETRY', `the line crosses itself or repeats a point (${check.reason ?? 'not simple'}): a cable cannot`);
        }
      }
    }
    const ids = rows.map((r) => r.sourceId);
    const existing = new Set(((await this.dataSource.query(`SELECT source_id FROM "${target.table}" WHERE source_id = ANY($1)`, [ids])) as { source_id: string }[]).map((r) => r.source_id));
    for (const row of rows) (row as StagedRow & { exists?: boolean }).exists = existing.has(row.sourceId);
    if (target.fields.some((f) => f.name === 'code')) {
      const codes = rows.map((r) => String(r.values.code ?? '').trim().toLowerCase());
      const taken = (await this.dataSource.query(`SELECT lower(trim(code)) AS code, source_id FROM "${target.table}" WHERE lower(trim(code)) = ANY($1)`, [codes])) as { code: string; source_id: string | null }[];
      const owner = new Map(taken.map((t) => [t.code, t.source_id]));
      for (const row of rows) {
        const code = String(row.values.code ?? '').trim().toLowerCase();
        if (owner.has(code) && owner.get(code) !== row.sourceId) {
          row.problems.push({ row: row.row, layer: row.layer, sourceId: row.sourceId, severity: 'error', code: 'CODE_TAKEN', field: 'code', message: `code "${row.values.code}" already belongs to another ${target.typeName}` });
        }
      }
    }
  }

  // ---- commit ----

  private async runCommit(job: ImportJob): Promise<void> {
    job.timings = { last: performance.now() };
    const target = TARGETS[job.targetType];
    const entity = ENTITIES.find((e) => e.name === target.typeName)!;
    const result = { inserted: 0, updated: 0, unchanged: 0, camerasRecomputed: 0, changeSetId: null as string | null };
    try {
      await this.dataSource.transaction(async (manager) => {
        job.inTransaction = true;
        result.changeSetId = await this.openChangeSet(manager, job);
        // Cameras to recompute: near the old footprints of updated buildings (found before they move), then near everything written.
        const cameras = new Set<string>();
        const beforeUpdate =
          target.type === 'building'
            ? async (sourceIds: string[]) => {
                for (const id of await this.coverage.findCamerasNearStoredBuildings(manager, { sourceIds })) cameras.add(id);
              }
            : undefined;
        let batch: StagedRow[] = [];
        // One batch in the database while the next is read and prepared here (two cores: this process and PostgreSQL's).
        let pending: { sent: Promise<BatchResult>; rows: number } | null = null;
        const settle = async () => {
          if (!pending) return;
          const written = await pending.sent;
          result.inserted += written.inserted;
          result.updated += written.updated;
          result.unchanged += written.unchanged;
          for (const id of written.writtenIds) cameras.add(id);
          job.progress.done += pending.rows;
          pending = null;
          lap(job, 'upsertAndAudit');
        };
        const flush = async () => {
          if (!batch.length) return;
          lap(job, 'readStaged');
          const prepared = await prepareBatch(manager, target, entity, batch, { projectedSrid: this.config.projectedSrid, changeSetId: result.changeSetId, beforeUpdate, lap: (phase) => lap(job, phase) });
          await settle();
          const sent = sendBatch(manager, prepared);
          // Awaited by the next settle(); marked handled now so that a failure waits for it instead of crashing the process.
          sent.catch(() => undefined);
          pending = { sent, rows: batch.length };
          batch = [];
        };
        const lines = createInterface({ input: createReadStream(job.stagedPath!), crlfDelay: Infinity });
        for await (const line of lines) {
          if (!line) continue;
          const staged = JSON.parse(line) as StagedRow;
          batch.push({ ...staged, problems: [], notes: [] });
          if (batch.length >= WRITE_BATCH) await flush();
        }
        await flush();
        await settle();
        lap(job, 'readStaged');
        job.progress = { phase: 'coverage', done: 0, total: 0 };
        if (target.type === 'building' && result.inserted + result.updated > 0) {
          // Only cameras whose reach a written footprint (new or old) comes within: their coverage can change, no other's can.
          for (const id of await this.coverage.findCamerasNearStoredBuildings(manager, 'written-in-this-transaction')) cameras.add(id);
        }
        lap(job, 'coverageFind');
        const ids = [...cameras].sort();
        job.progress = { phase: 'coverage', done: 0, total: ids.length };
        for (let start = 0; start < ids.length; start += COVERAGE_BATCH) {
          result.camerasRecomputed += await this.coverage.recomputeCameras(manager, ids.slice(start, start + COVERAGE_BATCH));
          job.progress.done = Math.min(ids.length, start + COVERAGE_BATCH);
        }
        lap(job, 'coverageRecompute');
        job.result = result;
        job.status = 'committed';
        job.finishedAt = new Date();
        job.progress = { phase: 'done', done: job.counts.valid, total: job.counts.valid };
        // The job's state commits with the import, or not at all (its files are deleted after).
        await this.persist({ ...job, stagedPath: null, read: null }, manager);
      });
      lap(job, 'transactionCommit');
    } catch (error) {
      job.result = null;
      job.status = 'committing';
      throw translateDatabaseError(error, target.typeName);
    }
    this.cleanUp(job);
  }

  /** The import's change set: one audited unit that undoChangeSet reverts (backend/src/change-sets). */
  private async openChangeSet(manager: EntityManager, job: ImportJob): Promise<string> {
    const set = await openChangeSet(manager, { kind: 'import', label: `Import of ${job.fileName} (${TARGETS[job.targetType].typeName}, ${job.counts.valid} rows)` });
    return set.id;
  }
}

/** Adds the time since the last lap to a phase's total (job.timings, ms): where an import spends its time (bench). */
function lap(job: ImportJob, phase: string): void {
  const now = performance.now();
  job.timings ??= { last: now };
  job.timings[phase] = (job.timings[phase] ?? 0) + now - job.timings.last;
  job.timings.last = now;
}

function fromRecord(record: ImportJobRecord): ImportJob {
  return {
    id: record.id, createdByUserId: record.createdByUserId, createdAt: record.createdAt, fileName: record.fileName, format: record.format as ImportJob['format'], source: record.source,
    targetType: record.targetType as ImportTargetType, idField: record.idField, mapping: record.mapping as FieldMapping[], sourceFields: record.sourceFields as string[], layer: record.layer,
    status: record.status as ImportStatus, progress: record.progress as ImportJob['progress'], counts: { ...emptyCounts(), ...(record.counts as Partial<ImportJob['counts']>) }, problemsByCode: record.problemsByCode as Record<string, number>,
    problems: record.problems as RowProblem[], preview: record.preview as ImportJob['preview'], failure: record.failure as ImportJob['failure'], result: record.result as ImportJob['result'],
    read: record.readSource as ImportJob['read'], stagedPath: record.stagedPath, uploadPath: record.uploadPath, finishedAt: record.finishedAt, csv: record.csv as ImportJob['csv'],
  };
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sameLayers(a: string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name) => b.includes(name));
}

function emptyCounts() {
  return { rows: 0, valid: 0, errors: 0, warnings: 0, toInsert: 0, toUpdate: 0, skipped: 0 };
}

function previewFeature(row: StagedRow, valid: boolean) {
  return {
    type: 'Feature',
    geometry: row.geometry,
    properties: { ...row.values, sourceId: row.sourceId, row: row.row, valid, problems: row.problems.map((p) => `${p.code}: ${p.message}`), notes: row.notes },
  };
}

function failureOf(error: unknown): ImportJob['failure'] {
  if (error instanceof GraphQLError) {
    return { message: error.message, code: String(error.extensions?.code ?? 'BAD_USER_INPUT'), reason: typeof error.extensions?.reason === 'string' ? error.extensions.reason : undefined };
  }
  return { message: `The import failed: ${(error as Error)?.message ?? String(error)}`, code: 'INTERNAL' };
}

export type { WriteStream };
