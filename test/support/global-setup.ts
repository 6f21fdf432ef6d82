import { ensureTemplate, databaseMode } from './test-database';

/** Builds the migrated template database once, before the test workers start. */
export default async function globalSetup(): Promise<void> {
  const startedAt = Date.now();
  await ensureTemplate();
  console.log(`\nDatabase tests on the ${databaseMode()} PostGIS (template ready in ${Date.now() - startedAt} ms)`);
}
