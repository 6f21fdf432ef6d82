import type { LineString, Point, Polygon, Position } from 'geojson';
import type { TestApp } from './test-app';

/** Place Florence, roughly: the origin of the small test scenes. */
export const FES_ORIGIN: Position = [-5.0003, 34.0433];
const METERS_PER_DEGREE_LATITUDE = 111_320;

/** A position `east` and `north` metres from the origin (good to a few cm over a few km). */
export function nearFes(eastMeters: number, northMeters: number): Position {
  const longitude = FES_ORIGIN[0] + eastMeters / (METERS_PER_DEGREE_LATITUDE * Math.cos((FES_ORIGIN[1] * Math.PI) / 180));
  const latitude = FES_ORIGIN[1] + northMeters / METERS_PER_DEGREE_LATITUDE;
  return [Number(longitude.toFixed(8)), Number(latitude.toFixed(8))];
}

export const point = (east: number, north: number): Point => ({ type: 'Point', coordinates: nearFes(east, north) });
export const line = (...eastNorth: [number, number][]): LineString => ({
  type: 'LineString',
  coordinates: eastNorth.map(([east, north]) => nearFes(east, north)),
});
/** An axis-aligned rectangle in metres from the origin. */
export const rectangle = (west: number, south: number, east: number, north: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[nearFes(west, south), nearFes(east, south), nearFes(east, north), nearFes(west, north), nearFes(west, south)]],
});

let sequence = 0;
export const uniqueCode = (prefix: string) => `${prefix}-${++sequence}-${Math.random().toString(36).slice(2, 6)}`;

type Fields = Record<string, unknown>;

async function create(app: TestApp, typeName: string, input: Fields, selection = 'id version'): Promise<Fields & { id: string; version: number }> {
  const data = await app.ok<Record<string, Fields & { id: string; version: number }>>(
    `mutation($input: Create${typeName}Input!) { created: create${typeName}(input: $input) { ${selection} } }`,
    { input },
  );
  return data.created;
}

/**
 * A valid create input of each type, as the API takes it (a camera still needs its modelId): the
 * factories below send these, and tables of bad inputs change one field at a time.
 */
export const validInputs = {
  CameraModel: (): Fields => ({
    code: uniqueCode('MODEL'), manufacturer: 'Testcam', name: '4 MP varifocal bullet', kind: 'fixed_bullet',
    horizontalPixels: 2688, verticalPixels: 1520, sensorWidthMm: 5.37, focalLengthMinMm: 2.8, focalLengthMaxMm: 12,
    irRangeMeters: 60, powerDrawWatts: 12, typicalBitrateMbps: 6, unitPriceMad: 4200,
  }),
  Pole: (): Fields => ({ code: uniqueCode('POLE'), kind: 'street_light', heightMeters: 9, location: point(0, 0) }),
  Camera: (): Fields => ({ code: uniqueCode('CAM'), location: point(0, 0), mountHeightMeters: 6, headingDegrees: 90 }),
  NetworkNode: (): Fields => ({ code: uniqueCode('NODE'), name: 'Cabinet', kind: 'cabinet', location: point(0, 0), portCount: 24 }),
  FiberRun: (): Fields => ({
    code: uniqueCode('FR'), path: line([0, 0], [50, 0], [100, 20]), strandCount: 12, cableType: 'sm_g652d', installMethod: 'underground_duct',
  }),
  PowerSource: (): Fields => ({ code: uniqueCode('PS'), name: 'Supply point', kind: 'utility_supply', location: point(0, 0), capacityWatts: 5000, voltage: 230 }),
  PowerFeed: (): Fields => ({ code: uniqueCode('PF'), path: line([0, 0], [40, 0]), capacityWatts: 1000, voltage: 230 }),
  BlackSpot: (): Fields => ({
    code: uniqueCode('BS'), name: 'Square', boundary: rectangle(0, 0, 80, 60), category: 'crime', priority: 4, requiredLevel: 'recognition',
  }),
  Building: (): Fields => ({ footprint: rectangle(10, 10, 30, 25), heightMeters: 12 }),
  Zone: (): Fields => ({ code: uniqueCode('ZONE'), name: 'Test district', boundary: rectangle(-500, -500, 500, 500) }),
  RecordingProfile: (): Fields => ({ code: uniqueCode('REC'), name: 'Recording profile' }),
};

export const newCameraModel = (app: TestApp, input: Fields = {}) => create(app, 'CameraModel', { ...validInputs.CameraModel(), ...input });

export const newPole = (app: TestApp, input: Fields = {}) => create(app, 'Pole', { ...validInputs.Pole(), ...input });

export async function newCamera(app: TestApp, input: Fields = {}) {
  const modelId = input.modelId ?? (await newCameraModel(app)).id;
  // The API commissions a new camera only with an accepted as-built record, a photo, a network path
  // and power (acceptance/commissioning-rule.ts). Scenes that only need a commissioned camera get one
  // the way the demo seeder does: by SQL (the one bypass, test and seed data only).
  if (input.status === 'commissioned' && !input.existing) {
    const camera = await create(app, 'Camera', { ...validInputs.Camera(), modelId, ...input, status: 'installed' });
    await app.dataSource.query(`UPDATE camera SET status = 'commissioned' WHERE id = $1`, [camera.id]);
    return camera;
  }
  return create(app, 'Camera', { ...validInputs.Camera(), modelId, ...input });
}

export const newNetworkNode = (app: TestApp, input: Fields = {}) => create(app, 'NetworkNode', { ...validInputs.NetworkNode(), ...input });

export const newFiberRun = (app: TestApp, input: Fields = {}) => create(app, 'FiberRun', { ...validInputs.FiberRun(), ...input });

export const newPowerSource = (app: TestApp, input: Fields = {}) => create(app, 'PowerSource', { ...validInputs.PowerSource(), ...input });

export const newPowerFeed = (app: TestApp, input: Fields = {}) => create(app, 'PowerFeed', { ...validInputs.PowerFeed(), ...input });

export const newBlackSpot = (app: TestApp, input: Fields = {}) => create(app, 'BlackSpot', { ...validInputs.BlackSpot(), ...input });

export const newBuilding = (app: TestApp, input: Fields = {}) => create(app, 'Building', { ...validInputs.Building(), ...input });

export const newZone = (app: TestApp, input: Fields = {}) => create(app, 'Zone', { ...validInputs.Zone(), ...input });

export const newRecordingProfile = (app: TestApp, input: Fields = {}) => create(app, 'RecordingProfile', { ...validInputs.RecordingProfile(), ...input });

/** Row counts of every table: a refusal must leave them all unchanged. */
export async function tableCounts(app: TestApp): Promise<Record<string, number>> {
  const tables = ['zone', 'pole', 'camera_model', 'camera', 'network_node', 'fiber_run', 'power_source', 'power_feed', 'black_spot', 'building'];
  const [row] = await app.dataSource.query(`SELECT ${tables.map((t) => `(SELECT count(*)::int FROM "${t}") AS "${t}"`).join(', ')}`);
  return row;
}

/** A fingerprint of every row (incl. versions): equal before and after means nothing was written. */
export async function databaseFingerprint(app: TestApp): Promise<string> {
  const tables = [
    'zone', 'pole', 'camera_model', 'camera', 'network_node', 'fiber_run', 'power_source', 'power_feed', 'black_spot', 'building',
    'organisation', 'app_user', 'refresh_token', 'audit_entry',
  ];
  const parts = await Promise.all(
    tables.map(async (t) => {
      const [{ digest }] = await app.dataSource.query(`SELECT md5(coalesce(string_agg(r::text, '|' ORDER BY r.id), '')) AS digest FROM "${t}" r`);
      return `${t}:${digest}`;
    }),
  );
  return parts.join(',');
}

/** An organisation, made by the admin test user. */
export const newOrganisation = async (app: TestApp, input: Fields = {}) =>
  (
    await app.as('admin').ok<{ created: Fields & { id: string; version: number } }>(
      'mutation($input: CreateOrganisationInput!) { created: createOrganisation(input: $input) { id version name kind } }',
      { input: { name: uniqueCode('Org'), kind: 'contractor', ...input } },
    )
  ).created;

/** A user, made by the admin test user; its password is returned with it. */
export async function newUser(app: TestApp, input: Fields = {}) {
  const password = (input.password as string | undefined) ?? 'a-long-test-password';
  const { created } = await app.as('admin').ok<{ created: { id: string; version: number; email: string; role: string } }>(
    'mutation($input: CreateUserInput!) { created: createUser(input: $input) { id version email role disabled organisation { id } } }',
    { input: { email: `${uniqueCode('user').toLowerCase()}@test.vigie`, name: 'Test user', role: 'viewer', ...input, password } },
  );
  return { ...created, password };
}
