import type { Position } from 'geojson';
import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import {
  FES_ORIGIN, line, nearFes, newBlackSpot, newBuilding, newCamera, newCameraModel, newFiberRun, newNetworkNode, newPole, newPowerFeed,
  newPowerSource, newRecordingProfile, newZone, point, rectangle, validInputs,
} from '../support/factories';
import { BOUNDS, BOUNDED_TABLES, MAX_VERTICES, boundCheck, snakeCase, type NumberBound } from '../../backend/src/core/bounds';
import type { Role } from '../../backend/src/auth/permissions';

/**
 * Bad values, table-driven: every bounded number of every type (from core/bounds.ts, the table the API
 * and the CHECKs are made from), blank and padded codes, positions outside the deployment (swapped
 * latitude/longitude), too many vertices, NaN and infinities, unknown ids, stale versions, wrong roles
 * and over-long strings. Each row is one request, refused with its code (never INTERNAL_SERVER_ERROR),
 * with nothing written (row counts, versions, audit entries and data revisions unchanged), answered
 * within 2 s (the issue's bound on a request keeping the server busy, not a speed goal).
 * One application for the whole file: a row costs a request and two small queries.
 */
let app: TestApp;

type TypeName = keyof typeof validInputs;
const TYPES = Object.keys(validInputs) as TypeName[];
const PHYSICAL: TypeName[] = ['Pole', 'Camera', 'NetworkNode', 'FiberRun', 'PowerSource', 'PowerFeed'];
const CODED: TypeName[] = ['CameraModel', 'Pole', 'Camera', 'NetworkNode', 'FiberRun', 'PowerSource', 'PowerFeed', 'BlackSpot', 'Zone', 'RecordingProfile'];
const TABLE_OF: Record<TypeName, string> = {
  CameraModel: 'camera_model', Pole: 'pole', Camera: 'camera', NetworkNode: 'network_node', FiberRun: 'fiber_run',
  PowerSource: 'power_source', PowerFeed: 'power_feed', BlackSpot: 'black_spot', Building: 'building', Zone: 'zone',
  RecordingProfile: 'recording_profile',
};
const GEOMETRY_OF: Partial<Record<TypeName, { property: string; kind: 'Point' | 'LineString' | 'Polygon' }>> = {
  Pole: { property: 'location', kind: 'Point' }, Camera: { property: 'location', kind: 'Point' },
  NetworkNode: { property: 'location', kind: 'Point' }, PowerSource: { property: 'location', kind: 'Point' },
  FiberRun: { property: 'path', kind: 'LineString' }, PowerFeed: { property: 'path', kind: 'LineString' },
  BlackSpot: { property: 'boundary', kind: 'Polygon' }, Zone: { property: 'boundary', kind: 'Polygon' }, Building: { property: 'footprint', kind: 'Polygon' },
};

/** One record of each type made before the rows run, plus a PTZ-free model for cameras. */
const existing = {} as Record<TypeName, { id: string; version: number; code?: string }>;

type Fields = Record<string, unknown>;
interface Row {
  name: string;
  as?: Role | 'anonymous';
  query: string;
  variables: () => Fields;
  code: string;
  message?: RegExp;
}

const createRow = (typeName: TypeName, name: string, change: Fields | (() => Fields), code: string, message?: RegExp, as?: Row['as']): Row => ({
  name: `create ${typeName}: ${name}`,
  as,
  query: `mutation($input: Create${typeName}Input!) { result: create${typeName}(input: $input) { id } }`,
  variables: () => ({ input: { ...createInput(typeName), ...(typeof change === 'function' ? change() : change) } }),
  code,
  message,
});
const updateRow = (typeName: TypeName, name: string, change: () => Fields, code: string, message?: RegExp, as?: Row['as']): Row => ({
  name: `update ${typeName}: ${name}`,
  as,
  query: `mutation($input: Update${typeName}Input!) { result: update${typeName}(input: $input) { id } }`,
  variables: () => ({ input: { id: existing[typeName].id, version: existing[typeName].version, ...change() } }),
  code,
  message,
});
const deleteRow = (typeName: TypeName, name: string, target: () => { id: string; version: number }, code: string, as?: Row['as']): Row => ({
  name: `delete ${typeName}: ${name}`,
  as,
  query: `mutation($id: ID!, $version: Int!) { result: delete${typeName}(id: $id, version: $version) { id } }`,
  variables: target,
  code,
});

function createInput(typeName: TypeName): Fields {
  const input = validInputs[typeName]();
  // A fresh code per request; rows about codes override it.
  return typeName === 'Camera' ? { ...input, modelId: existing.CameraModel.id } : input;
}

// ---- numbers out of their physical range, from the bounds table ----
const BOUNDED_TYPES = Object.values(BOUNDED_TABLES) as TypeName[];
const COMPUTED = new Set(['lengthMeters']);
const outOfRange = (bound: NumberBound): [string, unknown][] => {
  const step = bound.integer ? 1 : 0.01;
  return [
    [`below ${bound.min}`, bound.min - step],
    [`above ${bound.max}`, bound.maxExclusive ? bound.max : bound.max + step],
    ['1e308', 1e308],
    ['-1e308', -1e308],
    bound.integer ? ['a fraction', bound.min + 0.5] : ['"NaN" (JSON has no NaN)', 'NaN'],
  ];
};
const boundRows: Row[] = BOUNDED_TYPES.flatMap((typeName) =>
  Object.entries(BOUNDS[typeName as keyof typeof BOUNDS])
    .filter(([field]) => !COMPUTED.has(field))
    .flatMap(([field, bound]) => [
      ...outOfRange(bound).map(([what, value]) => createRow(typeName, `${field} ${what}`, { [field]: value }, 'BAD_USER_INPUT', new RegExp(field))),
      updateRow(typeName, `${field} 1e308`, () => ({ [field]: bound.integer ? 2 ** 31 : 1e308 }), 'BAD_USER_INPUT', new RegExp(field)),
    ]),
);
const ptzRows: Row[] = Object.entries(BOUNDS.PtzPreset).flatMap(([field, bound]) =>
  outOfRange(bound).map(([what, value]) =>
    createRow('Camera', `PTZ preset ${field} ${what}`, { ptzPresets: [{ name: 'Gate', headingDegrees: 10, tiltDegrees: 5, zoomFactor: 2, [field]: value }] }, 'BAD_USER_INPUT', new RegExp(field)),
  ),
);
const requiredNulls: Row[] = [
  updateRow('CameraModel', 'unitPriceMad null', () => ({ unitPriceMad: null }), 'BAD_USER_INPUT'),
  updateRow('Pole', 'heightMeters null', () => ({ heightMeters: null }), 'BAD_USER_INPUT'),
  updateRow('PowerFeed', 'voltage null', () => ({ voltage: null }), 'BAD_USER_INPUT'),
];

// ---- codes: trimmed, not blank, unique whatever the case ----
const codeRows: Row[] = CODED.flatMap((typeName) => [
  createRow(typeName, 'empty code', { code: '' }, 'BAD_USER_INPUT', /code must be 1 to 64 characters, not blank/),
  createRow(typeName, 'blank code', { code: '   ' }, 'BAD_USER_INPUT', /code must be 1 to 64 characters, not blank/),
  createRow(typeName, 'tab and newline code', { code: '\t\n' }, 'BAD_USER_INPUT', /not blank/),
  createRow(typeName, 'an existing code padded with spaces', () => ({ code: `  ${existing[typeName].code}  ` }), 'CONFLICT', /same code/),
  createRow(typeName, 'an existing code in lower case', () => ({ code: existing[typeName].code!.toLowerCase() }), 'CONFLICT', /same code/),
  createRow(typeName, 'a 65-character code', { code: 'C'.repeat(65) }, 'BAD_USER_INPUT', /code/),
  updateRow(typeName, 'blank code', () => ({ code: '    ' }), 'BAD_USER_INPUT', /not blank/),
  updateRow(typeName, "another record's code in lower case", () => ({ code: otherCode(typeName).toLowerCase() }), 'CONFLICT', /same code/),
]);
/** A second record per coded type, whose code an update of the first may not take. */
const others = {} as Record<TypeName, string>;
const otherCode = (typeName: TypeName) => others[typeName];

// ---- positions and shapes ----
const SWAPPED: Position = [FES_ORIGIN[1], FES_ORIGIN[0]];
const PARIS: Position = [2.35, 48.85];
const circle = (positions: number, radiusMeters = 200): Position[] => {
  const ring = Array.from({ length: positions - 1 }, (_, index) => {
    const angle = (index / (positions - 1)) * 2 * Math.PI;
    return nearFes(radiusMeters * Math.cos(angle), radiusMeters * Math.sin(angle));
  });
  return [...ring, ring[0]];
};
const geometryWith = (kind: 'Point' | 'LineString' | 'Polygon', at: Position) =>
  kind === 'Point'
    ? { type: 'Point', coordinates: at }
    : kind === 'LineString'
      ? { type: 'LineString', coordinates: [at, nearFes(30, 0)] }
      : { type: 'Polygon', coordinates: [[at, nearFes(40, 0), nearFes(40, 40), at]] };
const wrongKind = { Point: line([0, 0], [5, 5]), LineString: point(0, 0), Polygon: line([0, 0], [5, 5]) };
const geometryRows: Row[] = (Object.entries(GEOMETRY_OF) as [TypeName, { property: string; kind: 'Point' | 'LineString' | 'Polygon' }][]).flatMap(
  ([typeName, { property, kind }]) => {
    const rows: Row[] = [
      createRow(typeName, 'swapped latitude and longitude', { [property]: geometryWith(kind, SWAPPED) }, 'INVALID_GEOMETRY', /look swapped/),
      createRow(typeName, 'a position in Paris', { [property]: geometryWith(kind, PARIS) }, 'INVALID_GEOMETRY', /outside the deployment's extent \(Fès/),
      createRow(typeName, 'latitude 95', { [property]: geometryWith(kind, [-5, 95]) }, 'INVALID_GEOMETRY', /Latitude 95/),
      createRow(typeName, 'longitude -181', { [property]: geometryWith(kind, [-181, 34]) }, 'INVALID_GEOMETRY', /Longitude -181/),
      createRow(typeName, 'a "NaN" coordinate', { [property]: geometryWith(kind, ['NaN' as unknown as number, 34]) }, 'INVALID_GEOMETRY', /finite numbers/),
      createRow(typeName, 'a "-Infinity" coordinate', { [property]: geometryWith(kind, [-5, '-Infinity' as unknown as number]) }, 'INVALID_GEOMETRY', /finite numbers/),
      createRow(typeName, `a ${kind === 'Point' ? 'line' : kind === 'LineString' ? 'point' : 'line'} instead`, { [property]: wrongKind[kind] }, 'INVALID_GEOMETRY', /Expected a GeoJSON/),
      updateRow(typeName, 'swapped latitude and longitude', () => ({ [property]: geometryWith(kind, SWAPPED) }), 'INVALID_GEOMETRY', /look swapped/),
    ];
    const maxVertices = (MAX_VERTICES as Record<string, number>)[typeName];
    if (kind === 'Polygon') {
      rows.push(
        createRow(typeName, 'a bow tie', { [property]: { type: 'Polygon', coordinates: [[nearFes(0, 0), nearFes(50, 50), nearFes(50, 0), nearFes(0, 50), nearFes(0, 0)]] } }, 'INVALID_GEOMETRY', /Self-intersection/),
        createRow(typeName, `${maxVertices + 1} vertices`, { [property]: { type: 'Polygon', coordinates: [circle(maxVertices + 1)] } }, 'INVALID_GEOMETRY', new RegExp(`has ${(maxVertices + 1).toLocaleString('en')} vertices; at most ${maxVertices.toLocaleString('en')}`)),
        createRow(typeName, 'an unclosed ring', { [property]: { type: 'Polygon', coordinates: [rectangle(0, 0, 9, 9).coordinates[0].slice(0, 4)] } }, 'INVALID_GEOMETRY', /not closed/),
      );
    }
    if (kind === 'LineString') {
      const zigzag = Array.from({ length: 8 }, (_, index) => (index % 2 ? [-4.8, 33.9 + index * 0.04] : [-5.2, 33.9 + index * 0.04]));
      rows.push(
        createRow(typeName, 'a self-crossing path', { [property]: line([0, 0], [40, 40], [40, 0], [0, 40]) }, 'INVALID_GEOMETRY', /crosses or touches itself/),
        createRow(typeName, `${maxVertices + 1} vertices`, { [property]: { type: 'LineString', coordinates: Array.from({ length: maxVertices + 1 }, (_, i) => nearFes(i * 0.5, (i % 2) * 0.5)) } }, 'INVALID_GEOMETRY', /vertices; at most/),
        createRow(typeName, 'a run over 100 km inside the city', { [property]: { type: 'LineString', coordinates: zigzag } }, 'BAD_USER_INPUT', /length must be a finite number from 0 to 100000 m/),
      );
    }
    return rows;
  },
);

// ---- ids, versions, roles, references, text lengths ----
const UNKNOWN = '00000000-0000-4000-8000-00000000abcd';
const identityRows: Row[] = TYPES.flatMap((typeName) => [
  updateRow(typeName, 'an unknown id', () => ({ id: UNKNOWN }), 'NOT_FOUND', /No .* with id/),
  updateRow(typeName, 'an id that is not a uuid', () => ({ id: 'camera-1' }), 'BAD_USER_INPUT', /id must be a uuid/),
  updateRow(typeName, 'a stale version', () => ({ version: existing[typeName].version + 5 }), 'STALE_VERSION', /changed by someone else/),
  updateRow(typeName, 'version 0', () => ({ version: 0 }), 'BAD_USER_INPUT', /version/),
  deleteRow(typeName, 'an unknown id', () => ({ id: UNKNOWN, version: 1 }), 'NOT_FOUND'),
  deleteRow(typeName, 'a stale version', () => ({ id: existing[typeName].id, version: existing[typeName].version + 5 }), 'STALE_VERSION'),
  createRow(typeName, 'as a viewer', {}, 'FORBIDDEN', undefined, 'viewer'),
  createRow(typeName, 'as a contractor', {}, 'FORBIDDEN', undefined, 'contractor'),
  createRow(typeName, 'without signing in', {}, 'UNAUTHENTICATED', undefined, 'anonymous'),
  deleteRow(typeName, 'as maintenance', () => existing[typeName], 'FORBIDDEN', 'maintenance'),
  createRow(typeName, 'an unknown field', { colour: 'red' }, 'BAD_USER_INPUT', /colour/),
]);
const roleRows: Row[] = PHYSICAL.flatMap((typeName) => [
  updateRow(typeName, 'contractor on an asset not assigned to it', () => ({ status: 'installed' }), 'FORBIDDEN', /not assigned to your organisation/, 'contractor'),
  updateRow(typeName, 'maintenance changing the code', () => ({ code: 'MAINT-1' }), 'FORBIDDEN', /may change only status/, 'maintenance'),
  updateRow(typeName, 'maintenance commissioning a planned asset', () => ({ status: 'commissioned' }), 'FORBIDDEN', /cannot change the status/, 'maintenance'),
  createRow(typeName, 'an unknown assigned organisation', { assignedOrganisationId: UNKNOWN }, 'NOT_FOUND', /No Organisation/),
  createRow(typeName, 'an unknown status', { status: 'stolen' }, 'BAD_USER_INPUT', /AssetStatus/),
]);
const referenceRows: Row[] = [
  createRow('Camera', 'an unknown model', { modelId: UNKNOWN }, 'NOT_FOUND', /No CameraModel/),
  createRow('Camera', 'an unknown pole', { poleId: UNKNOWN }, 'NOT_FOUND', /No Pole/),
  createRow('Camera', 'a model id that is not a uuid', { modelId: 'model' }, 'BAD_USER_INPUT', /modelId must be a uuid/),
  createRow('FiberRun', 'from an unknown node', { from: { kind: 'network_node', id: UNKNOWN } }, 'NOT_FOUND', /No NetworkNode/),
  createRow('PowerFeed', 'from an unknown source', { fromPowerSourceId: UNKNOWN }, 'NOT_FOUND', /No PowerSource/),
  createRow('PowerFeed', 'to an unknown pole', { to: { kind: 'pole', id: UNKNOWN } }, 'NOT_FOUND', /No Pole/),
];
const long = (length: number) => 'x'.repeat(length);
const textRows: Row[] = [
  createRow('CameraModel', 'a 121-character manufacturer', { manufacturer: long(121) }, 'BAD_USER_INPUT', /manufacturer/),
  createRow('CameraModel', 'a 201-character name', { name: long(201) }, 'BAD_USER_INPUT', /name/),
  createRow('Camera', 'a 201-character name', { name: long(201) }, 'BAD_USER_INPUT', /name/),
  createRow('Pole', 'a 201-character owner', { owner: long(201) }, 'BAD_USER_INPUT', /owner/),
  createRow('BlackSpot', 'a 201-character name', { name: long(201) }, 'BAD_USER_INPUT', /name/),
  createRow('BlackSpot', '4,001 characters of notes', { notes: long(4001) }, 'BAD_USER_INPUT', /notes/),
  createRow('Zone', 'a 201-character name', { name: long(201) }, 'BAD_USER_INPUT', /name/),
  createRow('NetworkNode', 'a 201-character name', { name: long(201) }, 'BAD_USER_INPUT', /name/),
  createRow('PowerSource', 'a 201-character name', { name: long(201) }, 'BAD_USER_INPUT', /name/),
  createRow('Building', 'a 121-character source id', { sourceId: long(121) }, 'BAD_USER_INPUT', /sourceId/),
  createRow('CameraModel', 'a number as the name', { name: 42 }, 'BAD_USER_INPUT', /String/),
  createRow('Pole', 'a string as the height', { heightMeters: 'tall' }, 'BAD_USER_INPUT', /Float/),
  createRow('BlackSpot', 'an unknown category', { category: 'graffiti' }, 'BAD_USER_INPUT', /BlackSpotCategory/),
];

const streetImport = (name: string, coordinates: unknown, code: string, message: RegExp): Row => ({
  name: `importStreets: ${name}`,
  query: 'mutation($fc: String!) { result: importStreets(featureCollection: $fc) { inserted } }',
  variables: () => ({ fc: JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { osm_id: 1 }, geometry: { type: 'LineString', coordinates } }] }) }),
  code,
  message,
});
const streetRows: Row[] = [
  streetImport(`${MAX_VERTICES.Street + 1} vertices`, Array.from({ length: MAX_VERTICES.Street + 1 }, (_, i) => nearFes(i, (i % 2) * 0.5)), 'INVALID_GEOMETRY', /has 5,001 vertices; at most 5,000/),
  streetImport('a "NaN" coordinate', [nearFes(0, 0), ['NaN', 34]], 'INVALID_GEOMETRY', /finite numbers/),
  streetImport('latitude 95', [nearFes(0, 0), [-5, 95]], 'INVALID_GEOMETRY', /Latitude 95/),
  streetImport('swapped latitude and longitude', [nearFes(0, 0), SWAPPED], 'INVALID_GEOMETRY', /feature 1: Position .* look swapped/),
];

const blankNames: Row[] = ([['CameraModel', 'name'], ['CameraModel', 'manufacturer'], ['BlackSpot', 'name'], ['PowerSource', 'name'], ['NetworkNode', 'name'], ['Zone', 'name']] as [TypeName, string][]).flatMap(
  ([typeName, field]) => [
    createRow(typeName, `a blank ${field}`, { [field]: '   ' }, 'BAD_USER_INPUT', new RegExp(`${field} must be 1 to \\d+ characters, not blank`)),
    updateRow(typeName, `a blank ${field}`, () => ({ [field]: '\t ' }), 'BAD_USER_INPUT', /not blank/),
  ],
);

const billRows: Row[] = [0, -1, 1e-320, 1e308].map((budgetMad) => ({
  name: `billOfQuantities: a budget of ${budgetMad} MAD`,
  query: 'query($budgetMad: Float) { result: billOfQuantities(budgetMad: $budgetMad) { usedFraction } }',
  variables: () => ({ budgetMad }),
  code: 'BAD_USER_INPUT',
  message: /budgetMad must be a finite number from 1 to 1000000000000 MAD/,
}));

const rows: Row[] = [
  ...streetRows, ...blankNames, ...billRows,
  ...boundRows, ...ptzRows, ...requiredNulls, ...codeRows, ...geometryRows, ...identityRows, ...roleRows, ...referenceRows, ...textRows,
];

/** Everything a write would change: counts and version sums per table, audit entries, data revisions. */
async function writeState(): Promise<string> {
  const tables = [...Object.values(TABLE_OF), 'street'];
  const [row] = await app.dataSource.query(
    `SELECT ${tables.map((t) => `(SELECT count(*) || '/' || coalesce(sum(version), 0) FROM "${t}") AS "${t}"`).join(', ')},
            (SELECT count(*) FROM audit_entry) AS audit,
            (SELECT string_agg(name || '=' || revision, ',' ORDER BY name) FROM data_revision) AS revisions`,
  );
  return JSON.stringify(row);
}

beforeAll(async () => {
  app = await startTestApp();
  existing.CameraModel = await newCameraModel(app);
  existing.Pole = await newPole(app);
  existing.Camera = await newCamera(app, { modelId: existing.CameraModel.id });
  existing.NetworkNode = await newNetworkNode(app);
  existing.FiberRun = await newFiberRun(app);
  existing.PowerSource = await newPowerSource(app);
  existing.PowerFeed = await newPowerFeed(app);
  existing.BlackSpot = await newBlackSpot(app);
  existing.Building = await newBuilding(app);
  existing.Zone = await newZone(app);
  existing.RecordingProfile = await newRecordingProfile(app);
  const codes: { code: string; id: string }[][] = await Promise.all(
    CODED.map((typeName) => app.dataSource.query(`SELECT id, code FROM "${TABLE_OF[typeName]}"`)),
  );
  CODED.forEach((typeName, index) => {
    existing[typeName].code = codes[index].find((row) => row.id === existing[typeName].id)!.code;
  });
  const second: Record<string, () => Promise<{ id: string }>> = {
    CameraModel: () => newCameraModel(app), Pole: () => newPole(app), Camera: () => newCamera(app, { modelId: existing.CameraModel.id }),
    NetworkNode: () => newNetworkNode(app), FiberRun: () => newFiberRun(app), PowerSource: () => newPowerSource(app),
    PowerFeed: () => newPowerFeed(app), BlackSpot: () => newBlackSpot(app), Zone: () => newZone(app),
    RecordingProfile: () => newRecordingProfile(app),
  };
  for (const typeName of CODED) {
    const { id } = await second[typeName]();
    others[typeName] = (await app.dataSource.query(`SELECT code FROM "${TABLE_OF[typeName]}" WHERE id = $1`, [id]))[0].code;
  }
});
afterAll(async () => {
  await app?.close();
});

describe('bad values are refused with a code and write nothing', () => {
  it(`has at least 240 rows (${rows.length})`, () => {
    expect(rows.length).toBeGreaterThanOrEqual(240);
    expect(new Set(rows.map((row) => row.name)).size).toBe(rows.length);
  });

  it.each(rows.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    const before = await writeState();
    const client = row.as === 'anonymous' ? app.anonymous() : row.as ? app.as(row.as) : app;
    const started = performance.now();
    const result = await client.graphql(row.query, row.variables());
    const elapsed = performance.now() - started;
    const error = result.errors?.[0];
    expect({ code: error?.extensions?.code, message: error?.message }).toEqual({ code: row.code, message: expect.stringMatching(row.message ?? /./) });
    expect(result.data?.result ?? null).toBeNull();
    expect(await writeState()).toBe(before);
    expect(elapsed).toBeLessThan(2000);
  });
});

describe('an update that changes nothing writes nothing, whoever sends it', () => {
  const noOps: [string, TypeName, Role, () => Fields][] = [
    ...TYPES.map((typeName): [string, TypeName, Role, () => Fields] => ['nothing', typeName, 'engineer', () => ({})]),
    ...PHYSICAL.map((typeName): [string, TypeName, Role, () => Fields] => ['nothing', typeName, 'maintenance', () => ({})]),
    ['the same height and kind', 'Pole', 'engineer', () => ({ heightMeters: 9, kind: 'street_light' })],
    ['the same heading and location', 'Camera', 'engineer', () => ({ headingDegrees: 90, location: point(0, 0) })],
    ['the same path and strands', 'FiberRun', 'engineer', () => ({ path: line([0, 0], [50, 0], [100, 20]), strandCount: 12 })],
    ['the same footprint and height', 'Building', 'engineer', () => ({ footprint: rectangle(10, 10, 30, 25), heightMeters: 12 })],
    ['its own code padded', 'Zone', 'engineer', () => ({ code: ` ${existing.Zone.code} ` })],
    ['the same price and code', 'CameraModel', 'engineer', () => ({ unitPriceMad: 4200, code: existing.CameraModel.code })],
    ['the status it already has', 'Pole', 'maintenance', () => ({ status: 'planned' })],
  ];
  it.each(noOps.map(([what, typeName, role, change]) => [`${typeName} by ${role}: ${what}`, typeName, role, change] as const))(
    '%s',
    async (_name, typeName, role, change) => {
      const before = await writeState();
      const { result } = await app.as(role).ok(
        `mutation($input: Update${typeName}Input!) { result: update${typeName}(input: $input) { id version } }`,
        { input: { id: existing[typeName].id, version: existing[typeName].version, ...change() } },
      );
      expect(result).toEqual({ id: existing[typeName].id, version: existing[typeName].version });
      expect(await writeState()).toBe(before);
    },
  );

  it('still writes a real change (and its audit entry) once', async () => {
    const before = Number((await app.dataSource.query('SELECT count(*) FROM audit_entry'))[0].count);
    const pole = await newPole(app);
    const { result } = await app.ok(`mutation($input: UpdatePoleInput!) { result: updatePole(input: $input) { version heightMeters } }`, {
      input: { id: pole.id, version: 1, heightMeters: 9.5 },
    });
    expect(result).toEqual({ version: 2, heightMeters: 9.5 });
    expect(Number((await app.dataSource.query('SELECT count(*) FROM audit_entry'))[0].count)).toBe(before + 2);
  });
});

describe('codes are stored trimmed and compared whatever the case', () => {
  it('trims a padded code on create', async () => {
    const { result } = await app.ok(`mutation($input: CreatePoleInput!) { result: createPole(input: $input) { code } }`, {
      input: { ...validInputs.Pole(), code: '  POLE-TRIM-1 ' },
    });
    expect(result.code).toBe('POLE-TRIM-1');
  });
});

describe('the database holds the bounds on its own', () => {
  const columns = Object.entries(BOUNDED_TABLES).flatMap(([table, typeName]) =>
    Object.entries(BOUNDS[typeName]).map(([property, bound]) => [table, typeName, property, bound] as const),
  );

  it('refuses a raw INSERT of a camera model priced 1e308', async () => {
    await expect(
      app.dataSource.query(
        `INSERT INTO camera_model (version, code, manufacturer, name, kind, horizontal_pixels, vertical_pixels, sensor_width_mm, focal_length_min_mm,
           power_draw_watts, typical_bitrate_mbps, unit_price_mad) VALUES (1, 'RAW-1', 'x', 'x', 'fixed_bullet', 1920, 1080, 5.37, 2.8, 9, 4, 1e308)`,
      ),
    ).rejects.toMatchObject({ driverError: { code: '23514', constraint: 'camera_model_unit_price_mad_range' } });
  });

  it.each(columns.map(([table, typeName, property, bound]) => [`${table}.${snakeCase(property)}`, table, typeName, property, bound] as const))(
    '%s: a raw UPDATE beyond its range is refused by its CHECK',
    async (_name, table, typeName, property, bound) => {
      const id = existing[typeName as TypeName].id;
      for (const value of [bound.maxExclusive ? bound.max : bound.max + 1, bound.min - 1, ...(bound.integer ? [] : ['NaN', 'Infinity', '-Infinity'])]) {
        await expect(app.dataSource.query(`UPDATE "${table}" SET "${snakeCase(property)}" = $1 WHERE id = $2`, [value, id])).rejects.toMatchObject({
          driverError: { code: '23514', constraint: boundCheck(property, bound).name(table) },
        });
      }
    },
  );

  it('refuses a PTZ preset out of range written by hand into the jsonb column', async () => {
    for (const preset of [{ headingDegrees: 360, tiltDegrees: 0, zoomFactor: 1 }, { headingDegrees: 0, tiltDegrees: 0, zoomFactor: 1e308 }]) {
      await expect(
        app.dataSource.query(`UPDATE camera SET ptz_presets = $1::jsonb WHERE id = $2`, [JSON.stringify([{ name: 'Gate', ...preset }]), existing.Camera.id]),
      ).rejects.toMatchObject({ driverError: { code: '23514', constraint: 'camera_ptz_presets_range' } });
    }
  });

  it('refuses blank, padded and case-variant codes written by hand', async () => {
    for (const code of ['', '  ', ` ${existing.Pole.code}`]) {
      await expect(app.dataSource.query(`UPDATE pole SET code = $1 WHERE id = $2`, [code, existing.Pole.id])).rejects.toMatchObject({
        driverError: { code: '23514', constraint: 'pole_code_trimmed' },
      });
    }
    await expect(app.dataSource.query(`UPDATE pole SET code = $1 WHERE id = $2`, [others.Pole.toLowerCase(), existing.Pole.id])).rejects.toMatchObject({
      driverError: { code: '23505', constraint: 'pole_code_normalised' },
    });
  });
});

describe('the bill of quantities stays finite at the largest stored values', () => {
  it('answers with the dearest camera and the longest cables', async () => {
    const model = await newCameraModel(app, { unitPriceMad: BOUNDS.CameraModel.unitPriceMad.max, powerDrawWatts: BOUNDS.CameraModel.powerDrawWatts.max });
    for (let index = 0; index < 3; index++) await newCamera(app, { modelId: model.id, location: point(index * 10, 200) });
    const { bill } = await app.ok(`{ bill: billOfQuantities { overall { totalBeforeTaxMad } usedFraction } }`);
    expect(Number.isFinite(bill.overall.totalBeforeTaxMad)).toBe(true);
    expect(bill.overall.totalBeforeTaxMad).toBeGreaterThanOrEqual(3 * BOUNDS.CameraModel.unitPriceMad.max);
  });
});
