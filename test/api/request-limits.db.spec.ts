import request from 'supertest';
import type { GraphQLResult, TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import { databaseFingerprint, nearFes, newCamera, newCameraModel, newPole, point } from '../support/factories';
import { ANALYSIS_COST } from '../../backend/src/common/graphql/query-costs';
import { DEFAULT_SHAPE_LIMITS, MAX_QUERY_TOKENS } from '../../backend/src/common/graphql/query-limits';

/**
 * Abusive requests (floods of aliases, root fields and fragment spreads, deep nesting, huge documents,
 * NUL characters, schema probing in production, work past the time budget): each is refused with its
 * code, never a 500, writes nothing, and leaves the server answering at once. The issue asks that no
 * request keep the server busy more than 2 s: that bound is asserted on each refusal and on the normal
 * query that follows it (a correctness bound, not a speed goal).
 */
const BUSY_BOUND_MS = 2000;
const MAX_COMPLEXITY = 100_000;
/**
 * The production app's time budget. Only the street import row runs a resolver there (the other
 * production rows are refused before execution), and on a quiet server database 15,000 streets were
 * imported within 600 ms (CI, 2026-12-07): the budget must stay well below the import's time on any
 * machine, while the CPU work that cannot be interrupted (parsing 3 MB of streets) keeps the refusal under 2 s.
 */
const PRODUCTION_BUDGET_MS = 100;

let app: TestApp;
let production: TestApp;
let cameraId: string;

// One after the other: each embedded database is about 1 GB of memory while it starts.
beforeAll(async () => {
  app = await startTestApp();
  production = await startTestApp({ production: true, jwtSecret: 'a-production-signing-key-of-at-least-32-characters', requestTimeoutMs: PRODUCTION_BUDGET_MS });
  const model = await newCameraModel(app);
  const pole = await newPole(app);
  cameraId = (await newCamera(app, { modelId: model.id, poleId: pole.id, location: undefined })).id;
}, 600_000);
afterAll(async () => {
  await Promise.all([app?.close(), production?.close()]);
});

type Target = 'dev' | 'production';
interface Abuse {
  query?: string;
  variables?: Record<string, unknown>;
  /** Sent as a raw body instead (for bodies that are not even JSON-sized for supertest's encoder). */
  raw?: string;
}
type Row = [label: string, build: () => Abuse, code: string, target?: Target, message?: RegExp];

const aliases = (count: number, field: string) => Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ');
/** Just enough aliases of one analysis to go over the cost allowance (the alias cap is 50). */
const overBudget = (cost: number) => Math.floor(MAX_COMPLEXITY / cost) + 1;
const uuid = '00000000-0000-4000-8000-000000000001';
const nested = (depth: number) => {
  const fields = Array.from({ length: depth }, (_, level) => (level % 2 === 0 ? 'cameras' : 'pole'));
  return `{ poles(first: 1) { nodes { ${fields.map((field) => `${field} { id `).join('')}${'} '.repeat(depth)}} } }`;
};
/** F0 selects one field; each Fk spreads F(k-1) twice: 2^levels selections from a few hundred bytes. */
const doublingFragments = (levels: number) =>
  `{ ...F${levels} } fragment F0 on Query { __typename } ${Array.from({ length: levels }, (_, k) => `fragment F${k + 1} on Query { ...F${k} ...F${k} }`).join(' ')}`;
/** A chain of fragments, each one level deeper: depth hidden behind spreads. */
const deepFragments = (levels: number) =>
  `{ poles(first: 1) { nodes { ...D0 } } } ${Array.from({ length: levels }, (_, k) =>
    k % 2 === 0 ? `fragment D${k} on Pole { cameras { ...D${k + 1} } }` : `fragment D${k} on Camera { pole { ...D${k + 1} } }`,
  ).join(' ')} fragment D${levels} on ${levels % 2 === 0 ? 'Pole' : 'Camera'} { id }`;
const inlinePolygon = (positions: number) => {
  const ring = Array.from({ length: positions }, (_, i) => nearFes(Math.cos(i / positions * 2 * Math.PI) * 100, Math.sin(i / positions * 2 * Math.PI) * 100));
  ring.push(ring[0]);
  return `{type: "Polygon", coordinates: [[${ring.map(([x, y]) => `[${x}, ${y}]`).join(', ')}]]}`;
};
const streetCollection = (count: number) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: Array.from({ length: count }, (_, i) => ({
      type: 'Feature',
      properties: { highway: 'residential', name: `Rue ${i}`, osm_id: 9_000_000 + i },
      geometry: { type: 'LineString', coordinates: [nearFes(i * 3, 0), nearFes(i * 3, 40), nearFes(i * 3 + 1, 80)] },
    })),
  });
const NUL = '\u0000';

const analyses: [name: string, selection: string, cost: number][] = [
  ['coveragePreview', `coveragePreview(input: { cameraId: "${uuid}" }) { __typename }`, ANALYSIS_COST.coveragePreview],
  ['ptzReachableCoverage', `ptzReachableCoverage(cameraId: "${uuid}") { __typename }`, ANALYSIS_COST.ptzReachableCoverage],
  ['ptzPresetCoverage', `ptzPresetCoverage(cameraId: "${uuid}") { __typename }`, ANALYSIS_COST.ptzPresetCoverage],
  ['blackSpotCoverages', 'blackSpotCoverages { __typename }', ANALYSIS_COST.blackSpotCoverages],
  ['coverageSummary', 'coverageSummary { __typename }', ANALYSIS_COST.coverageSummary],
  ['coverageFreshness', 'coverageFreshness { __typename }', ANALYSIS_COST.coverageFreshness],
  ['networkReport', 'networkReport { __typename }', ANALYSIS_COST.networkReport],
  ['outageImpact', `outageImpact(failed: { fiberRunIds: ["${uuid}"] }) { __typename }`, ANALYSIS_COST.outageImpact],
  ['singlePointsOfFailure', 'singlePointsOfFailure { __typename }', ANALYSIS_COST.singlePointsOfFailure],
  ['cameraNetworkPath', `cameraNetworkPath(cameraId: "${uuid}") { __typename }`, ANALYSIS_COST.cameraNetworkPath],
  ['proposeFiberRoute', `proposeFiberRoute(from: { kind: camera, id: "${uuid}" }) { __typename }`, ANALYSIS_COST.routeProposal],
  ['proposePowerRoute', `proposePowerRoute(to: { kind: camera, id: "${uuid}" }) { __typename }`, ANALYSIS_COST.routeProposal],
  ['billOfQuantities', 'billOfQuantities { __typename }', ANALYSIS_COST.billOfQuantities],
];

const rows: Row[] = [
  // Every analysis priced: a handful of aliases (under the alias cap) is over the allowance.
  ...analyses.map(([name, selection, cost]): Row => {
    const count = overBudget(cost);
    // Over 20 aliases, the root-field cap refuses first; under it, the declared cost does.
    const capped = count > DEFAULT_SHAPE_LIMITS.maxRootFields;
    return [`${count} aliases of ${name}`, () => ({ query: `{ ${aliases(count, selection)} }` }), 'QUERY_TOO_COMPLEX', 'dev', capped ? /top-level fields/ : /cost \d+/];
  }),
  ['2 aliases of recomputeCoverage of every camera', () => ({ query: `mutation { ${aliases(2, 'recomputeCoverage')} }` }), 'QUERY_TOO_COMPLEX', 'dev', /cost \d+/],
  ['recomputeCoverage of 1,000 cameras at once', () => ({ query: 'mutation($ids: [ID!]) { recomputeCoverage(cameraIds: $ids) }', variables: { ids: Array.from({ length: 1000 }, () => uuid) } }), 'QUERY_TOO_COMPLEX', 'dev', /cost \d+/],
  ['6 aliases of importStreets', () => ({ query: `mutation { ${aliases(6, 'importStreets(featureCollection: "{}") { __typename }')} }` }), 'QUERY_TOO_COMPLEX', 'dev', /cost \d+/],
  ['a page of 1,000 black spots with their coverage, twice, beside blackSpotCoverages x3', () => ({
    query: `{ a: blackSpots(first: 1000) { nodes { coverage { __typename } } } b: blackSpots(first: 1000) { nodes { coverage { __typename } } } ${aliases(3, 'blackSpotCoverages { __typename }').replace(/a(\d)/g, 'c$1')} }`,
  }), 'QUERY_TOO_COMPLEX', 'dev', /cost \d+/],
  // Alias and root-field floods.
  ['the issue\'s 10,000 aliases of cameras(first: 1000)', () => ({ query: `{ ${aliases(10_000, 'cameras(first: 1000) { totalCount }')} }` }), 'QUERY_TOO_LARGE'],
  ['9,000 aliases of cameras(first: 1000)', () => ({ query: `{ ${aliases(9_000, 'cameras(first: 1000) { totalCount }')} }` }), 'QUERY_TOO_COMPLEX', 'dev', /top-level fields/],
  ['2,000 aliases of networkReport', () => ({ query: `{ ${aliases(2_000, 'networkReport { __typename }')} }` }), 'QUERY_TOO_COMPLEX', 'dev', /top-level fields/],
  ['1,000 aliases of blackSpotCoverages', () => ({ query: `{ ${aliases(1_000, 'blackSpotCoverages { __typename }')} }` }), 'QUERY_TOO_COMPLEX', 'dev', /top-level fields/],
  ['21 root fields (__typename, no alias needed)', () => ({ query: `{ ${'__typename '.repeat(21)}}` }), 'QUERY_TOO_COMPLEX', 'dev', /21 top-level fields/],
  ['21 different root fields', () => ({
    query: `{ appConfig { __typename } me { id } ${['cameras', 'poles', 'zones', 'cameraModels', 'networkNodes', 'fiberRuns', 'powerSources', 'powerFeeds', 'blackSpots', 'buildings', 'streets', 'organisations', 'users', 'auditEntries']
      .map((list) => `${list}(first: 1) { totalCount }`).join(' ')} coverageFreshness { __typename } networkReport { __typename } billOfQuantities { __typename } blackSpotCoverages { __typename } singlePointsOfFailure { __typename } }`,
  }), 'QUERY_TOO_COMPLEX', 'dev', /top-level fields/],
  ['21 aliased createPole mutations', () => ({
    query: `mutation { ${Array.from({ length: 21 }, (_, i) => `p${i}: createPole(input: { code: "FLOOD-${i}", kind: street_light, heightMeters: 9, location: ${JSON.stringify(point(i, i)).replace(/"(\w+)":/g, '$1:')} }) { id }`).join(' ')} }`,
  }), 'QUERY_TOO_COMPLEX', 'dev', /top-level fields/],
  ['51 aliases below the root', () => ({ query: `{ cameras(first: 1) { ${aliases(51, 'totalCount')} } }` }), 'QUERY_TOO_COMPLEX', 'dev', /51 aliases/],
  ['51 aliases spread through a fragment', () => ({ query: `{ cameras(first: 1) { ...A } } fragment A on CameraConnection { ${aliases(51, 'totalCount')} }` }), 'QUERY_TOO_COMPLEX', 'dev', /aliases/],
  ['25 inline fragments at the root', () => ({ query: `{ ${'... on Query { cameras(first: 1) { totalCount } } '.repeat(25)}}` }), 'QUERY_TOO_COMPLEX', 'dev', /top-level fields/],
  // Fragment-spread blow-ups, counted expanded before validation.
  ['100,000 spreads of one fragment', () => ({ query: `{ ${'...F '.repeat(100_000)}} fragment F on Query { cameras(first: 1) { totalCount } }` }), 'QUERY_TOO_LARGE'],
  ['40,000 spreads of one fragment', () => ({ query: `{ ${'...F '.repeat(40_000)}} fragment F on Query { cameras(first: 1) { totalCount } }` }), 'QUERY_TOO_COMPLEX'],
  ['fragments doubling 30 times (2^30 selections in 1 kB)', () => ({ query: doublingFragments(30) }), 'QUERY_TOO_COMPLEX', 'dev', /top-level fields|selects/],
  ['fragments doubling 12 times below a list', () => ({
    query: `{ cameras(first: 1) { ...G12 } } fragment G0 on CameraConnection { totalCount } ${Array.from({ length: 12 }, (_, k) => `fragment G${k + 1} on CameraConnection { ...G${k} ...G${k} }`).join(' ')}`,
  }), 'QUERY_TOO_COMPLEX', 'dev', /selects \d+ fields/],
  ['3,000 spreads below a list', () => ({ query: `{ cameras(first: 1) { ${'...G '.repeat(3000)}} } fragment G on CameraConnection { totalCount pageInfo { hasNextPage } }` }), 'QUERY_TOO_COMPLEX', 'dev', /selects/],
  ['a fragment that spreads itself', () => ({ query: '{ ...F } fragment F on Query { cameras(first: 1) { totalCount } ...F }' }), 'GRAPHQL_VALIDATION_FAILED'],
  // Depth, fragments included.
  ['13 levels deep', () => ({ query: nested(11) }), 'QUERY_TOO_DEEP'],
  ['50 levels deep', () => ({ query: nested(50) }), 'QUERY_TOO_DEEP'],
  ['2,000 levels deep', () => ({ query: nested(2000) }), 'QUERY_TOO_DEEP'],
  ['depth hidden in a chain of 20 fragments', () => ({ query: deepFragments(20) }), 'QUERY_TOO_DEEP'],
  // Huge documents.
  [`more than ${MAX_QUERY_TOKENS} tokens`, () => ({ query: `{ cameras(first: 1) { ${'totalCount '.repeat(MAX_QUERY_TOKENS)}} }` }), 'QUERY_TOO_LARGE'],
  ['a 40,000-position polygon written inline', () => ({ query: `mutation { createZone(input: { code: "Z-HUGE", name: "Huge", boundary: ${inlinePolygon(40_000)} }) { id } }` }), 'QUERY_TOO_LARGE'],
  ['a body over the 5 MB request limit', () => ({ raw: JSON.stringify({ query: `{ cameras(filter: { search: "${'x'.repeat(6 * 1024 * 1024)}" }) { totalCount } }` }) }), 'PAYLOAD_TOO_LARGE'],
  // NUL characters in every kind of string.
  ['NUL in a search filter literal', () => ({ query: `{ cameras(filter: { search: "a\\u0000b" }) { totalCount } }` }), 'BAD_USER_INPUT', 'dev', /argument "filter.search" of field "cameras"/],
  ['NUL in a search filter variable', () => ({ query: 'query($f: CameraFilter) { cameras(filter: $f) { totalCount } }', variables: { f: { search: `a${NUL}` } } }), 'BAD_USER_INPUT', 'dev', /\$f\.search/],
  ['NUL in a pole search', () => ({ query: 'query($s: String) { poles(filter: { search: $s }) { totalCount } }', variables: { s: NUL } }), 'BAD_USER_INPUT', 'dev', /\$s/],
  ['NUL in a street search literal', () => ({ query: `{ streets(filter: { search: "\\u0000" }) { totalCount } }` }), 'BAD_USER_INPUT'],
  ['NUL in a pole code (variable)', () => ({ query: 'mutation($input: CreatePoleInput!) { createPole(input: $input) { id } }', variables: { input: { code: `P${NUL}1`, kind: 'street_light', heightMeters: 9, location: point(5, 5) } } }), 'BAD_USER_INPUT', 'dev', /\$input\.code/],
  ['NUL in a pole code (literal)', () => ({ query: `mutation { createPole(input: { code: "P\\u00001", kind: street_light, heightMeters: 9, location: {type: "Point", coordinates: [-4.99, 34.04]} }) { id } }` }), 'BAD_USER_INPUT', 'dev', /input\.code/],
  ['NUL in a zone name', () => ({ query: 'mutation($input: CreateZoneInput!) { createZone(input: $input) { id } }', variables: { input: { code: 'Z-NUL', name: `Zone${NUL}`, boundary: { type: 'Polygon', coordinates: [[nearFes(0, 0), nearFes(50, 0), nearFes(50, 50), nearFes(0, 0)]] } } } }), 'BAD_USER_INPUT', 'dev', /\$input\.name/],
  ['NUL in a camera name update', () => ({ query: 'mutation($input: UpdateCameraInput!) { updateCamera(input: $input) { id } }', variables: { input: { id: cameraId, version: 1, name: `Cam${NUL}` } } }), 'BAD_USER_INPUT'],
  ['NUL in a camera model code', () => ({ query: 'mutation($input: CreateCameraModelInput!) { createCameraModel(input: $input) { id } }', variables: { input: { code: NUL, name: 'M' } } }), 'BAD_USER_INPUT', 'dev', /\$input\.code/],
  ['NUL in a black spot note', () => ({ query: 'mutation($notes: String) { updateBlackSpot(input: { id: "' + uuid + '", version: 1, notes: $notes }) { id } }', variables: { notes: `x${NUL}` } }), 'BAD_USER_INPUT'],
  ['NUL in an id literal', () => ({ query: `{ camera(id: "\\u0000") { id } }` }), 'BAD_USER_INPUT', 'dev', /argument "id" of field "camera"/],
  ['NUL in an id variable of a delete', () => ({ query: 'mutation($id: ID!) { deletePole(id: $id, version: 1) { id } }', variables: { id: `${uuid}${NUL}` } }), 'BAD_USER_INPUT'],
  ['NUL in a list of ids', () => ({ query: 'mutation($ids: [ID!]) { recomputeCoverage(cameraIds: $ids) }', variables: { ids: [uuid, NUL] } }), 'BAD_USER_INPUT', 'dev', /\$ids\[1\]/],
  ['NUL in a nested input (an endpoint id)', () => ({ query: `{ proposeFiberRoute(from: { kind: camera, id: "\\u0000" }) { __typename } }` }), 'BAD_USER_INPUT', 'dev', /from\.id/],
  ['NUL in a cursor', () => ({ query: `{ cameras(after: "abc\\u0000") { totalCount } }` }), 'BAD_USER_INPUT', 'dev', /argument "after"/],
  ['NUL in a login email', () => ({ query: 'mutation($e: String!) { login(email: $e, password: "whatever-long-enough") { accessToken } }', variables: { e: `admin@test.vigie${NUL}` } }), 'BAD_USER_INPUT'],
  ['NUL in a password', () => ({ query: `mutation { login(email: "admin@test.vigie", password: "x\\u0000") { accessToken } }` }), 'BAD_USER_INPUT'],
  ['NUL in a refresh token', () => ({ query: 'mutation($t: String!) { refresh(refreshToken: $t) { accessToken } }', variables: { t: NUL } }), 'BAD_USER_INPUT'],
  ['NUL in a new user\'s name', () => ({ query: 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', variables: { input: { email: 'nul@test.vigie', name: `N${NUL}`, role: 'viewer', password: 'a-long-enough-password' } } }), 'BAD_USER_INPUT'],
  ['NUL in an imported street file', () => ({ query: 'mutation($fc: String!) { importStreets(featureCollection: $fc) { __typename } }', variables: { fc: streetCollection(1).replace('Rue 0', `Rue${NUL}`) } }), 'BAD_USER_INPUT'],
  ['NUL in a source prefix', () => ({ query: `mutation { importStreets(featureCollection: "{}", sourcePrefix: "osm\\u0000") { __typename } }` }), 'BAD_USER_INPUT', 'dev', /sourcePrefix/],
  ['NUL in a geometry sent as a string', () => ({ query: 'mutation($input: CreatePoleInput!) { createPole(input: $input) { id } }', variables: { input: { code: 'P-G', kind: 'street_light', heightMeters: 9, location: `{"type":"Point"${NUL}}` } } }), 'BAD_USER_INPUT'],
  ['NUL in a variable\'s default value', () => ({ query: `query($s: String = "\\u0000") { cameras(filter: { search: $s }) { totalCount } }` }), 'BAD_USER_INPUT', 'dev', /default value of variable "\$s"/],
  ['NUL in a block string', () => ({ query: '{ cameras(filter: { search: """a\u0000b""" }) { totalCount } }' }), 'BAD_USER_INPUT'],
  ['NUL in an unused variable', () => ({ query: '{ cameras(first: 1) { totalCount } }', variables: { unused: `x${NUL}` } }), 'BAD_USER_INPUT'],
  ['NUL in a production request', () => ({ query: `{ cameras(filter: { search: "\\u0000" }) { totalCount } }` }), 'BAD_USER_INPUT', 'production'],
  // Schema probing in production: refused without naming the schema.
  ['a misspelt field in production', () => ({ query: '{ camerass { totalCount } }' }), 'GRAPHQL_VALIDATION_FAILED', 'production'],
  ['a misspelt argument in production', () => ({ query: '{ cameras(frist: 1) { totalCount } }' }), 'GRAPHQL_VALIDATION_FAILED', 'production'],
  ['a misspelt enum value in production', () => ({ query: '{ blackSpotCoverages(cameras: plan) { __typename } }' }), 'GRAPHQL_VALIDATION_FAILED', 'production'],
  ['a misspelt enum value in a variable in production', () => ({ query: 'query($c: CameraSelection) { blackSpotCoverages(cameras: $c) { __typename } }', variables: { c: 'plan' } }), 'BAD_USER_INPUT', 'production'],
  ['a misspelt type in production', () => ({ query: 'query($f: CameraFiltr) { cameras(filter: $f) { totalCount } }' }), 'GRAPHQL_VALIDATION_FAILED', 'production'],
  ['a misspelt input field in production', () => ({ query: '{ cameras(filter: { serch: "x" }) { totalCount } }' }), 'GRAPHQL_VALIDATION_FAILED', 'production'],
  ['introspection in production', () => ({ query: '{ __schema { types { name } } }' }), 'GRAPHQL_VALIDATION_FAILED', 'production', /introspection/],
  ['an alias flood in production', () => ({ query: `{ ${aliases(100, 'me { id }')} }` }), 'QUERY_TOO_COMPLEX', 'production'],
  // Past the time budget: stopped, its transaction rolled back.
  ['a street import longer than the time budget (15,000 streets: 6-7 s without it)', () => ({ query: 'mutation($fc: String!) { importStreets(featureCollection: $fc) { __typename } }', variables: { fc: streetCollection(15_000) } }), 'REQUEST_TIMEOUT', 'production'],
];

const appFor = (target: Target = 'dev') => (target === 'production' ? production : app);

/** Everything a refused request could have written: every table's rows, the streets and the data revisions. */
async function writtenState(target: TestApp): Promise<string> {
  const [extra] = await target.dataSource.query(
    `SELECT (SELECT count(*) FROM street)::int AS streets,
            (SELECT string_agg(name || '=' || revision, ',' ORDER BY name) FROM data_revision) AS revisions`,
  );
  return `${await databaseFingerprint(target)}|${extra.streets}|${extra.revisions}`;
}

async function send(target: TestApp, abuse: Abuse): Promise<GraphQLResult> {
  if (abuse.raw === undefined) return target.graphql(abuse.query ?? '', abuse.variables);
  const response = await request(target.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send(abuse.raw);
  return { status: response.status, data: response.body.data, errors: response.body.errors };
}

describe('abusive requests are refused with a code, write nothing and keep no one waiting', () => {
  it('has a table of at least 60 rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
  });

  // One argument per row: jest takes a test function with more parameters than a row has values for one awaiting done().
  it.each(rows.map((row) => [row[0], row] as const))('%s', async (_label, [, build, code, target, message]) => {
    const server = appFor(target);
    const abuse = build();
    const before = await writtenState(server);

    const startedAt = Date.now();
    const result = await send(server, abuse);
    const elapsed = Date.now() - startedAt;

    expect(result.status).not.toBe(500);
    expect(result.errors?.[0].extensions?.code).toMatch(new RegExp(`^(${code})$`));
    if (message) expect(result.errors?.[0].message).toMatch(message);
    expect(Object.values(result.data ?? {}).filter((value) => value !== null)).toEqual([]);
    if (target === 'production') expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean/);
    expect(elapsed).toBeLessThan(BUSY_BOUND_MS);
    expect(await writtenState(server)).toBe(before);

    // The next caller is served at once: nothing of the refused request is still holding the database.
    const nextStartedAt = Date.now();
    const next = await server.as('viewer').graphql('{ cameras(first: 1) { totalCount } }');
    expect(next.errors).toBeUndefined();
    expect(Date.now() - nextStartedAt).toBeLessThan(BUSY_BOUND_MS);
  });
});

describe('what stays allowed', () => {
  it.each(analyses)('one %s alone is within the allowance', async (_name, selection) => {
    const result = await app.graphql(`{ ${selection} }`);
    expect(result.errors?.map((error) => error.extensions?.code) ?? []).not.toContain('QUERY_TOO_COMPLEX');
  });

  it('suggests names outside production, where introspection is on anyway', async () => {
    const result = await app.graphql('{ camerass { totalCount } }');
    expect(result.errors?.[0].message).toMatch(/Did you mean "cameras"/);
  });

  it('counts cost with variables: a valid variable that makes the query too costly is refused, an invalid one is BAD_USER_INPUT', async () => {
    const query = 'mutation($ids: [ID!]) { recomputeCoverage(cameraIds: $ids) }';
    const tooMany = await app.graphql(query, { ids: Array.from({ length: 1000 }, () => cameraId) });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    const wrongType = await app.graphql(query, { ids: [{ not: 'an id' }] });
    expect(wrongType.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrongType.status).toBe(400);
    expect(await app.ok(query, { ids: [cameraId] })).toEqual({ recomputeCoverage: 1 });
  });
});
