import { readFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchemaFromCode, printSdl } from '../../backend/src/schema/schema-sdl';
import { SCHEMA_FILE } from '../../backend/src/schema/schema-paths';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * schema.gql is the API's contract (the map's types are generated from it): the printer that writes
 * it without a database must print exactly what the running server serves, and the committed file
 * must be what the code declares (`npm run codegen` regenerates both).
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

it('prints, without a database, the schema the running server serves', async () => {
  const served = printSdl(app.app.get(GraphQLSchemaHost).schema);
  expect(await printSchemaFromCode()).toBe(served);
  expect(served).toContain('cameraMap(');
});

it('has the committed schema.gql up to date', async () => {
  expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printSdl(app.app.get(GraphQLSchemaHost).schema));
});
