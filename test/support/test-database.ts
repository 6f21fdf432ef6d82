import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig, REPOSITORY_ROOT, type VigieConfig } from '../../backend/src/config/vigie-config';
import { startEmbeddedPostgis } from '../../backend/src/database/embedded-postgis';
import { dataSourceOptions } from '../../backend/src/database/vigie-database';

/**
 * Every database test file gets a database of its own, already migrated, from a template made once
 * per set of migrations: a PGlite data-directory dump (embedded, the default) or a template
 * database on the server (when DATABASE_URL is set). Real PostGIS either way, never a mock.
 */
export const databaseMode = (): 'embedded' | 'server' => (process.env.DATABASE_URL ? 'server' : 'embedded');

function templateKey(): string {
  const directory = join(REPOSITORY_ROOT, 'migrations');
  const hash = createHash('sha1');
  for (const file of readdirSync(directory).sort()) hash.update(file).update(readFileSync(join(directory, file)));
  return hash.digest('hex').slice(0, 12);
}

const embeddedTemplatePath = () => join(REPOSITORY_ROOT, 'data', 'test-templates', `pglite-${templateKey()}.tar.gz`);
const serverTemplateName = () => `vigie_template_${templateKey()}`;

/** Makes the template if it is missing (jest's globalSetup calls this once before the workers start). */
export async function ensureTemplate(): Promise<void> {
  if (databaseMode() === 'embedded') {
    const path = embeddedTemplatePath();
    if (existsSync(path)) return;
    const embedded = await startEmbeddedPostgis({});
    const dataSource = new DataSource(dataSourceOptions(embedded.url, true));
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.destroy();
    const dump = await embedded.db.dumpDataDir('gzip');
    await embedded.close();
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(`${path}.partial`, Buffer.from(await dump.arrayBuffer()));
    renameSync(`${path}.partial`, path);
    return;
  }
  const admin = await adminClient();
  try {
    const name = serverTemplateName();
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return;
    // A template left half-made by an interrupted run is made again.
    await admin.query(`DROP DATABASE IF EXISTS ${name}_partial WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}_partial`);
    const dataSource = new DataSource(dataSourceOptions(databaseUrlFor(`${name}_partial`), false));
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.destroy();
    await admin.query(`ALTER DATABASE ${name}_partial RENAME TO ${name}`);
  } finally {
    await admin.end();
  }
}

export interface TestDatabase {
  config: VigieConfig;
  dispose(): Promise<void>;
}

let counter = 0;

/** A fresh migrated database for one test file, and the Vigie configuration that points at it. */
export async function createTestDatabase(overrides: Partial<VigieConfig> = {}): Promise<TestDatabase> {
  await ensureTemplate();
  const base = { seedDemoWhenEmpty: false, production: false, ...overrides };
  if (databaseMode() === 'embedded') {
    const template = new Blob([readFileSync(embeddedTemplatePath())]);
    return {
      config: loadConfig({}, { embeddedDataDir: undefined, embeddedTemplate: template, databaseUrl: undefined, ...base }),
      dispose: async () => undefined,
    };
  }
  const name = `vigie_test_${process.pid}_${++counter}_${Date.now() % 100000}`;
  const admin = await adminClient();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${serverTemplateName()}`);
  // A test database is thrown away: its commits need not wait for the disk (the server's own setting
  // stays as it is for everything else).
  await admin.query(`ALTER DATABASE ${name} SET synchronous_commit = off`);
  await admin.end();
  return {
    config: loadConfig({}, { databaseUrl: databaseUrlFor(name), ...base }),
    async dispose() {
      const cleanup = await adminClient();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

function databaseUrlFor(database: string): string {
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = `/${database}`;
  return url.toString();
}

async function adminClient(): Promise<Client> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  return client;
}
