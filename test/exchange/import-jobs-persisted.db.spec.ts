import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuthTokens } from '../../backend/src/auth/auth-tokens';
import { createVigieApp } from '../../backend/src/bootstrap';
import { VIGIE_CONFIG, type VigieConfig } from '../../backend/src/config/vigie-config';
import { ImportService } from '../../backend/src/exchange/import/import.service';
import { closeSharedGdalWorker } from '../../backend/src/exchange/formats/gdal-worker';
import { startTestApp, type TestApp, type TestUser } from '../support/test-app';
import { databaseMode } from '../support/test-database';
import { JOB_FIELDS, count, stage, type JobView } from './import-support';

/**
 * Import jobs live in import_job, not in the memory of the process that received the upload: a restart keeps a
 * staged import (embedded: the same data directory opened again), a second process on the same database answers
 * importJob and commits it (server), and a job left staging or committing by a process that died is marked failed,
 * with words saying so, when Vigie starts again.
 */
const server = databaseMode() === 'server';
const lamps = (n: number, prefix: string) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: Array.from({ length: n }, (_, i) => ({ type: 'Feature', properties: { id: `${prefix}${i}`, highway: 'street_lamp', height: 8 }, geometry: { type: 'Point', coordinates: [-4.99 + i * 0.0001, 34.04] } })),
  });

/** A process that has ended: its pid runs nothing (a crashed Vigie). */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

let first: TestApp;
let second: INestApplication | null = null;
let dataDir: string | null = null;
let config: VigieConfig;

beforeAll(async () => {
  dataDir = server ? null : join(mkdtempSync(join(tmpdir(), 'vigie-import-restart-')), 'pglite');
  first = await startTestApp({ jwtSecret: randomBytes(32).toString('hex'), ...(dataDir ? { embeddedDataDir: dataDir } : {}) });
  config = first.app.get(VIGIE_CONFIG);
});
afterAll(async () => {
  await second?.close();
  await first?.close().catch(() => undefined);
  await closeSharedGdalWorker();
  if (dataDir) rmSync(join(dataDir, '..'), { recursive: true, force: true });
});

/** GraphQL on an app of our own (the second process), signed in as a user of the first one's database. */
async function graphqlOn<T>(app: INestApplication, user: TestUser, query: string, variables: Record<string, unknown>): Promise<{ data?: T; errors?: { message: string; extensions: Record<string, unknown> }[] }> {
  const token = (await app.get(AuthTokens, { strict: false }).signAccessToken(user)).token;
  const response = await request(app.getHttpServer()).post('/graphql').set('authorization', `Bearer ${token}`).send({ query, variables });
  return response.body;
}

describe('import jobs kept in the database', () => {
  it('a staged import is read and committed by another process (server) or after a restart (embedded); jobs of dead processes are failed at start', async () => {
    const staged = await stage(first, Buffer.from(lamps(3, 'L')), { fileName: 'lamps.geojson', targetType: 'pole', source: 'lamps' });
    expect(staged.counts).toMatchObject({ rows: 3, valid: 3 });
    const row = async (id: string, dataSource: DataSource) => (await dataSource.query('SELECT status, owner_host, owner_pid FROM import_job WHERE id = $1', [id]))[0];
    expect(await row(staged.id, first.dataSource)).toMatchObject({ status: 'staged', owner_host: hostname(), owner_pid: process.pid });

    // Jobs left running by processes that died: staging on this machine (its pid no longer runs), committing with the
    // same pid as a process that has restarted since (a container's pid 1), and one on another machine whose heartbeat
    // stopped minutes ago. A job of another machine that is still beating is not this process's to judge.
    const orphan = async (status: string, host: string, pid: number, heartbeat: string) => {
      const id = randomUUID();
      await first.dataSource.query(
        `INSERT INTO import_job (id, file_name, format, source, target_type, status, progress, counts, preview, upload_path, owner_host, owner_pid, owner_instance, heartbeat_at)
         VALUES ($1, 'orphan.geojson', 'geojson', 'orphan', 'pole', $2, '{"phase":"validating","done":10,"total":100}', '{"rows":10,"valid":10,"errors":0,"warnings":0,"toInsert":10,"toUpdate":0,"skipped":0}', '{"type":"FeatureCollection","features":[]}', $3, $4, $5, gen_random_uuid(), now() - $6::interval)`,
        [id, status, join(tmpdir(), `vigie-upload-gone-${id}`, 'orphan.geojson'), host, pid, heartbeat],
      );
      return id;
    };
    const diedStaging = await orphan('staging', hostname(), deadPid(), '2 seconds');
    const diedCommittingSamePid = await orphan('committing', hostname(), process.pid, `${Math.ceil(process.uptime()) + 5} seconds`);
    const silentElsewhere = await orphan('staging', 'another-host.example', 4242, '10 minutes');
    const beatingElsewhere = await orphan('committing', 'another-host.example', 4242, '1 second');

    if (!server) {
      // A restart: the first Vigie stops, a new one opens the same data directory.
      await first.app.close();
    }
    // The data directory was made from the test template at the first start; the restart opens it as it is.
    second = await createVigieApp({ ...config, embeddedTemplate: undefined });
    await second.init();
    const dataSource = second.get(DataSource);

    const read = async (id: string) => {
      const result = await graphqlOn<{ importJob: JobView }>(second!, first.users.engineer, `query($id: ID!) { importJob(id: $id) { ${JOB_FIELDS} } }`, { id });
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data!.importJob;
    };
    const again = await read(staged.id);
    expect(again).toMatchObject({ status: 'staged', counts: staged.counts, mapping: staged.mapping, sourceFields: staged.sourceFields, previewGeoJson: staged.previewGeoJson });

    for (const id of [diedStaging, diedCommittingSamePid, silentElsewhere]) {
      const failed = await read(id);
      expect(failed.status).toBe('failed');
      expect(failed.failure).toMatchObject({ reason: 'PROCESS_STOPPED' });
      expect(failed.failure?.message).toMatch(/stopped \(restart or crash\) before it finished: .*nothing was written/);
    }
    expect((await read(diedCommittingSamePid)).failure?.message).toMatch(/transaction was rolled back/);
    expect((await read(beatingElsewhere)).status).toBe('committing');

    // The other process commits what the first one staged: one change set, the rows written once.
    const committing = await graphqlOn<{ commitImport: { status: string } }>(second, first.users.engineer, `mutation($id: ID!) { commitImport(id: $id) { status } }`, { id: staged.id });
    expect(committing.errors).toBeUndefined();
    expect(committing.data!.commitImport.status).toBe('committing');
    await second.get(ImportService).settled(staged.id);
    const committed = await read(staged.id);
    expect(committed.status).toBe('committed');
    expect(committed.result).toMatchObject({ inserted: 3, updated: 0 });
    expect(await count({ dataSource } as TestApp, `SELECT 1 FROM pole WHERE source_id LIKE 'lamps:L%'`)).toBe(3);
    const [job] = await dataSource.query('SELECT change_set_id, staged_path, read_source FROM import_job WHERE id = $1', [staged.id]);
    expect(job).toEqual({ change_set_id: committed.result!.changeSetId, staged_path: null, read_source: null });

    // Committing it again, from either process, is refused: it is committed.
    const twice = await graphqlOn(second, first.users.engineer, `mutation($id: ID!) { commitImport(id: $id) { status } }`, { id: staged.id });
    expect(twice.errors?.[0].extensions.code).toBe('CONFLICT');
    if (server) {
      // The first process reads the committed job from the table (it no longer holds it).
      const seenByFirst = await first.ok<{ importJob: JobView }>(`query($id: ID!) { importJob(id: $id) { status result { inserted changeSetId } } }`, { id: staged.id });
      expect(seenByFirst.importJob).toEqual({ status: 'committed', result: { inserted: 3, changeSetId: committed.result!.changeSetId } });
    }
  });

  it('two processes cannot commit the same staged import (server: both ask at once, one is refused)', async () => {
    if (!server || !second) return;
    const staged = await stage(first, Buffer.from(lamps(2, 'M')), { fileName: 'more-lamps.geojson', targetType: 'pole', source: 'lamps' });
    const mutation = `mutation($id: ID!) { commitImport(id: $id) { status } }`;
    const [a, b] = await Promise.all([first.graphql(mutation, { id: staged.id }), graphqlOn(second, first.users.engineer, mutation, { id: staged.id })]);
    const refused = [a, b].filter((r) => r.errors?.length);
    expect(refused).toHaveLength(1);
    expect(refused[0].errors![0].extensions!.code).toBe('CONFLICT');
    await first.app.get(ImportService).settled(staged.id);
    await second.get(ImportService).settled(staged.id);
    expect(await count(first, `SELECT 1 FROM pole WHERE source_id LIKE 'lamps:M%'`)).toBe(2);
    expect(await count(first, `SELECT 1 FROM change_set WHERE kind = 'import' AND label LIKE '%more-lamps%'`)).toBe(1);
  });
});
