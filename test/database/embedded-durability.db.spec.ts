import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { REPOSITORY_ROOT } from '../../backend/src/config/vigie-config';
import { lockDataDir, startEmbeddedPostgis } from '../../backend/src/database/embedded-postgis';
import { openVigieDatabase } from '../../backend/src/database/vigie-database';
import { loadConfig } from '../../backend/src/config/vigie-config';
import { databaseMode } from '../support/test-database';

/**
 * The embedded database keeps its data in a directory: it survives a clean restart and a kill -9,
 * and a second process cannot open it while the first holds it.
 */
// `node --import tsx` runs TypeScript in this very process (tsx's CLI would fork a child that a
// SIGKILL of the parent would leave running).
const TSX = ['--import', 'tsx'];
const describeEmbedded = databaseMode() === 'embedded' ? describe : describe.skip;
if (databaseMode() !== 'embedded') console.log('Embedded durability tests skipped: DATABASE_URL points at a server.');

describeEmbedded('embedded PostGIS data directory', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = join(mkdtempSync(join(tmpdir(), 'vigie-durability-')), 'pglite');
  });
  afterEach(() => {
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
  });

  it('keeps a written pole across a clean restart', async () => {
    const config = loadConfig({}, { embeddedDataDir: dataDir, databaseUrl: undefined, seedDemoWhenEmpty: false });
    const first = await openVigieDatabase(config);
    await first.dataSource.query(
      `INSERT INTO pole (version, code, kind, height_meters, location) VALUES (1, 'POLE-RESTART', 'street_light', 9, ST_SetSRID(ST_MakePoint(-5, 34), 4326))`,
    );
    await first.close();
    const second = await openVigieDatabase(config);
    const rows = await second.dataSource.query(`SELECT code, ST_AsText(location) AS location FROM pole`);
    await second.close();
    expect(rows).toEqual([{ code: 'POLE-RESTART', location: 'POINT(-5 34)' }]);
  });

  it('refuses a second opener while the first holds the directory, then lets it in', async () => {
    const release = lockDataDir(dataDir);
    const child = spawn(process.execPath, [...TSX, join(REPOSITORY_ROOT, 'test/support/lock-probe.ts'), dataDir]);
    const output = await new Promise<string>((resolve) => {
      let text = '';
      child.stdout.on('data', (chunk) => (text += chunk));
      child.on('close', () => resolve(text));
    });
    expect(output).toMatch(new RegExp(`in use by process ${process.pid}`));
    release();
    const again = spawn(process.execPath, [...TSX, join(REPOSITORY_ROOT, 'test/support/lock-probe.ts'), dataDir]);
    const afterRelease = await new Promise<string>((resolve) => {
      let text = '';
      again.stdout.on('data', (chunk) => (text += chunk));
      again.on('close', () => resolve(text));
    });
    expect(afterRelease.trim()).toBe('locked');
  });

  it('survives kill -9 of the process writing to it, and the next start takes over its stale lock', async () => {
    // Killed well after its first start: a kill during the very first initdb is not covered here.
    const writer = spawn(process.execPath, [...TSX, join(REPOSITORY_ROOT, 'test/support/embedded-writer.ts'), dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The writer commits one row per line it prints; kill it hard after a few commits.
    let committed = 0;
    let errors = '';
    writer.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const exit = await new Promise<string | null>((resolve) => {
      writer.stdout.on('data', (chunk: Buffer) => {
        committed += chunk.toString().split('\n').filter((line) => line.startsWith('committed')).length;
        if (committed >= 200) writer.kill('SIGKILL');
      });
      writer.on('close', (_code, signal) => resolve(signal));
    });
    expect({ exit, errors: errors.slice(0, 2000) }).toEqual({ exit: 'SIGKILL', errors: '' });
    expect(committed).toBeGreaterThanOrEqual(200);
    expect(existsSync(join(dataDir, '..', 'pglite.lock'))).toBe(true);
    expect(Number(readFileSync(join(dataDir, '..', 'pglite.lock'), 'utf8'))).toBe(writer.pid);

    const embedded = await startEmbeddedPostgis({ dataDir });
    const client = new Client({ connectionString: embedded.url });
    await client.connect();
    const { rows } = await client.query('SELECT count(*)::int AS count FROM durability_probe');
    await client.end();
    await embedded.close();
    // Every row reported committed before the kill is there.
    expect(rows[0].count).toBeGreaterThanOrEqual(committed);
  }, 300_000);
});
