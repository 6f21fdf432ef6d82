import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import { newBuilding, newCamera, newCameraModel, point, rectangle } from '../support/factories';
import { depthForPixelDensity, IEC_62676_4_DORI_LADDER, resolveHorizontalFieldOfViewDegrees } from '../../backend/src/core/optics';
import { REACH_MARGIN_METERS } from '../../backend/src/coverage/coverage.service';

/**
 * A building write recomputes exactly the cameras whose reach it comes within, and the reach used to
 * find them is the one coverage is computed with (the optics core's detection depth, no second formula
 * in SQL): after each write the freshness report finds nothing stale, on either side of the reach.
 *
 *   [building, west of the camera, behind it]  <-- reach -->  CAM (0,0) looking east, 6 mm on a 2.8-12 mm lens
 */
let app: TestApp;
let camera: { id: string };
let reachMeters: number;

beforeAll(async () => {
  app = await startTestApp();
  const model = await newCameraModel(app);
  camera = await newCamera(app, { modelId: model.id, location: point(0, 0), headingDegrees: 90, focalLengthMm: 6 });
  // The factory's model: 2688 px across a 5.37 mm sensor.
  const fieldOfView = resolveHorizontalFieldOfViewDegrees(
    { kind: 'varifocal', sensorWidthMillimeters: 5.37, minimumFocalLengthMillimeters: 2.8, maximumFocalLengthMillimeters: 12 },
    { focalLengthMillimeters: 6 },
  );
  reachMeters = depthForPixelDensity(2688, fieldOfView, IEC_62676_4_DORI_LADDER[0].pixelsPerMeter) + REACH_MARGIN_METERS;
});
afterAll(async () => {
  await app?.close();
});

const stored = async () =>
  (await app.dataSource.query(
    `SELECT (computed_from->>'buildingCount')::int AS buildings, computed_at AS at FROM camera_coverage WHERE camera_id = $1 LIMIT 1`,
    [camera.id],
  ))[0] as { buildings: number; at: Date };
const staleCameras = async () => (await app.ok('{ coverageFreshness { stale { cameraId reasons } } }')).coverageFreshness.stale;
/** A footprint west of the camera whose east edge is `gap` metres from it. */
const westAt = (gap: number) => rectangle(-gap - 10, -5, -gap, 5);

describe('the cameras a building write recomputes', () => {
  it('includes a camera whose reach the building comes within, as its coverage counts it', async () => {
    expect(reachMeters).toBeGreaterThan(40);
    const building = await newBuilding(app, { footprint: westAt(reachMeters - 3) });
    expect((await stored()).buildings).toBe(1);
    expect(await staleCameras()).toEqual([]);
    // Moved out of reach: the camera is recomputed for the footprint it left.
    await app.ok(`mutation($input: UpdateBuildingInput!) { updateBuilding(input: $input) { id } }`, {
      input: { id: building.id, version: building.version, footprint: westAt(reachMeters + 3) },
    });
    expect((await stored()).buildings).toBe(0);
    expect(await staleCameras()).toEqual([]);
  });

  it('leaves a camera alone when the building stays beyond its reach', async () => {
    const before = await stored();
    await newBuilding(app, { footprint: rectangle(-5, reachMeters + 3, 5, reachMeters + 13) });
    const after = await stored();
    expect(after).toEqual(before);
    expect(await staleCameras()).toEqual([]);
  });
});
