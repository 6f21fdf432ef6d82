import { Global, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { VIGIE_CONFIG, type VigieConfig } from '../config/vigie-config';

export { VIGIE_CONFIG };
import type { VigieDatabase } from './vigie-database';

export const VIGIE_DATABASE = Symbol('VIGIE_DATABASE');

class DatabaseCloser implements OnApplicationShutdown {
  constructor(private readonly database: VigieDatabase) {}

  /** The DataSource first, then PGlite: closing PGlite under open connections loses writes. */
  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
  }
}

/** Provides the configuration and an already opened, migrated database to every feature. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(config: VigieConfig, database: VigieDatabase): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: VIGIE_CONFIG, useValue: config },
        { provide: VIGIE_DATABASE, useValue: database },
        { provide: DataSource, useValue: database.dataSource },
        { provide: DatabaseCloser, useFactory: () => new DatabaseCloser(database) },
      ],
      exports: [VIGIE_CONFIG, VIGIE_DATABASE, DataSource],
    };
  }
}
