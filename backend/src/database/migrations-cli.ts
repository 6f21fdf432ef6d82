import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Client } from 'pg';
import { loadConfig, REPOSITORY_ROOT } from '../config/vigie-config';
import { MIGRATIONS } from '../../../migrations';
import { startEmbeddedPostgis } from './embedded-postgis';
import { dataSourceOptions, openVigieDatabase } from './vigie-database';

/**
 * npm run migrations:generate -- <Name>   writes migrations/<timestamp>-<name>.ts from the entities
 * npm run migrations:check                fails when the entities and the migrations differ
 * npm run migrations:run                  applies pending migrations to the configured database
 * generate and check compare against a scratch database: embedded in memory, or a throw-away
 * database on the server when DATABASE_URL is set.
 */
async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  if (command === 'run') {
    const database = await openVigieDatabase(loadConfig());
    console.log(`Migrations applied (${database.mode} database).`);
    await database.close();
    return;
  }
  if (command !== 'generate' && command !== 'check') throw new Error('usage: migrations-cli generate <Name> | check | run');
  const { up, down } = await diffEntitiesAgainstMigrations();
  if (command === 'check') {
    if (up.length) {
      console.error(`The entities differ from the migrations (${up.length} statements missing):\n${up.join(';\n')};`);
      console.error('Run `npm run migrations:generate -- <Name>` and review the new file.');
      process.exit(1);
    }
    console.log(`Migrations match the entities (${MIGRATIONS.length} migrations).`);
    return;
  }
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Give the migration a PascalCase name, e.g. AddFaultTickets');
  if (!up.length) {
    console.log('Nothing to generate: the migrations already match the entities.');
    return;
  }
  const timestamp = Date.now();
  const fileName = `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
  const className = `${name}${timestamp}`;
  const extensions = MIGRATIONS.length
    ? []
    : ['CREATE EXTENSION IF NOT EXISTS postgis', 'CREATE EXTENSION IF NOT EXISTS pgcrypto'];
  const statements = (queries: string[]) => queries.map((query) => `    await queryRunner.query(${JSON.stringify(query)});`).join('\n');
  writeFileSync(
    join(REPOSITORY_ROOT, 'migrations', `${fileName}.ts`),
    `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${statements([...extensions, ...up])}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${statements(down)}
  }
}
`,
  );
  const indexPath = join(REPOSITORY_ROOT, 'migrations', 'index.ts');
  const index = readFileSync(indexPath, 'utf8')
    .replace(/(\/\*\*[\s\S]*?\*\/\n)/, `$1import { ${className} } from './${fileName}';\n`)
    .replace(/export const MIGRATIONS: Function\[\] = \[([\s\S]*?)\];/, (_all, list: string) => {
      const items = list.split(',').map((item) => item.trim()).filter(Boolean);
      return `export const MIGRATIONS: Function[] = [${[...items, className].join(', ')}];`;
    });
  writeFileSync(indexPath, index);
  console.log(`Wrote migrations/${fileName}.ts (${up.length} statements). Review it before committing.`);
}

async function diffEntitiesAgainstMigrations(): Promise<{ up: string[]; down: string[] }> {
  const config = loadConfig();
  let cleanup: () => Promise<void>;
  let url: string;
  if (config.databaseUrl) {
    const scratch = `vigie_migrations_${process.pid}`;
    const admin = new Client({ connectionString: config.databaseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${scratch}`);
    const target = new URL(config.databaseUrl);
    target.pathname = `/${scratch}`;
    url = target.toString();
    cleanup = async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
      await admin.end();
    };
  } else {
    const embedded = await startEmbeddedPostgis({});
    url = embedded.url;
    cleanup = () => embedded.close();
  }
  const dataSource = new DataSource(dataSourceOptions(url, !config.databaseUrl));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return { up: sql.upQueries.map((query) => query.query), down: sql.downQueries.map((query) => query.query).reverse() };
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await cleanup();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
