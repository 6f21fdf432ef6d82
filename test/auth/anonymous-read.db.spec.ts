import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import { databaseFingerprint, newPole } from '../support/factories';

/** VIGIE_ALLOW_ANONYMOUS_READ=true (the map before it has a login screen): queries as a viewer, never writes. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ allowAnonymousRead: true });
  await newPole(app);
});
afterAll(async () => {
  await app?.close();
});

it('answers queries without a token as a viewer', async () => {
  const result = await app.anonymous().ok('{ poles { totalCount } appConfig { deploymentName } }');
  expect(result.poles.totalCount).toBe(1);
});

it('still refuses mutations, admin queries and `me` without a token', async () => {
  const before = await databaseFingerprint(app);
  const write = await app.anonymous().graphql('mutation { deletePole(id: "00000000-0000-4000-8000-000000000000", version: 1) { id } }');
  expect(write.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  expect((await app.anonymous().graphql('{ users { totalCount } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  expect((await app.anonymous().graphql('{ me { id } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  expect(await databaseFingerprint(app)).toBe(before);
});

it('still refuses a bad token (no silent downgrade to anonymous)', async () => {
  expect((await app.withToken('forged').graphql('{ poles { totalCount } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});
