import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * SQLSTATE classes the API turns into coded refusals (`translateDatabaseError`): a duplicate code, a
 * delete of something still referenced, a broken CHECK. The database's answer is the user's error,
 * so logging it as a failed query with its SQL would only hide real faults in the log.
 */
const REFUSED_BY_DESIGN = /^(23|22023)/;

/** TypeORM's `logging: ['error']`, minus the query failures that are expected refusals. */
export class RefusalAwareQueryLogger implements TypeOrmLogger {
  logQuery(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}

  logQueryError(error: string | Error, query: string, parameters?: unknown[] | object): void {
    const code = typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
    if (typeof code === 'string' && REFUSED_BY_DESIGN.test(code)) return;
    const shownQuery = query.length > 2_000 ? `${query.slice(0, 2_000)}…` : query;
    const shownParameters = parameters ? JSON.stringify(parameters).slice(0, 500) : '';
    console.error(`Query failed: ${String(error)}\n  ${shownQuery}${shownParameters ? `\n  parameters: ${shownParameters}` : ''}`);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn(message);
  }
}
