import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import { newBuilding, newCamera, newCameraModel, point, rectangle } from '../support/factories';
import { depthForPixelDensity } from '../../backend/src/core/optics/pixel-density';

/**
 * Recomputing many cameras at once shares one building query and one obstacle index between them.
 * What must hold: the stored result is the same as computing each camera on its own, and the
 * buildings a camera's coverage depends on (its digest) are exactly those within its reach.
 *
 * The reach of the test model at 4 mm: 2688 px over 2·atan(5.37 / 8) ≈ 67.7° reaches 25 px/m at
 * 80.1 m on axis, plus the 1 m margin: REACH ≈ 81.1 m.
 *
 *                 north
 *                   ^          [CORNER] 60..65 east, 60..65 north: its box is inside the lookup
 *                   |                   square, but its nearest corner is 84.9 m away: not in reach
 *   [OUT] ..-81.6   C -> heading 90                        [IN] 80.6..
 *   (0.5 m beyond)  0                                      (0.5 m inside)
 */
const HORIZONTAL_PIXELS = 2688;
const FIELD_OF_VIEW_DEGREES = (2 * Math.atan(5.37 / (2 * 4)) * 180) / Math.PI;
const REACH_METERS = depthForPixelDensity(HORIZONTAL_PIXELS, FIELD_OF_VIEW_DEGREES, 25) + 1;

let app: TestApp;
let modelId: string;

beforeAll(async () => {
  app = await startTestApp();
  modelId = (await newCameraModel(app, { horizontalPixels: HORIZONTAL_PIXELS })).id;
});
afterAll(async () => {
  await app?.close();
});

async function storedInputs(cameraId: string): Promise<{ buildingCount: number; buildingsDigest: string }> {
  const [row] = await app.dataSource.query(`SELECT computed_from FROM camera_coverage WHERE camera_id = $1 AND level = 'detection'`, [cameraId]);
  return row.computed_from;
}

/** A small seeded generator, so the scene is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

describe('recomputing coverage in bulk', () => {
  it('counts a building in reach when its nearest edge is within the reach, not when only its box is', async () => {
    expect(REACH_METERS).toBeCloseTo(81.1, 1);
    const eastOf = REACH_METERS - 0.5;
    await newBuilding(app, { footprint: rectangle(eastOf, -5, eastOf + 8, 5), heightMeters: 6 }); // IN
    await newBuilding(app, { footprint: rectangle(-REACH_METERS - 8.5, -5, -REACH_METERS - 0.5, 5), heightMeters: 6 }); // OUT
    await newBuilding(app, { footprint: rectangle(60, 60, 65, 65), heightMeters: 6 }); // CORNER
    const camera = await newCamera(app, { modelId, location: point(0, 0), headingDegrees: 90, focalLengthMm: 4 });
    expect((await storedInputs(camera.id)).buildingCount).toBe(1);

    // The same answer through the bulk path, and the freshness check agrees with it.
    await app.ok('mutation { recomputeCoverage }');
    expect((await storedInputs(camera.id)).buildingCount).toBe(1);
    const { coverageFreshness } = await app.ok<{ coverageFreshness: { stale: unknown[] } }>('{ coverageFreshness { stale { cameraId } } }');
    expect(coverageFreshness.stale).toEqual([]);
  });

  it('stores the same coverage for many cameras at once as for each camera on its own', async () => {
    // A 300 m x 200 m block 1 km away from the first scene: 40 buildings (loaded in one statement, as
    // an import would), then 12 cameras, each created through the API and so computed alone, with only
    // its own buildings in its index.
    const random = seeded(2030);
    const footprints: string[] = [];
    const heights: (number | null)[] = [];
    for (let index = 0; index < 40; index++) {
      const west = 1000 + random() * 280;
      const south = random() * 180;
      footprints.push(JSON.stringify(rectangle(west, south, west + 6 + random() * 14, south + 6 + random() * 14)));
      heights.push(random() < 0.3 ? null : 3 + random() * 15);
    }
    await app.dataSource.query(
      `INSERT INTO building (version, footprint, height_meters)
       SELECT 1, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(f), 4326)), h FROM unnest($1::text[], $2::float8[]) AS input(f, h)`,
      [footprints, heights],
    );
    const cameraIds: string[] = [];
    for (let index = 0; index < 12; index++) {
      const camera = await newCamera(app, {
        modelId,
        location: point(1000 + random() * 300, random() * 200),
        headingDegrees: Math.round(random() * 359),
        mountHeightMeters: 4 + random() * 8,
        focalLengthMm: 2.8 + random() * 6,
      });
      cameraIds.push(camera.id);
    }
    await app.dataSource.query(
      `CREATE TABLE coverage_alone AS SELECT camera_id, level, area, area_square_meters, near_meters, far_meters, computed_from
         FROM camera_coverage WHERE camera_id = ANY($1::uuid[])`,
      [cameraIds],
    );

    const { recomputeCoverage } = await app.ok<{ recomputeCoverage: number }>('mutation($ids: [ID!]) { recomputeCoverage(cameraIds: $ids) }', {
      ids: cameraIds,
    });
    expect(recomputeCoverage).toBe(12);

    const compared: { level: string; alone: number; bulk: number; apart: number; same_inputs: boolean; buildings: number }[] = await app.dataSource.query(
      `SELECT a.level, a.area_square_meters AS alone, b.area_square_meters AS bulk,
              ST_Area(ST_SymDifference(a.area, b.area)::geography) AS apart,
              a.computed_from = b.computed_from AS same_inputs, (b.computed_from->>'buildingCount')::int AS buildings
         FROM coverage_alone a JOIN camera_coverage b USING (camera_id, level)`,
    );
    expect(compared).toHaveLength(48);
    for (const row of compared) {
      expect(row.same_inputs).toBe(true);
      expect(Math.abs(row.bulk - row.alone)).toBeLessThanOrEqual(1e-6 * Math.max(1, row.alone));
      expect(row.apart).toBeLessThan(0.01);
    }
    // The scene has buildings in reach and visible ground to compare, not empty coverage.
    expect(compared.filter((row) => row.buildings > 0).length).toBeGreaterThan(24);
    // (One camera of this seed stands inside a footprint and sees nothing: the same either way.)
    expect(compared.filter((row) => row.level === 'detection' && row.alone > 1000).length).toBeGreaterThanOrEqual(10);
  });
});
