import type { Point, Polygon, Position } from 'geojson';
import request from 'supertest';
import { AuthTokens } from '../../backend/src/auth/auth-tokens';
import { createUtmProjection } from '../../backend/src/core/geometry/projection';
import { startTestApp, type TestApp } from '../support/test-app';
import { FES_ORIGIN, newBlackSpot, newCamera, newCameraModel, newFiberRun, newNetworkNode, newPole, newPowerFeed, newPowerSource } from '../support/factories';
import { testPhoto } from '../evidence/test-photos';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Acceptance of an installed camera against its design, on a scene whose answer is computed by hand.
 * Built in the deployment's projected CRS (UTM 30N), metres from the camera C, so that "east" is the
 * grid's east, as the coverage engine measures it (true north is about 1° off the grid at Fès).
 *
 *   y (m)
 *    15 +            +==========+=============+      B: black spot x 20..40, y 0..15, required level detection
 *       |            |\ lost    |             |      C: camera, 6 m high, heading 90 (east), 90° field of view,
 *       |            |  \       |             |         so it sees 45° either side of east: all of B (corner
 *       |            |    \ 25° edge as built |         (20, 15) is 36.9° off the axis; B's far corner is 42.7 m,
 *       |            |      \                 |         within the 53.8 m detection depth)
 *     0 C------------+--------\---------------+      As built turned 20° clockwise (heading 110): its north edge
 *       0           20                       40         is the ray 25° above east, y = x tan 25°. B loses the
 *                                                       triangle (20, 20 tan 25°), (20, 15), (15 / tan 25°, 15):
 *   lost = ½ (15 − 20 tan 25°)(15 / tan 25° − 20) = 34.52 m² of 300 m², 11.51 points.
 */
const projection = createUtmProjection(32630);
const origin = projection.toMeters(FES_ORIGIN);
const at = (x: number, y: number): Position => projection.toLonLat({ x: origin.x + x, y: origin.y + y });
const pointAt = (x: number, y: number): Point => ({ type: 'Point', coordinates: at(x, y) });
const box = (west: number, south: number, east: number, north: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[at(west, south), at(east, south), at(east, north), at(west, north), at(west, south)]],
});
const tan25 = Math.tan((25 * Math.PI) / 180);
const EXPECTED_LOSS_POINTS = ((0.5 * (15 - 20 * tan25) * (15 / tan25 - 20)) / 300) * 100;

let app: TestApp;
let directory: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'vigie-acceptance-test-'));
  app = await startTestApp({ evidence: { storage: { kind: 'directory', directory }, maxPhotoBytes: 1_000_000, maxDistanceMeters: 50 } });
  // 5.37 mm sensor, 2.685 mm lens: exactly 90° horizontally.
  const model = await newCameraModel(app, { focalLengthMinMm: 2.685, focalLengthMaxMm: 12 });
  ids.model = model.id;
  ids.CC = (await newNetworkNode(app, { code: 'CC', kind: 'control_centre', location: pointAt(-100, 0), portCount: 8 })).id;
  ids.P1 = (await newPole(app, { code: 'P1', location: pointAt(0, 0), heightMeters: 6 })).id;
  ids.C = (await newCamera(app, {
    code: 'C', modelId: model.id, poleId: ids.P1, mountHeightMeters: 6, headingDegrees: 90, status: 'in_progress',
    assignedOrganisationId: app.organisations.contractor,
  })).id;
  ids.B = (await newBlackSpot(app, { code: 'B', boundary: box(20, 0, 40, 15), requiredLevel: 'detection', priority: 3 })).id;
});
afterAll(async () => {
  await app?.close();
  if (directory) await rm(directory, { recursive: true, force: true });
});

const RECORD = `mutation($input: RecordCameraAsBuiltInput!) { recordCameraAsBuilt(input: $input) {
  id version current acceptanceState deviations { kind value tolerance message } } }`;
const ACCEPTANCE = `query($id: ID!) { cameraAcceptance(cameraId: $id) {
  asBuiltId headingDeviationDegrees positionDeviationMeters withinTolerance deviations { kind }
  blackSpots { blackSpotCode designCoveredPercent asBuiltCoveredPercent lossPoints outOfTolerance }
  designCoverage { level areaSquareMeters } asBuiltCoverage { level areaSquareMeters } } }`;
const asBuilt = (values: Record<string, unknown> = {}) => ({
  cameraId: ids.C, location: pointAt(0, 0), headingDegrees: 90, tiltDegrees: 0, mountHeightMeters: 6, serialNumber: 'SN-1', ...values,
});

describe('a camera turned 20 degrees', () => {
  it('loses the hand-computed share of its black spot and needs correction, with the reasons', async () => {
    const { recordCameraAsBuilt: record } = await app.as('contractor').ok(RECORD, { input: asBuilt({ headingDegrees: 110 }) });
    expect(record.acceptanceState).toBe('needs_correction');
    expect(record.deviations.map((d: { kind: string }) => d.kind)).toEqual(['heading', 'black_spot']);
    expect(record.deviations[0]).toMatchObject({ value: 20, tolerance: 5 });
    expect(record.deviations[1].value).toBeCloseTo(EXPECTED_LOSS_POINTS, 1);

    const { cameraAcceptance: acceptance } = await app.ok(ACCEPTANCE, { id: ids.C });
    expect(acceptance.asBuiltId).toBe(record.id);
    expect(acceptance.headingDeviationDegrees).toBe(20);
    const [spot] = acceptance.blackSpots;
    expect(spot.blackSpotCode).toBe('B');
    expect(spot.designCoveredPercent).toBeCloseTo(100, 1);
    expect(spot.asBuiltCoveredPercent).toBeCloseTo(100 - EXPECTED_LOSS_POINTS, 1);
    expect(spot.lossPoints).toBeCloseTo(EXPECTED_LOSS_POINTS, 1);
    expect(spot.outOfTolerance).toBe(true);
    // Same engine, same optics: turning a camera in an empty scene does not change how much it sees.
    expect(acceptance.asBuiltCoverage.map((c: { areaSquareMeters: number }) => c.areaSquareMeters)).toEqual(
      acceptance.designCoverage.map((c: { areaSquareMeters: number }) => expect.closeTo(c.areaSquareMeters, 1)),
    );
  });

  it('is sent back with a comment, then re-measured within tolerance, accepted, and its history kept', async () => {
    const { cameraAsBuilt: turned } = await app.ok(`query($id: ID!) { cameraAsBuilt(cameraId: $id) { id version } }`, { id: ids.C });
    const noComment = await app.graphql(`mutation($input: ReviewCameraAsBuiltInput!) { sendBackCameraAsBuilt(input: $input) { id } }`, { input: { id: turned.id, version: turned.version } });
    expect(noComment.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/needs a comment/) });
    const byContractor = await app.as('contractor').graphql(`mutation($input: ReviewCameraAsBuiltInput!) { acceptCameraAsBuilt(input: $input) { id } }`, { input: { id: turned.id, version: turned.version } });
    expect(byContractor.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { sendBackCameraAsBuilt: sent } = await app.ok(
      `mutation($input: ReviewCameraAsBuiltInput!) { sendBackCameraAsBuilt(input: $input) { acceptanceState reviewComment } }`,
      { input: { id: turned.id, version: turned.version, comment: 'Turn it back to face the square.' } },
    );
    expect(sent).toEqual({ acceptanceState: 'sent_back', reviewComment: 'Turn it back to face the square.' });

    // 2° off and 1 m north: within tolerance (B's corner is still 6° inside the view), so pending.
    const { recordCameraAsBuilt: fixed } = await app.as('contractor').ok(RECORD, { input: asBuilt({ headingDegrees: 92, location: pointAt(0, 1) }) });
    expect(fixed).toMatchObject({ acceptanceState: 'pending', deviations: [], current: true });
    const { cameraAcceptance: acceptance } = await app.ok(ACCEPTANCE, { id: ids.C });
    expect(acceptance.positionDeviationMeters).toBeCloseTo(1, 1);
    expect(acceptance.blackSpots[0].lossPoints).toBeCloseTo(0, 1);
    const { acceptCameraAsBuilt: accepted } = await app.ok(
      `mutation($input: ReviewCameraAsBuiltInput!) { acceptCameraAsBuilt(input: $input) { acceptanceState reviewedByUserId } }`,
      { input: { id: fixed.id, version: fixed.version } },
    );
    expect(accepted).toEqual({ acceptanceState: 'accepted', reviewedByUserId: app.users.engineer.id });
    const { cameraAsBuiltHistory: history } = await app.ok(`query($id: ID!) { cameraAsBuiltHistory(cameraId: $id) { acceptanceState current } }`, { id: ids.C });
    expect(history).toEqual([{ acceptanceState: 'accepted', current: true }, { acceptanceState: 'sent_back', current: false }]);
    const audited = await app.dataSource.query(`SELECT action FROM audit_entry WHERE entity_type = 'CameraAsBuilt' ORDER BY id`);
    expect(audited.map((row: { action: string }) => row.action)).toEqual(['create', 'update', 'create', 'update']);
  });
});

describe('commissioning', () => {
  const commission = async (version: number) =>
    app.graphql(`mutation($input: UpdateCameraInput!) { updateCamera(input: $input) { status } }`, { input: { id: ids.C, version, status: 'commissioned' } });
  const versionOf = async () => (await app.dataSource.query('SELECT version FROM camera WHERE id = $1', [ids.C]))[0].version as number;

  it('is refused while a photo, a network path and power are missing, naming each; then goes through', async () => {
    const refused = await commission(await versionOf());
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'COMMISSIONING_REQUIREMENTS_MISSING', missing: ['photo', 'network_path', 'power'] });
    expect(refused.errors?.[0].message).toMatch(/no photo.*no network path to the control centre.*no power/);
    expect((await app.dataSource.query('SELECT status FROM camera WHERE id = $1', [ids.C]))[0].status).toBe('in_progress');

    const tokens = app.app.get(AuthTokens, { strict: false });
    const uploaded = await request(app.app.getHttpServer())
      .post('/api/evidence').query({ assetType: 'camera', assetId: ids.C })
      .set('authorization', `Bearer ${(await tokens.signAccessToken(app.users.contractor)).token}`)
      .set('content-type', 'image/jpeg').send(await testPhoto({ gps: at(3, 0) }));
    expect(uploaded.status).toBe(201);
    const run = await newFiberRun(app, { code: 'R1', path: { type: 'LineString', coordinates: [at(-100, 0), at(0, 0)] }, from: { kind: 'network_node', id: ids.CC }, to: { kind: 'pole', id: ids.P1 } });
    const source = await newPowerSource(app, { code: 'PS', location: pointAt(0, -50) });
    await newPowerFeed(app, { code: 'F1', path: { type: 'LineString', coordinates: [at(0, -50), at(0, 0)] }, fromPowerSourceId: source.id, to: { kind: 'pole', id: ids.P1 } });
    const { commissioningMissing } = await app.ok(`query($id: ID!) { commissioningMissing(cameraId: $id) }`, { id: ids.C });
    expect(commissioningMissing).toEqual(['path_built']);

    await app.ok(`mutation($input: UpdateFiberRunInput!) { updateFiberRun(input: $input) { id } }`, { input: { id: run.id, version: run.version, status: 'installed' } });
    const done = await commission(await versionOf());
    expect(done.errors).toBeUndefined();
    expect(done.data?.updateCamera.status).toBe('commissioned');
  });

  it('is refused for a new camera without an as-built record, and never by a contractor', async () => {
    const other = await newCamera(app, { modelId: ids.model, location: pointAt(0, 30), headingDegrees: 0, status: 'installed', assignedOrganisationId: app.organisations.contractor });
    const refused = await app.graphql(`mutation($input: UpdateCameraInput!) { updateCamera(input: $input) { status } }`, { input: { id: other.id, version: other.version, status: 'commissioned' } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', missing: ['accepted_as_built', 'photo', 'network_path', 'power'] });
    const created = await app.graphql(`mutation($input: CreateCameraInput!) { createCamera(input: $input) { id } }`, {
      input: { code: 'NEW', modelId: ids.model, location: pointAt(0, 40), mountHeightMeters: 5, headingDegrees: 0, status: 'commissioned' },
    });
    expect(created.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', missing: ['accepted_as_built', 'photo'] });
    const byContractor = await app.as('contractor').graphql(`mutation($input: UpdateCameraInput!) { updateCamera(input: $input) { status } }`, { input: { id: other.id, version: other.version, status: 'commissioned' } });
    expect(byContractor.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
