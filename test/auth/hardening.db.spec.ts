import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import { newCamera, newPole } from '../support/factories';

/** Query depth and cost limits: refused before anything runs, quickly, with their own codes. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  const pole = await newPole(app);
  await newCamera(app, { poleId: pole.id });
});
afterAll(async () => {
  await app?.close();
});

function nested(depth: number): string {
  // poles > nodes > cameras > pole > cameras > pole ... : each level is one more field deep.
  const fields = Array.from({ length: depth }, (_, level) => (level % 2 === 0 ? 'cameras' : 'pole'));
  return `{ poles(first: 1) { nodes { ${fields.map((field) => `${field} { id `).join('')}${'} '.repeat(depth)}} } }`;
}

describe('query limits', () => {
  it('refuses a query nested 50 deep, quickly, with QUERY_TOO_DEEP', async () => {
    const startedAt = Date.now();
    const result = await app.graphql(nested(50));
    expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(result.errors?.[0].message).toMatch(/at most 12 levels/);
    expect(result.data ?? null).toBeNull();
    expect(Date.now() - startedAt).toBeLessThan(2000);
  });

  it('runs a query within the depth limit', async () => {
    const result = await app.ok(nested(4));
    expect(result.poles.nodes).toHaveLength(1);
  });

  it('refuses a query asking for a million rows through nested lists, quickly, with QUERY_TOO_COMPLEX', async () => {
    const startedAt = Date.now();
    // 1000 poles x their cameras x those cameras' poles' cameras x 1000 zones ...: far beyond a million rows.
    const result = await app.graphql(`{
      poles(first: 1000) { nodes { id cameras { id pole { id cameras { id code pole { id code cameras { id code name } } } } } } }
      cameras(first: 1000) { nodes { id pole { cameras { pole { cameras { id code name status } } } } } }
    }`);
    expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0].extensions?.maxComplexity).toBe(100_000);
    expect(Date.now() - startedAt).toBeLessThan(2000);
  });

  it('refuses first: 1000000 at once (the page size cap), quickly', async () => {
    const startedAt = Date.now();
    const result = await app.graphql('{ cameras(first: 1000000) { nodes { id } } }');
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(Date.now() - startedAt).toBeLessThan(2000);
  });

  it('counts variables: the same query is refused with a large page in variables', async () => {
    const query = `query($first: Int) { poles(first: $first) { nodes { id cameras { id pole { id cameras { id code name status } } } } } }`;
    expect((await app.graphql(query, { first: 5 })).errors).toBeUndefined();
    expect((await app.graphql(query, { first: 1000 })).errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('lets the map load 1000 cameras a page with everything it shows', async () => {
    const result = await app.graphql(`query MapCameras($first: Int, $after: String) {
      cameras(first: $first, after: $after) {
        nodes { id version code name status location headingDegrees tiltDegrees mountHeightMeters focalLengthMm horizontalFieldOfViewDegrees detectionRangeMeters poleId model { id code name kind } }
        totalCount pageInfo { endCursor hasNextPage }
      }
    }`, { first: 1000 });
    expect(result.errors).toBeUndefined();
  });

  it('answers the introspection query of GraphiQL (outside production)', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const result = await app.graphql(getIntrospectionQuery());
    expect(result.errors).toBeUndefined();
    expect(result.data?.__schema.queryType.name).toBe('Query');
  });
});

describe('HTTP hardening', () => {
  it('sends security headers and no CORS permission to other origins by default', async () => {
    const request = (await import('supertest')).default;
    const response = await request(app.app.getHttpServer())
      .post('/graphql')
      .set('origin', 'https://evil.example')
      .set('content-type', 'application/json')
      .send({ query: '{ appConfig { deploymentName } }' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('hides internal errors: no stack traces in responses', async () => {
    const result = await app.graphql('{ pole(id: "not-a-uuid") { id } }');
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });
});

describe('CORS with VIGIE_CORS_ORIGINS', () => {
  let corsApp: TestApp;
  beforeAll(async () => {
    corsApp = await startTestApp({ corsOrigins: ['https://map.vigie.example'] });
  });
  afterAll(async () => {
    await corsApp?.close();
  });

  it('allows listed origins only, with the Authorization header', async () => {
    const request = (await import('supertest')).default;
    const preflight = await request(corsApp.app.getHttpServer())
      .options('/graphql')
      .set('origin', 'https://map.vigie.example')
      .set('access-control-request-method', 'POST')
      .set('access-control-request-headers', 'authorization,content-type');
    expect(preflight.headers['access-control-allow-origin']).toBe('https://map.vigie.example');
    expect(preflight.headers['access-control-allow-headers']).toMatch(/authorization/);
    const other = await request(corsApp.app.getHttpServer())
      .options('/graphql')
      .set('origin', 'https://evil.example')
      .set('access-control-request-method', 'POST');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
