import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import { newBlackSpot, newCamera, newCameraModel, newZone, point, rectangle } from '../support/factories';

/**
 * Black-spot coverage and the zone/city summary on a hand-made scene with known fractions.
 *
 *   zone West (x -100..0)                 zone East (x 0..100)
 *   +-------------------------------+-------------------------------+
 *   |  T (x -40..-20, y -5..5)   <--*-->   S (x 20..40, y -5..5)     |      U (x 300..320, y -5..5)
 *   |  detection, priority 1   planned | live  detection, priority 5 |      identification, priority 3,
 *   |                       camera W   camera E                       |      in no zone, no camera near
 *   +-------------------------------+-------------------------------+
 *
 * Two cameras at the origin, 6 m up, tilt 0 (detection from ~11 m to ~56 m in a ~88-degree sector):
 * E looks east and is commissioned (live), W looks west and is only planned. S and T lie wholly inside
 * their camera's detection area, U is seen by nobody.
 */
let app: TestApp;
let east: { id: string };
let west: { id: string };
let spotS: { id: string };
let spotT: { id: string };
let spotU: { id: string };
let zoneEast: { id: string };
let zoneWest: { id: string };

beforeAll(async () => {
  app = await startTestApp();
  const model = await newCameraModel(app);
  east = await newCamera(app, { modelId: model.id, location: point(0, 0), headingDegrees: 90, status: 'commissioned' });
  west = await newCamera(app, { modelId: model.id, location: point(0, 0), headingDegrees: 270, status: 'planned' });
  // A decommissioned camera looking at U: never counts.
  await newCamera(app, { modelId: model.id, location: point(280, 0), headingDegrees: 90, status: 'decommissioned' });
  zoneWest = await newZone(app, { name: 'West', boundary: rectangle(-100, -50, 0, 50) });
  zoneEast = await newZone(app, { name: 'East', boundary: rectangle(0, -50, 100, 50) });
  spotS = await newBlackSpot(app, { boundary: rectangle(20, -5, 40, 5), requiredLevel: 'detection', priority: 5 });
  spotT = await newBlackSpot(app, { boundary: rectangle(-40, -5, -20, 5), requiredLevel: 'detection', priority: 1 });
  spotU = await newBlackSpot(app, { boundary: rectangle(300, -5, 320, 5), requiredLevel: 'identification', priority: 3 });
});
afterAll(async () => {
  await app?.close();
});

const RESULT = 'blackSpotId requiredLevel areaSquareMeters coveredAreaSquareMeters coveredFraction uncovered contributingCameraIds contributingCameras { id code }';

interface Result {
  blackSpotId: string;
  requiredLevel: string;
  areaSquareMeters: number;
  coveredAreaSquareMeters: number;
  coveredFraction: number;
  uncovered: { type: string; coordinates: unknown[] };
  contributingCameraIds: string[];
  contributingCameras: { id: string; code: string }[];
}

const byId = (results: Result[]) => Object.fromEntries(results.map((result) => [result.blackSpotId, result]));

describe('black-spot coverage', () => {
  it('counts planned cameras by default and only commissioned ones for live', async () => {
    const planned = byId((await app.ok<{ blackSpotCoverages: Result[] }>(`{ blackSpotCoverages { ${RESULT} } }`)).blackSpotCoverages);
    const live = byId((await app.ok<{ blackSpotCoverages: Result[] }>(`{ blackSpotCoverages(cameras: live) { ${RESULT} } }`)).blackSpotCoverages);

    expect(planned[spotS.id].areaSquareMeters).toBeCloseTo(200, -0.5);
    expect(planned[spotS.id].coveredFraction).toBeCloseTo(1, 4);
    expect(planned[spotS.id].contributingCameraIds).toEqual([east.id]);
    expect(planned[spotS.id].contributingCameras.map((camera) => camera.id)).toEqual([east.id]);
    expect(planned[spotS.id].uncovered.coordinates).toEqual([]);
    expect(planned[spotT.id].coveredFraction).toBeCloseTo(1, 4);
    expect(planned[spotT.id].contributingCameraIds).toEqual([west.id]);
    expect(planned[spotU.id]).toMatchObject({ requiredLevel: 'identification', coveredFraction: 0, coveredAreaSquareMeters: 0, contributingCameraIds: [] });
    expect(planned[spotU.id].uncovered.type).toBe('MultiPolygon');

    expect(live[spotS.id].coveredFraction).toBeCloseTo(1, 4);
    expect(live[spotT.id].coveredFraction).toBe(0);
    expect(live[spotT.id].contributingCameraIds).toEqual([]);
    // Uncovered T is T itself.
    expect(live[spotT.id].uncovered.coordinates).toHaveLength(1);
  });

  it('is a field of BlackSpot, batched, and filters by zone', async () => {
    const data = await app.ok<{ blackSpots: { nodes: { id: string; planned: Result; live: Result }[] } }>(
      `{ blackSpots { nodes { id planned: coverage { coveredFraction contributingCameraIds } live: coverage(cameras: live) { coveredFraction } } } }`,
    );
    const nodes = Object.fromEntries(data.blackSpots.nodes.map((node) => [node.id, node]));
    expect(nodes[spotT.id].planned.coveredFraction).toBeCloseTo(1, 4);
    expect(nodes[spotT.id].live.coveredFraction).toBe(0);

    const inWest = await app.ok<{ blackSpotCoverages: Result[] }>('query($zone: ID) { blackSpotCoverages(zoneId: $zone) { blackSpotId } }', { zone: zoneWest.id });
    expect(inWest.blackSpotCoverages.map((result) => result.blackSpotId)).toEqual([spotT.id]);
    const missing = await app.graphql('{ blackSpotCoverages(zoneId: "00000000-0000-4000-8000-000000000000") { blackSpotId } }');
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('follows a camera edit at once (stored coverage, read per black spot)', async () => {
    const query = `query($id: ID!) { blackSpot(id: $id) { coverage { coveredFraction } } }`;
    const [{ version }] = await app.dataSource.query('SELECT version FROM camera WHERE id = $1', [west.id]);
    // Turn W north: T is no longer seen.
    await app.ok('mutation($input: UpdateCameraInput!) { updateCamera(input: $input) { id } }', { input: { id: west.id, version, headingDegrees: 0 } });
    expect((await app.ok<any>(query, { id: spotT.id })).blackSpot.coverage.coveredFraction).toBe(0);
    await app.ok('mutation($input: UpdateCameraInput!) { updateCamera(input: $input) { id } }', { input: { id: west.id, version: version + 1, headingDegrees: 270 } });
    expect((await app.ok<any>(query, { id: spotT.id })).blackSpot.coverage.coveredFraction).toBeCloseTo(1, 4);
  });

  it('gives the contributing cameras as they are now, after an edit that changes no coverage', async () => {
    const codesOfS = async () => {
      const { blackSpotCoverages } = await app.ok<{ blackSpotCoverages: Result[] }>(`{ blackSpotCoverages { ${RESULT} } }`);
      return byId(blackSpotCoverages)[spotS.id].contributingCameras.map((camera) => camera.code);
    };
    await codesOfS(); // analysed (and kept) with the camera as it was
    const [{ version }] = await app.dataSource.query('SELECT version FROM camera WHERE id = $1', [east.id]);
    await app.ok('mutation($input: UpdateCameraInput!) { updateCamera(input: $input) { id } }', { input: { id: east.id, version, code: 'CAM-EAST-RENAMED' } });
    expect(await codesOfS()).toEqual(['CAM-EAST-RENAMED']);
  });
});

describe('coverageSummary', () => {
  const SUMMARY = `query($cameras: CameraSelection) { coverageSummary(cameras: $cameras) {
    city { zoneId zoneName levels { level blackSpotCount areaSquareMeters coveredAreaSquareMeters uncoveredAreaSquareMeters coveredFraction priorityWeightedCoveredFraction fullyCoveredCount } }
    zones { zoneId zoneName levels { level blackSpotCount areaSquareMeters coveredAreaSquareMeters coveredFraction priorityWeightedCoveredFraction } } } }`;

  it('gives known fractions for the city and each zone', async () => {
    const live = (await app.ok<any>(SUMMARY, { cameras: 'live' })).coverageSummary;
    const detection = live.city.levels.find((level: any) => level.level === 'detection');
    expect(live.city.zoneId).toBeNull();
    expect(detection.blackSpotCount).toBe(2);
    expect(detection.areaSquareMeters).toBeCloseTo(400, -1);
    expect(detection.coveredFraction).toBeCloseTo(0.5, 3);
    expect(detection.uncoveredAreaSquareMeters).toBeCloseTo(detection.areaSquareMeters / 2, 0);
    // Priority 5 covered, priority 1 not: 5 / 6.
    expect(detection.priorityWeightedCoveredFraction).toBeCloseTo(5 / 6, 3);
    expect(detection.fullyCoveredCount).toBe(1);
    const identification = live.city.levels.find((level: any) => level.level === 'identification');
    expect(identification).toMatchObject({ blackSpotCount: 1, coveredFraction: 0, priorityWeightedCoveredFraction: 0 });
    expect(live.city.levels.map((level: any) => level.level)).toEqual(['detection', 'identification']);

    // Zones by name, then the black spots in no zone.
    expect(live.zones.map((zone: any) => zone.zoneName)).toEqual(['East', 'West', null]);
    const [eastZone, westZone, noZone] = live.zones;
    expect(eastZone.zoneId).toBe(zoneEast.id);
    expect(eastZone.levels).toHaveLength(1);
    expect(eastZone.levels[0].coveredFraction).toBeCloseTo(1, 3);
    expect(westZone.levels[0].coveredFraction).toBe(0);
    expect(noZone.zoneId).toBeNull();
    expect(noZone.levels[0]).toMatchObject({ level: 'identification', blackSpotCount: 1 });

    const planned = (await app.ok<any>(SUMMARY)).coverageSummary;
    const plannedDetection = planned.city.levels.find((level: any) => level.level === 'detection');
    expect(plannedDetection.coveredFraction).toBeCloseTo(1, 3);
    expect(plannedDetection.priorityWeightedCoveredFraction).toBeCloseTo(1, 3);
    expect(planned.zones[1].levels[0].coveredFraction).toBeCloseTo(1, 3);
  });
});
