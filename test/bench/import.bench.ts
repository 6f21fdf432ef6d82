/**
 * npm run bench -- import: 100,000 building footprints (synthetic, 40 m blocks over the Fès extent, a
 * third with a surveyed height, a third with building:levels only) imported from one GeoJSON file through
 * the import service (read by GDAL in its worker, every row validated with PostGIS validity checks, the
 * report and preview made, then the commit: set-based upserts by source id, an audit entry per building in
 * the import's change set, and the coverage recompute of the cameras whose reach the new buildings touch:
 * 300 cameras on the first blocks). Peak RSS sampled every 50 ms (the GDAL worker is a thread of this process).
 *
 * Reference in the same run: the same 100,000 footprints inserted by one plain INSERT ... SELECT from the
 * same GeoJSON text (no validation, no audit, no coverage), the least any import must do, on a fresh database.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createVigieApp } from '../../backend/src/bootstrap';
import { ChangeSetsService } from '../../backend/src/change-sets/change-sets.service';
import { ImportService } from '../../backend/src/exchange/import/import.service';
import { closeSharedGdalWorker } from '../../backend/src/exchange/formats/gdal-worker';
import { createTestDatabase, databaseMode } from '../support/test-database';
import { insertSyntheticCoverageScene } from './coverage-edit.bench';
import { seededRandom } from '../support/core/scene-factories';

const COUNT = Number(process.env.VIGIE_BENCH_IMPORT_BUILDINGS ?? 100_000);
const ORIGIN = [-5.06, 33.98];
const M = 111_320;

function syntheticBuildings(count: number): string {
  const random = seededRandom(13_2026);
  const perSide = Math.ceil(Math.sqrt(count));
  const lines: string[] = [];
  const lon = (east: number) => ORIGIN[0] + east / (M * Math.cos((ORIGIN[1] * Math.PI) / 180));
  const lat = (north: number) => ORIGIN[1] + north / M;
  for (let i = 0; i < count; i++) {
    const x = (i % perSide) * 40 + 5 + random() * 5;
    const y = Math.floor(i / perSide) * 40 + 5 + random() * 5;
    const w = 15 + random() * 15;
    const d = 15 + random() * 15;
    const ring = [[lon(x), lat(y)], [lon(x + w), lat(y)], [lon(x + w), lat(y + d)], [lon(x), lat(y + d)], [lon(x), lat(y)]].map(([a, b]) => [Number(a.toFixed(7)), Number(b.toFixed(7))]);
    const kind = i % 3;
    const properties = kind === 0 ? { id: `B${i}`, height: (3 + random() * 22).toFixed(1) } : kind === 1 ? { id: `B${i}`, 'building:levels': String(1 + Math.floor(random() * 6)) } : { id: `B${i}` };
    lines.push(JSON.stringify({ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [ring] } }));
  }
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}`;
}

function phases(timings: Record<string, number> | undefined): string {
  return Object.entries(timings ?? {})
    .filter(([name]) => name !== 'last')
    .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`)
    .join(', ');
}

export async function runImportBenchmarks(log: (line: string) => void): Promise<void> {
  log(`## Import of ${COUNT.toLocaleString('en')} buildings (GeoJSON), with the coverage recompute`);
  const folder = mkdtempSync(join(tmpdir(), 'vigie-import-bench-'));
  const text = syntheticBuildings(COUNT);
  log(`file: ${(text.length / 1048576).toFixed(1)} MB; machine load (uptime) at the start: ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);

  let referenceSeconds = NaN;
  // Reference: one plain INSERT ... SELECT of the same footprints, on its own fresh database.
  {
    const database = await createTestDatabase({ seedDemoWhenEmpty: false, production: true, jwtSecret: randomBytes(32).toString('hex'), requestTimeoutMs: 600_000 });
    const app = await createVigieApp(database.config);
    try {
      const dataSource = app.get(DataSource);
      const started = performance.now();
      await dataSource.query(
        `INSERT INTO building (version, footprint, source_id)
           SELECT 1, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(f->'geometry'), 4326)), 'ref:' || (f->'properties'->>'id') FROM jsonb_array_elements($1::jsonb->'features') f`,
        [text],
      );
      referenceSeconds = (performance.now() - started) / 1000;
      log(`reference: plain INSERT ... SELECT of the same ${COUNT.toLocaleString('en')} footprints: ${referenceSeconds.toFixed(1)} s`);
    } finally {
      await app.close();
      await database.dispose();
    }
  }

  const database = await createTestDatabase({ seedDemoWhenEmpty: false, production: true, jwtSecret: randomBytes(32).toString('hex') });
  let app: INestApplication | undefined;
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  try {
    app = await createVigieApp(database.config);
    // Lifecycle hooks too: each type registers how its changes are undone there.
    await app.init();
    const dataSource = app.get(DataSource);
    await insertSyntheticCoverageScene(dataSource, { cameras: 300, buildings: 0, blackSpots: 0 });
    // The scene's cameras sit on a 0-size grid: spread them over the first blocks of the import instead.
    await dataSource.query(
      `UPDATE camera SET location = ST_SetSRID(ST_MakePoint($1 + (random() * 0.02), $2 + (random() * 0.02)), 4326)`,
      [ORIGIN[0], ORIGIN[1]],
    );
    const actor = { userId: null, email: 'bench@vigie.local', role: 'admin' as const, organisationId: null };
    const imports = app.get(ImportService);
    const uploadFolder = mkdtempSync(join(tmpdir(), 'vigie-upload-'));
    const path = join(uploadFolder, 'buildings.geojson');
    writeFileSync(path, text);
    const rssBefore = process.memoryUsage().rss;
    peak = rssBefore;
    // Progress as a client sees it while the import runs: on the server database, the import_job row that any
    // process reads; embedded (one connection, held by the commit), the service's live copy.
    const seen: string[] = [];
    let polling = true;
    let jobId: string | null = null;
    const poller = (async () => {
      while (polling) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        if (!jobId) continue;
        const progress =
          databaseMode() === 'server'
            ? ((await dataSource.query('SELECT progress FROM import_job WHERE id = $1', [jobId])) as { progress: { phase: string; done: number; total: number } }[])[0]?.progress
            : (await imports.job(jobId, actor)).progress;
        if (progress) seen.push(`${progress.phase} ${progress.done}/${progress.total}`);
      }
    })();
    const started = performance.now();
    const staged = await imports.stage(actor, { fileName: 'buildings.geojson', uploadPath: path, targetType: 'building', source: 'bench' });
    jobId = staged.id;
    await imports.settled(staged.id);
    const stagedAt = performance.now();
    if (staged.status !== 'staged') throw new Error(`staging ${staged.status}: ${JSON.stringify(staged.failure)}`);
    log(`staging (read: GeoJSON streamed, other formats through GDAL; ${staged.counts.rows.toLocaleString('en')} rows validated, report and preview): ${((stagedAt - started) / 1000).toFixed(1)} s; errors ${staged.counts.errors}, warnings ${staged.counts.warnings}`);
    log(`  staging phases: ${phases(staged.timings)}`);
    await imports.commit(actor, staged.id);
    const committed = await imports.settled(staged.id);
    const done = performance.now();
    if (committed.status !== 'committed') throw new Error(`commit ${committed.status}: ${JSON.stringify(committed.failure)}`);
    log(`commit (upserts, ${COUNT.toLocaleString('en')} audit entries, coverage of ${committed.result?.camerasRecomputed} cameras): ${((done - stagedAt) / 1000).toFixed(1)} s`);
    log(`  commit phases: ${phases(committed.timings)}`);
    polling = false;
    await poller;
    const distinct = [...new Set(seen)];
    log(`progress read ${seen.length} times while it ran (${databaseMode() === 'server' ? 'import_job row' : 'service'}), ${distinct.length} distinct: ${distinct.filter((_, i) => i % Math.ceil(distinct.length / 8) === 0).join(' → ')}`);
    log(`TOTAL import of ${COUNT.toLocaleString('en')} buildings: ${((done - started) / 1000).toFixed(1)} s (goal 60 s), ${((done - started) / 1000 / referenceSeconds).toFixed(1)}× the plain INSERT reference of this run`);
    log(`machine load (uptime) at the end: ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);
    log(`peak RSS during the import: ${(peak / 1048576).toFixed(0)} MB (before: ${(rssBefore / 1048576).toFixed(0)} MB; ${databaseMode()} database ${databaseMode() === 'embedded' ? 'in this process' : 'in its own process'})`);
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM building WHERE source_id LIKE 'bench:%'`);
    if (n !== COUNT) throw new Error(`expected ${COUNT} buildings, found ${n}`);
    // The import is one undoable unit: its undo (bulk revert, coverage of the cameras near it) timed too.
    const undoStarted = Date.now();
    await app.get(ChangeSetsService).undo(committed.result?.changeSetId as string);
    const [{ left }] = await dataSource.query(`SELECT count(*)::int AS left FROM building WHERE source_id LIKE 'bench:%'`);
    if (left !== 0) throw new Error(`the undo left ${left} buildings`);
    log(`undo of the import (${COUNT.toLocaleString('en')} buildings deleted, audited, cameras near them recomputed): ${((Date.now() - undoStarted) / 1000).toFixed(1)} s`);
    rmSync(uploadFolder, { recursive: true, force: true });
  } finally {
    clearInterval(sampler);
    await app?.close();
    await database.dispose();
    await closeSharedGdalWorker();
    rmSync(folder, { recursive: true, force: true });
  }
}
