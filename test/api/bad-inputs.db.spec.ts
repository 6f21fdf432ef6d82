import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import { databaseFingerprint, line, nearFes, newCamera, newCameraModel, newNetworkNode, newPole, point, rectangle } from '../support/factories';

/**
 * Bad input gets a clear error with a code and changes nothing: each row below is sent as it is,
 * refused with the expected code and a message naming the problem, and the database's fingerprint
 * (every row of every table, versions included) is the same afterwards.
 */
let app: TestApp;
let existing: { poleId: string; cameraId: string; modelId: string; nodeId: string };

beforeAll(async () => {
  app = await startTestApp();
  const pole = await newPole(app);
  const model = await newCameraModel(app);
  const camera = await newCamera(app, { modelId: model.id, poleId: pole.id, location: undefined });
  const node = await newNetworkNode(app, { location: point(500, 0) });
  existing = { poleId: pole.id, cameraId: camera.id, modelId: model.id, nodeId: node.id };
});
afterAll(async () => {
  await app?.close();
});

const square = rectangle(0, 0, 50, 50);
const bowTie = { type: 'Polygon', coordinates: [[nearFes(0, 0), nearFes(50, 50), nearFes(50, 0), nearFes(0, 50), nearFes(0, 0)]] };
const zone = (boundary: unknown) => ({ mutation: 'createZone', input: 'CreateZoneInput', value: { code: 'Z-BAD', name: 'Bad', boundary } });
const pole = (fields: Record<string, unknown>) => ({
  mutation: 'createPole',
  input: 'CreatePoleInput',
  value: { code: 'P-BAD', kind: 'street_light', heightMeters: 9, location: point(0, 0), ...fields },
});
const camera = (fields: Record<string, unknown>) => ({
  mutation: 'createCamera',
  input: 'CreateCameraInput',
  value: { code: 'C-BAD', modelId: () => existing.modelId, location: point(0, 0), mountHeightMeters: 6, headingDegrees: 10, ...fields },
});
const fiberRun = (fields: Record<string, unknown>) => ({
  mutation: 'createFiberRun',
  input: 'CreateFiberRunInput',
  value: { code: 'FR-BAD', path: line([0, 0], [40, 0]), strandCount: 12, cableType: 'sm_g652d', installMethod: 'aerial', ...fields },
});
const round6 = (value: number) => Math.round(value * 1e6) / 1e6;
const millionVertices = {
  type: 'Polygon',
  coordinates: [[...Array.from({ length: 1_000_000 }, (_, i) => [-5 + Math.cos((i / 1e6) * 2 * Math.PI) / 100, 34 + Math.sin((i / 1e6) * 2 * Math.PI) / 100]), [-4.99, 34]]],
};
const manyVertices = {
  type: 'Polygon',
  // Rounded to 1e-6 degrees so that the request stays under the 5 MB body limit.
  coordinates: [[...Array.from({ length: 150_000 }, (_, i) => [round6(-5 + Math.cos((i / 15e4) * 2 * Math.PI) / 100), round6(34 + Math.sin((i / 15e4) * 2 * Math.PI) / 100)]), [-4.99, 34]]],
};

type BadInput = [string, { mutation: string; input: string; value: Record<string, unknown> }, string, RegExp];

const badInputs: BadInput[] = [
  ['a self-intersecting (bow-tie) polygon', zone(bowTie), 'INVALID_GEOMETRY', /Self-intersection/],
  ['an unclosed ring', zone({ type: 'Polygon', coordinates: [square.coordinates[0].slice(0, 4)] }), 'INVALID_GEOMETRY', /not closed/],
  ['a 2-point polygon', zone({ type: 'Polygon', coordinates: [[nearFes(0, 0), nearFes(1, 1), nearFes(0, 0)]] }), 'INVALID_GEOMETRY', /at least 4/],
  ['empty coordinates', zone({ type: 'Polygon', coordinates: [] }), 'INVALID_GEOMETRY', /at least 1/],
  ['a LineString where a Polygon belongs', zone(line([0, 0], [10, 10])), 'INVALID_GEOMETRY', /Expected a GeoJSON Polygon/],
  ['a string that is not GeoJSON', zone('not a polygon'), 'INVALID_GEOMETRY', /not JSON/],
  ['latitude 95', pole({ location: { type: 'Point', coordinates: [-5, 95] } }), 'INVALID_GEOMETRY', /Latitude 95.*outside/],
  ['swapped coordinates [lat, lon] far from the range', pole({ location: { type: 'Point', coordinates: [34.04, -185] } }), 'INVALID_GEOMETRY', /outside -90..90/],
  ['longitude 200', pole({ location: { type: 'Point', coordinates: [200, 34] } }), 'INVALID_GEOMETRY', /Longitude 200/],
  ['NaN as a coordinate (sent as a string)', pole({ location: { type: 'Point', coordinates: ['NaN', 34] } }), 'INVALID_GEOMETRY', /finite numbers/],
  ['null coordinates', pole({ location: { type: 'Point', coordinates: null } }), 'INVALID_GEOMETRY', /must be \[longitude, latitude\]/],
  ['a LineString where a Point belongs', pole({ location: line([0, 0], [5, 5]) }), 'INVALID_GEOMETRY', /Expected a GeoJSON Point/],
  ['a point with one number', pole({ location: { type: 'Point', coordinates: [-5] } }), 'INVALID_GEOMETRY', /\[longitude, latitude\]/],
  ['a negative pole height', pole({ heightMeters: -3 }), 'BAD_USER_INPUT', /heightMeters/],
  ['a string where a number belongs', pole({ heightMeters: 'tall' }), 'BAD_USER_INPUT', /Float/],
  ['an unknown pole kind', pole({ kind: 'tree' }), 'BAD_USER_INPUT', /PoleKind/],
  ['an empty code', pole({ code: '' }), 'BAD_USER_INPUT', /code/],
  ['a heading of 360', camera({ headingDegrees: 360 }), 'BAD_USER_INPUT', /headingDegrees/],
  ['a heading of -10', camera({ headingDegrees: -10 }), 'BAD_USER_INPUT', /headingDegrees/],
  ['a tilt of 120', camera({ tiltDegrees: 120 }), 'BAD_USER_INPUT', /tiltDegrees/],
  ['an unknown camera model id', camera({ modelId: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND', /No CameraModel/],
  ['a model id that is not a uuid', camera({ modelId: 'model-1' }), 'BAD_USER_INPUT', /modelId must be a uuid/],
  ['an unknown pole id', camera({ poleId: '00000000-0000-4000-8000-000000000001' }), 'NOT_FOUND', /No Pole/],
  ['a focal length outside the lens range', camera({ focalLengthMm: 50 }), 'BAD_USER_INPUT', /outside .* range 2.8-12/],
  ['a duplicate code', camera({ code: () => 'DUPLICATE' }), 'CONFLICT', /same code "DUPLICATE"/],
  ['a self-crossing fiber run', fiberRun({ path: line([0, 0], [40, 40], [40, 0], [0, 40]) }), 'INVALID_GEOMETRY', /crosses or touches itself/],
  ['a zero-length fiber run', fiberRun({ path: line([0, 0], [0, 0]) }), 'INVALID_GEOMETRY', /zero length/],
  ['a fiber run starting 500 m from its node', fiberRun({ from: { kind: 'network_node', id: () => existing.nodeId } }), 'BAD_USER_INPUT', /\b(499|500|501) m from the NetworkNode it is attached to/],
  ['a fiber run from an unknown node', fiberRun({ from: { kind: 'network_node', id: '00000000-0000-4000-8000-000000000002' } }), 'NOT_FOUND', /No NetworkNode/],
  ['a fiber run attached to a power source', fiberRun({ from: { kind: 'power_source', id: '00000000-0000-4000-8000-000000000002' } }), 'BAD_USER_INPUT', /may attach to network_node, pole, camera/],
  ['zero strands', fiberRun({ strandCount: 0 }), 'BAD_USER_INPUT', /strandCount/],
  ['a polygon of 150,000 positions', zone(manyVertices), 'INVALID_GEOMETRY', /more than 100000 positions/],
];

function resolveLazy(value: unknown): unknown {
  if (typeof value === 'function') return value();
  if (Array.isArray(value)) return value.map(resolveLazy);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveLazy(v)]));
  return value;
}

describe('bad input is refused with a code and changes nothing', () => {
  beforeAll(async () => {
    await app.ok(`mutation($input: CreateCameraInput!) { createCamera(input: $input) { id } }`, {
      input: { code: 'DUPLICATE', modelId: existing.modelId, location: point(1, 1), mountHeightMeters: 5, headingDegrees: 0 },
    });
  });

  it.each(badInputs)('%s', async (_name, request, code, message) => {
    const before = await databaseFingerprint(app);
    const result = await app.graphql(`mutation($input: ${request.input}!) { ${request.mutation}(input: $input) { id } }`, {
      input: resolveLazy(request.value),
    });
    expect(result.errors?.[0].extensions?.code).toBe(code);
    expect(result.errors?.[0].message).toMatch(message);
    expect(result.data?.[request.mutation] ?? null).toBeNull();
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('refuses a million-vertex polygon as too large before parsing it', async () => {
    const before = await databaseFingerprint(app);
    const result = await app.graphql(`mutation($input: CreateZoneInput!) { createZone(input: $input) { id } }`, {
      input: { code: 'HUGE', name: 'Huge', boundary: millionVertices },
    });
    expect(result.status).toBe(413);
    expect(result.errors?.[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('refuses unknown and malformed ids on read, update and delete', async () => {
    const before = await databaseFingerprint(app);
    const unknown = '00000000-0000-4000-8000-00000000000f';
    const read = await app.graphql(`{ camera(id: "${unknown}") { id } }`);
    expect(read.errors?.[0]).toMatchObject({ message: `No Camera with id "${unknown}" exists.`, extensions: { code: 'NOT_FOUND' } });
    const malformed = await app.graphql(`{ pole(id: "42") { id } }`);
    expect(malformed.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const update = await app.graphql(`mutation { updatePole(input: { id: "${unknown}", version: 1, heightMeters: 5 }) { id } }`);
    expect(update.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const remove = await app.graphql(`mutation { deleteCamera(id: "${unknown}", version: 1) { id } }`);
    expect(remove.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('refuses a stale update without writing, and an update that breaks a rule leaves the row as it was', async () => {
    const before = await databaseFingerprint(app);
    const stale = await app.graphql(`mutation($id: ID!) { updateCamera(input: { id: $id, version: 7, headingDegrees: 100 }) { id } }`, {
      id: existing.cameraId,
    });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'STALE_VERSION', currentVersion: 1, sentVersion: 7 });
    const invalid = await app.graphql(
      `mutation($id: ID!, $location: GeoJSONPoint) { updateCamera(input: { id: $id, version: 1, headingDegrees: 100, location: $location, focalLengthMm: 99 }) { id } }`,
      { id: existing.cameraId, location: point(3, 3) },
    );
    expect(invalid.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('logs refusals as answers, not faults: nothing at error level for a stale version, a duplicate code or a wrong role', async () => {
    const written: string[] = [];
    const capture = (original: typeof process.stderr.write) => ((chunk: unknown, ...rest: unknown[]) => {
      written.push(String(chunk));
      return (original as (...args: unknown[]) => boolean).call(process.stderr, chunk, ...rest);
    }) as typeof process.stderr.write;
    const originalWrite = process.stderr.write;
    const originalConsoleError = console.error;
    process.stderr.write = capture(originalWrite);
    console.error = (...args: unknown[]) => { written.push(args.map(String).join(' ')); };
    try {
      const stale = await app.graphql(`mutation($id: ID!) { updateCamera(input: { id: $id, version: 9, headingDegrees: 5 }) { id } }`, { id: existing.cameraId });
      expect(stale.errors?.[0].extensions?.code).toBe('STALE_VERSION');
      const code = (await app.ok<{ pole: { code: string } }>(`query($id: ID!) { pole(id: $id) { code } }`, { id: existing.poleId })).pole.code;
      const duplicate = await app.graphql(`mutation($input: CreatePoleInput!) { createPole(input: $input) { id } }`, {
        input: { code, kind: 'street_light', heightMeters: 9, location: point(20, 20) },
      });
      expect(duplicate.errors?.[0].extensions?.code).toBe('CONFLICT');
      const asViewer = await app.as('viewer').graphql(`mutation { deletePole(id: "${existing.poleId}", version: 1) { id } }`);
      expect(asViewer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    } finally {
      process.stderr.write = originalWrite;
      console.error = originalConsoleError;
    }
    expect(written.filter((text) => /ERROR|Query failed|QueryFailedError/.test(text))).toEqual([]);
  });

  it('refuses list arguments out of range', async () => {
    const tooMany = await app.graphql(`{ cameras(first: 5000) { totalCount } }`);
    expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(tooMany.errors?.[0].message).toMatch(/first must be a whole number from 0 to 1000/);
    const badBox = await app.graphql(`{ poles(filter: { bbox: [10, 50, 5, 40] }) { totalCount } }`);
    expect(badBox.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await app.graphql(`{ poles(after: "not-a-cursor") { totalCount } }`);
    expect(badCursor.errors?.[0].message).toMatch(/cursor/);
    const unknownZone = await app.graphql(`{ poles(filter: { zoneId: "00000000-0000-4000-8000-000000000003" }) { totalCount } }`);
    expect(unknownZone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
