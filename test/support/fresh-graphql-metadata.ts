/**
 * @nestjs/graphql keeps its decorator metadata on `global` (GqlLazyMetadataStorageHost,
 * GqlTypeMetadataStorage). Jest
 * copies the process's globals into each test file's sandbox, so a storage made by globalSetup or by
 * an earlier test file in the same worker (another realm, other classes) would be reused and the
 * schema would mix realms ("Cannot determine a GraphQL output type for ..."). Each test file starts
 * with its own.
 */
(globalThis as Record<string, unknown>).GqlLazyMetadataStorageHost = undefined;
(globalThis as Record<string, unknown>).GqlTypeMetadataStorage = undefined;
