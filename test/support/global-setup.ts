import { ensureTemplate, databaseMode } from './test-database';

/** Builds the migrated template database once, before the test workers start. */
export default async function globalSetup(): Promise<void> {
  const startedAt = Date.now();
  await ensureTemplate();
  // ensureTemplate loaded the entities (Nest GraphQL decorators) in this outer realm, and
  // @nestjs/graphql keeps its metadata on `global`, which jest copies into every test's
  // sandbox: the tests' schema would then mix classes of two realms ("Cannot determine a GraphQL
  // output type"). Forget the outer one.
  delete (globalThis as Record<string, unknown>).GqlLazyMetadataStorageHost;
  delete (globalThis as Record<string, unknown>).GqlTypeMetadataStorage;
  console.log(`\nDatabase tests on the ${databaseMode()} PostGIS (template ready in ${Date.now() - startedAt} ms)`);
}
