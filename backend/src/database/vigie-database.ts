import { DataSource, type DataSourceOptions } from 'typeorm';
import { RefusalAwareQueryLogger } from './refusal-aware-query-logger';
import { MIGRATIONS } from '../../../migrations';
import type { VigieConfig } from '../config/vigie-config';
import { startEmbeddedPostgis, type EmbeddedPostgis } from './embedded-postgis';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** An open, migrated database: a DataSource and, in embedded mode, the PGlite behind it. */
export interface VigieDatabase {
  dataSource: DataSource;
  mode: 'embedded' | 'server';
  close(): Promise<void>;
}

export function dataSourceOptions(url: string, embedded: boolean): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    // Embedded PGlite has exactly one session: a larger pool corrupts it (see STACK-NOTES).
    poolSize: embedded ? 1 : 10,
    connectTimeoutMS: 15_000,
    extra: { connectionTimeoutMillis: 15_000 },
    logger: new RefusalAwareQueryLogger(),
  };
}

/** Opens the configured database (server when DATABASE_URL is set, else embedded) and migrates it. */
export async function openVigieDatabase(config: VigieConfig, options: { migrate?: boolean } = {}): Promise<VigieDatabase> {
  let embedded: EmbeddedPostgis | undefined;
  const url = config.databaseUrl
    ? config.databaseUrl
    : (embedded = await startEmbeddedPostgis({ dataDir: config.embeddedDataDir, template: config.embeddedTemplate })).url;
  const dataSource = new DataSource(dataSourceOptions(url, !!embedded));
  try {
    await dataSource.initialize();
    if (options.migrate ?? true) await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.close();
    throw error;
  }
  return {
    dataSource,
    mode: embedded ? 'embedded' : 'server',
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.close();
    },
  };
}
