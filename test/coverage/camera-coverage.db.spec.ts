import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import { newBuilding, newCamera, newCameraModel, point, rectangle } from '../support/factories';

/**
 * Stored camera coverage through the real API on real PostGIS: written on create, rewritten on every
 * change of the camera, its model or a building in reach, untouched by refused edits; previews write
 * nothing and match what a create stores.
 *
 * The factory camera: 4 MP (2688 px) varifocal at its widest 2.8 mm (HFOV ~88 degrees), 6 m up,
 * tilt 0: detection (25 px/m) from ~11 m (below that the ground is under the picture) to ~56 m.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const COVERAGE = 'coverage { cameraId level area areaSquareMeters nearMeters farMeters unavailableReason }';

interface Coverage {
  cameraId: string;
  level: string;
  area: { type: string; coordinates: number[][][][] };
  areaSquareMeters: number;
  nearMeters: number | null;
  farMeters: number | null;
  unavailableReason: string | null;
}

async function coverageOf(cameraId: string): Promise<Coverage[]> {
  const data = await app.ok<{ camera: { coverage: Coverage[] } }>(`query($id: ID!) { camera(id: $id) { ${COVERAGE} } }`, { id: cameraId });
  return data.camera.coverage;
}

const detection = (coverage: Coverage[]) => coverage.find((entry) => entry.level === 'detection') as Coverage;

async function storedRows(cameraId: string): Promise<{ id: string; level: string; area_square_meters: number; computed_from: any }[]> {
  return app.dataSource.query('SELECT id, level, area_square_meters, computed_from FROM camera_coverage WHERE camera_id = $1 ORDER BY level', [cameraId]);
}

/** Centroid of a stored level, in metres east/north of the camera (rough, from degrees). */
async function centroidOffset(cameraId: string, level: string): Promise<{ east: number; north: number }> {
  const [row] = await app.dataSource.query(
    `SELECT ST_X(ST_Centroid(c.area)) - ST_X(cam.location) AS dx, ST_Y(ST_Centroid(c.area)) - ST_Y(cam.location) AS dy
       FROM camera_coverage c JOIN camera cam ON cam.id = c.camera_id WHERE c.camera_id = $1 AND c.level = $2`,
    [cameraId, level],
  );
  return { east: row.dx * 111_320 * Math.cos((34.04 * Math.PI) / 180), north: row.dy * 111_320 };
}

async function updateCamera(input: Record<string, unknown>) {
  return app.graphql<{ updateCamera: { id: string; version: number; coverage: Coverage[] } }>(
    `mutation($input: UpdateCameraInput!) { updateCamera(input: $input) { id version ${COVERAGE} } }`,
    { input },
  );
}

describe('stored camera coverage', () => {
  it('is stored for the four DORI levels when a camera is created', async () => {
    const camera = await newCamera(app, { location: point(0, 0), headingDegrees: 90 });
    const coverage = await coverageOf(camera.id);
    expect(coverage.map((entry) => entry.level)).toEqual(['detection', 'observation', 'recognition', 'identification']);
    const seen = detection(coverage);
    expect(seen.cameraId).toBe(camera.id);
    expect(seen.area.type).toBe('MultiPolygon');
    expect(seen.areaSquareMeters).toBeGreaterThan(500);
    expect(seen.nearMeters).toBeCloseTo(11.05, 1);
    expect(seen.farMeters).toBeGreaterThan(50);
    expect(seen.farMeters).toBeLessThan(57);
    // Finer levels lie inside coarser ones.
    const areas = coverage.map((entry) => entry.areaSquareMeters);
    for (let index = 1; index < areas.length; index++) expect(areas[index]).toBeLessThanOrEqual(areas[index - 1] + 1e-6);
    // An unreachable level says why, with an empty area.
    const identification = coverage.find((entry) => entry.level === 'identification') as Coverage;
    expect(identification.unavailableReason).toBe('blind_zone_beyond_density_limit');
    expect(identification.area.coordinates).toEqual([]);

    const rows = await storedRows(camera.id);
    expect(rows).toHaveLength(4);
    expect(rows[0].computed_from).toMatchObject({ cameraVersion: 1, modelVersion: 1, buildingCount: 0, projectedSrid: 32630 });
    expect(rows[0].computed_from.ladder).toMatch(/^detection:25ppm/);
    // Looking east: the seen ground lies east of the camera.
    const centre = await centroidOffset(camera.id, 'detection');
    expect(centre.east).toBeGreaterThan(20);
    expect(Math.abs(centre.north)).toBeLessThan(2);
  });

  it('follows a heading edit, with the new camera version', async () => {
    const camera = await newCamera(app, { location: point(2000, 0), headingDegrees: 90 });
    const updated = await updateCamera({ id: camera.id, version: camera.version, headingDegrees: 180 });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateCamera.version).toBe(2);
    // The mutation's own answer already carries the new coverage.
    expect(updated.data?.updateCamera.coverage).toHaveLength(4);
    const centre = await centroidOffset(camera.id, 'detection');
    expect(centre.north).toBeLessThan(-20);
    expect(Math.abs(centre.east)).toBeLessThan(2);
    const rows = await storedRows(camera.id);
    expect(rows.every((row) => row.computed_from.cameraVersion === 2)).toBe(true);
  });

  /*
   * Building in front of the camera (plan view, metres, north up):
   *
   *        y
   *     10 |        +---------+
   *        |        | 12 m    |      camera at (4000, 0), 6 m up, heading east (90),
   *  cam ->*        | tall    |      sees ~11-56 m ahead in a ~88-degree sector;
   *        |        |         |      the building (x 4015-4025, y -10..10) is taller than
   *    -10 |        +---------+      the camera: everything behind it is hidden.
   *        +--------+---------+----> x
   *       4000     4015      4025
   */
  it('shrinks behind a building put in front of the camera and comes back when it is deleted', async () => {
    const camera = await newCamera(app, { location: point(4000, 0), headingDegrees: 90 });
    const open = detection(await coverageOf(camera.id)).areaSquareMeters;
    const [before] = await storedRows(camera.id);

    const building = await newBuilding(app, { footprint: rectangle(4015, -10, 4025, 10), heightMeters: 12 });
    const blocked = detection(await coverageOf(camera.id)).areaSquareMeters;
    // The building hides a wedge of about 67 of the 88 degrees beyond 15 m.
    expect(blocked).toBeLessThan(open * 0.6);
    const [after] = await storedRows(camera.id);
    expect(after.computed_from.buildingCount).toBe(1);
    expect(after.computed_from.buildingsDigest).not.toBe(before.computed_from.buildingsDigest);

    // A building well beyond the camera's reach (300 m away) leaves its stored rows alone.
    const rowIds = (await storedRows(camera.id)).map((row) => row.id);
    await newBuilding(app, { footprint: rectangle(4300, -10, 4310, 10), heightMeters: 12 });
    expect((await storedRows(camera.id)).map((row) => row.id)).toEqual(rowIds);

    // Lowering it to 3 m (below the lens) lets the camera see most ground behind it again.
    const lowered = await app.ok<{ updateBuilding: { version: number } }>(
      'mutation($input: UpdateBuildingInput!) { updateBuilding(input: $input) { version } }',
      { input: { id: building.id, version: building.version, heightMeters: 3 } },
    );
    const low = detection(await coverageOf(camera.id)).areaSquareMeters;
    expect(low).toBeGreaterThan(blocked);
    expect(low).toBeLessThan(open);

    await app.ok('mutation($id: ID!, $version: Int!) { deleteBuilding(id: $id, version: $version) { id } }', {
      id: building.id,
      version: lowered.updateBuilding.version,
    });
    expect(detection(await coverageOf(camera.id)).areaSquareMeters).toBeCloseTo(open, 6);
    const [restored] = await storedRows(camera.id);
    expect(restored.computed_from.buildingsDigest).toBe(before.computed_from.buildingsDigest);
  });

  it('recomputes every camera of a model when the model changes', async () => {
    const model = await newCameraModel(app);
    const first = await newCamera(app, { modelId: model.id, location: point(6000, 0) });
    const second = await newCamera(app, { modelId: model.id, location: point(6500, 0) });
    const firstArea = detection(await coverageOf(first.id)).areaSquareMeters;
    // A longer shortest focal length: narrower, deeper view.
    await app.ok('mutation($input: UpdateCameraModelInput!) { updateCameraModel(input: $input) { id } }', {
      input: { id: model.id, version: model.version, focalLengthMinMm: 4 },
    });
    for (const camera of [first, second]) {
      const rows = await storedRows(camera.id);
      expect(rows.every((row) => row.computed_from.modelVersion === 2)).toBe(true);
      expect(detection(await coverageOf(camera.id)).farMeters).toBeGreaterThan(75);
    }
    expect(detection(await coverageOf(first.id)).areaSquareMeters).not.toBeCloseTo(firstArea, 0);
  });

  it('is left unchanged by refused edits (stale version, invalid value, focal length out of range)', async () => {
    const camera = await newCamera(app, { location: point(8000, 0) });
    const snapshot = async () =>
      app.dataSource.query('SELECT id, level, area_square_meters, computed_from, ST_AsText(area) AS wkt FROM camera_coverage WHERE camera_id = $1 ORDER BY level', [camera.id]);
    const before = await snapshot();
    const stale = await updateCamera({ id: camera.id, version: camera.version + 5, headingDegrees: 200 });
    expect(stale.errors?.[0].extensions?.code).toBe('STALE_VERSION');
    const invalid = await updateCamera({ id: camera.id, version: camera.version, headingDegrees: 400 });
    expect(invalid.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const focal = await updateCamera({ id: camera.id, version: camera.version, headingDegrees: 200, focalLengthMm: 50 });
    expect(focal.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await snapshot()).toEqual(before);
  });

  it('is dropped for a decommissioned camera and rebuilt when it comes back', async () => {
    const camera = await newCamera(app, { location: point(10000, 0) });
    const gone = await updateCamera({ id: camera.id, version: 1, status: 'decommissioned' });
    expect(gone.data?.updateCamera.coverage).toEqual([]);
    expect(await storedRows(camera.id)).toHaveLength(0);
    const back = await updateCamera({ id: camera.id, version: 2, status: 'planned' });
    expect(back.data?.updateCamera.coverage).toHaveLength(4);
  });

  it('is deleted with its camera', async () => {
    const camera = await newCamera(app, { location: point(11000, 0) });
    await app.ok('mutation($id: ID!) { deleteCamera(id: $id, version: 1) { id } }', { id: camera.id });
    expect(await storedRows(camera.id)).toHaveLength(0);
  });
});

describe('coveragePreview', () => {
  const PREVIEW = `query($input: CoveragePreviewInput!) { coveragePreview(input: $input) { cameraId level area areaSquareMeters nearMeters farMeters unavailableReason } }`;
  const coverageFingerprint = async () =>
    (await app.dataSource.query(`SELECT md5(coalesce(string_agg(r::text, '|' ORDER BY r.id), '')) AS d FROM camera_coverage r`))[0].d;

  /** Area in m^2 of the symmetric difference between a stored level and a GeoJSON polygon. */
  const differenceSquareMeters = async (cameraId: string, level: string, area: unknown) =>
    Number(
      (
        await app.dataSource.query(
          `SELECT coalesce(ST_Area(ST_SymDifference(c.area, ST_SetSRID(ST_GeomFromGeoJSON($3), 4326))::geography), 0) AS a
             FROM camera_coverage c WHERE c.camera_id = $1 AND c.level = $2`,
          [cameraId, level, JSON.stringify(area)],
        )
      )[0].a,
    );

  it('writes nothing and equals what creating the camera stores', async () => {
    const model = await newCameraModel(app);
    await newBuilding(app, { footprint: rectangle(12020, 5, 12030, 15), heightMeters: 20 });
    const parameters = { location: point(12000, 0), modelId: model.id, mountHeightMeters: 7.5, headingDegrees: 75, tiltDegrees: 12, focalLengthMm: 6 };
    const before = await coverageFingerprint();
    const preview = (await app.ok<{ coveragePreview: Coverage[] }>(PREVIEW, { input: parameters })).coveragePreview;
    expect(await coverageFingerprint()).toBe(before);
    expect(preview.map((entry) => entry.cameraId)).toEqual(['preview', 'preview', 'preview', 'preview']);

    const camera = await newCamera(app, parameters);
    const stored = await coverageOf(camera.id);
    for (const [index, level] of stored.entries()) {
      expect(level.level).toBe(preview[index].level);
      expect(level.areaSquareMeters).toBeCloseTo(preview[index].areaSquareMeters, 6);
      expect(level.nearMeters).toBe(preview[index].nearMeters);
      expect(level.farMeters).toBe(preview[index].farMeters);
      expect(level.unavailableReason).toBe(preview[index].unavailableReason);
      expect(await differenceSquareMeters(camera.id, level.level, preview[index].area)).toBeLessThan(0.01);
    }

    // With a cameraId, the parameters left out are the camera's: a heading-only preview equals the edit.
    const turned = (await app.ok<{ coveragePreview: Coverage[] }>(PREVIEW, { input: { cameraId: camera.id, headingDegrees: 300 } })).coveragePreview;
    expect(turned[0].cameraId).toBe(camera.id);
    expect(await coverageFingerprint()).not.toBe(before); // (the create above wrote)
    const afterCreate = await coverageFingerprint();
    await app.ok<{ coveragePreview: Coverage[] }>(PREVIEW, { input: { cameraId: camera.id, headingDegrees: 300 } });
    expect(await coverageFingerprint()).toBe(afterCreate);
    const edited = await updateCamera({ id: camera.id, version: camera.version, headingDegrees: 300 });
    const editedCoverage = edited.data?.updateCamera.coverage as Coverage[];
    for (const [index, level] of editedCoverage.entries()) {
      expect(level.areaSquareMeters).toBeCloseTo(turned[index].areaSquareMeters, 6);
    }
  });

  it('is validated like camera inputs', async () => {
    const model = await newCameraModel(app);
    const base = { location: point(0, 0), modelId: model.id, mountHeightMeters: 6, headingDegrees: 90 };
    const refused = async (input: Record<string, unknown>) => (await app.graphql(PREVIEW, { input })).errors?.[0].extensions?.code;
    expect(await refused({ ...base, mountHeightMeters: 0 })).toBe('BAD_USER_INPUT');
    expect(await refused({ ...base, headingDegrees: 360 })).toBe('BAD_USER_INPUT');
    expect(await refused({ ...base, tiltDegrees: 91 })).toBe('BAD_USER_INPUT');
    expect(await refused({ ...base, focalLengthMm: 50 })).toBe('BAD_USER_INPUT');
    expect(await refused({ ...base, modelId: 'not-a-uuid' })).toBe('BAD_USER_INPUT');
    expect(await refused({ location: point(0, 0), headingDegrees: 90 })).toBe('BAD_USER_INPUT');
    expect(await refused({ ...base, modelId: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
    expect(await refused({ cameraId: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
    expect(await refused({ ...base, location: { type: 'Point', coordinates: [500, 0] } })).toBe('INVALID_GEOMETRY');
  });
});

describe('PTZ reach and recomputeCoverage', () => {
  it('gives a PTZ\'s pan-range reach (wider than its fixed view) and refuses other cameras', async () => {
    const ptzModel = await newCameraModel(app, {
      kind: 'ptz', name: '2 MP 25x PTZ', horizontalPixels: 1920, verticalPixels: 1080, focalLengthMinMm: 4.8, focalLengthMaxMm: 120,
      panRangeDegrees: 360, opticalZoom: 25,
    });
    const ptz = await newCamera(app, { modelId: ptzModel.id, location: point(14000, 0), mountHeightMeters: 8, tiltDegrees: 10 });
    const query = 'query($id: ID!, $zoom: Float) { ptzReachableCoverage(cameraId: $id, zoomFactor: $zoom) { level areaSquareMeters farMeters } }';
    const reach = (await app.ok<{ ptzReachableCoverage: Coverage[] }>(query, { id: ptz.id })).ptzReachableCoverage;
    const fixed = detection(await coverageOf(ptz.id));
    expect(reach[0].areaSquareMeters).toBeGreaterThan(fixed.areaSquareMeters * 2);
    const zoomed = (await app.ok<{ ptzReachableCoverage: Coverage[] }>(query, { id: ptz.id, zoom: 10 })).ptzReachableCoverage;
    expect(zoomed[0].farMeters).toBeGreaterThan((reach[0].farMeters as number) * 5);
    expect((await app.graphql(query, { id: ptz.id, zoom: 30 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const bullet = await newCamera(app, { location: point(14500, 0) });
    expect((await app.graphql(query, { id: bullet.id })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('recomputes the cameras asked for, or all, and refuses unknown ids', async () => {
    const camera = await newCamera(app, { location: point(16000, 0) });
    await app.dataSource.query('DELETE FROM camera_coverage WHERE camera_id = $1', [camera.id]);
    const one = await app.ok<{ recomputeCoverage: number }>('mutation($ids: [ID!]) { recomputeCoverage(cameraIds: $ids) }', { ids: [camera.id] });
    expect(one.recomputeCoverage).toBe(1);
    expect(await storedRows(camera.id)).toHaveLength(4);
    const missing = await app.graphql('mutation($ids: [ID!]) { recomputeCoverage(cameraIds: $ids) }', {
      ids: [camera.id, '00000000-0000-4000-8000-000000000000'],
    });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const [{ count }] = await app.dataSource.query('SELECT count(*)::int AS count FROM camera');
    const all = await app.ok<{ recomputeCoverage: number }>('mutation { recomputeCoverage }');
    expect(all.recomputeCoverage).toBe(count);
  });
});
