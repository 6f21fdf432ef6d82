import request from 'supertest';
import { AuthTokens } from '../../backend/src/auth/auth-tokens';
import { ImportService } from '../../backend/src/exchange/import/import.service';
import type { TestApp } from '../support/test-app';
import type { Role } from '../../backend/src/core/domain';

import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sharedGdalWorker } from '../../backend/src/exchange/formats/gdal-worker';
import { makeZip } from './zip-writer';

/** ../shared/gis-data beside the repository (VIGIE_SHARED_GIS_DATA elsewhere, e.g. in a git worktree). */
export const GIS_DATA = process.env.VIGIE_SHARED_GIS_DATA ?? resolve(__dirname, '../../../shared/gis-data');

export const JOB_FIELDS = `id status format fileName targetType idField sourceFields mapping { field source constant }
  counts { rows valid errors warnings toInsert toUpdate skipped } problemCounts { code count }
  problems { row sourceId severity code field message } previewGeoJson failure { message code reason }
  result { inserted updated unchanged camerasRecomputed changeSetId } progress { phase done total fraction }`;

export interface JobView {
  id: string;
  status: string;
  format: string;
  idField: string | null;
  sourceFields: string[];
  mapping: { field: string; source: string | null; constant: string | null }[];
  counts: { rows: number; valid: number; errors: number; warnings: number; toInsert: number; toUpdate: number; skipped: number };
  problemCounts: { code: string; count: number }[];
  problems: { row: number; sourceId: string; severity: string; code: string; field: string | null; message: string }[];
  previewGeoJson: string;
  failure: { message: string; code: string; reason: string | null } | null;
  result: { inserted: number; updated: number; unchanged: number; camerasRecomputed: number; changeSetId: string | null } | null;
  progress: { phase: string; done: number; total: number; fraction: number };
}

/** Uploads a file as the map does (raw body); returns the HTTP answer. */
export async function uploadFile(app: TestApp, body: Buffer, query: Record<string, string>, role: Role = 'engineer') {
  const tokens = app.app.get(AuthTokens, { strict: false });
  const response = await request(app.app.getHttpServer())
    .post('/api/imports')
    .query(query)
    .set('content-type', 'application/octet-stream')
    .set('authorization', `Bearer ${(await tokens.signAccessToken(app.users[role])).token}`)
    .send(body);
  return { status: response.status, body: response.body as { job?: { id: string; status: string }; errors?: { message: string; extensions: { code: string; reason?: string } }[] } };
}

/** The job once its background work is over, read through GraphQL. */
export async function settledJob(app: TestApp, id: string): Promise<JobView> {
  await app.app.get(ImportService).settled(id);
  const { importJob } = await app.ok<{ importJob: JobView }>(`query($id: ID!) { importJob(id: $id) { ${JOB_FIELDS} } }`, { id });
  return importJob;
}

/** Upload and wait for the staging. */
export async function stage(app: TestApp, body: Buffer, query: Record<string, string>): Promise<JobView> {
  const uploaded = await uploadFile(app, body, query);
  if (uploaded.status !== 202) throw new Error(`upload refused: ${JSON.stringify(uploaded.body)}`);
  const job = await settledJob(app, uploaded.body.job!.id);
  if (job.status !== 'staged') throw new Error(`staging ${job.status}: ${JSON.stringify(job.failure)}`);
  return job;
}

export async function commit(app: TestApp, id: string): Promise<JobView> {
  const staged = await settledJob(app, id);
  if (staged.counts.errors) throw new Error(`rows with errors: ${JSON.stringify(staged.problems.filter((p) => p.severity === 'error').slice(0, 5))}`);
  await app.ok(`mutation($id: ID!) { commitImport(id: $id) { id status } }`, { id });
  const job = await settledJob(app, id);
  if (job.status !== 'committed') throw new Error(`commit ${job.status}: ${JSON.stringify(job.failure)}`);
  return job;
}

export async function count(app: TestApp, sql: string, params: unknown[] = []): Promise<number> {
  const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM (${sql}) q`, params);
  return n;
}

/**
 * A zipped Shapefile of these GeoJSON features, written by GDAL as GIS tools write one (.shp, .shx, .dbf,
 * .prj, .cpg) in `srs`, zipped in a folder as people send them.
 */
export async function zippedShapefile(dir: string, name: string, features: object[], srs = 'EPSG:4326'): Promise<Buffer> {
  const input = join(dir, `${name}.geojson`);
  writeFileSync(input, JSON.stringify({ type: 'FeatureCollection', features }));
  const shp = await sharedGdalWorker().translate({ path: input, args: ['-f', 'ESRI Shapefile', '-t_srs', srs], outputName: name });
  try {
    return makeZip(shp.files.map((file) => ({ name: `${name}/${name}${file.slice(file.lastIndexOf('.'))}`, data: readFileSync(file) })));
  } finally {
    sharedGdalWorker().removeOutput(shp);
  }
}
