import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import { newBlackSpot, newCamera, newCameraModel, newZone, point, rectangle } from '../support/factories';
import { CoverageService } from '../../backend/src/coverage/coverage.service';

/**
 * Black-spot analyses are kept in memory per 'coverage' data revision: repeated reads do not analyse
 * again, and every write that changes an answer (through the API, or by SQL as another process or a
 * person would) is seen by the very next read.
 *
 * Camera E at the origin looks east (planned); black spot S (x 20..40) lies wholly inside its
 * detection area, in zone East.
 */
let app: TestApp;
let analyses: jest.SpyInstance;
let camera: { id: string; version: number };
let spot: { id: string; version: number };
let zone: { id: string };

beforeAll(async () => {
  app = await startTestApp();
  const model = await newCameraModel(app);
  camera = await newCamera(app, { modelId: model.id, location: point(0, 0), headingDegrees: 90, status: 'planned' });
  zone = await newZone(app, { name: 'East', boundary: rectangle(0, -50, 100, 50) });
  spot = await newBlackSpot(app, { boundary: rectangle(20, -5, 40, 5), requiredLevel: 'detection', priority: 5 });
  // The service's one analysis step: counting its calls tells a cached answer from a computed one.
  analyses = jest.spyOn(app.app.get(CoverageService) as unknown as { analyze: () => unknown }, 'analyze');
});
afterAll(async () => {
  analyses?.mockRestore();
  await app?.close();
});

interface Coverage {
  blackSpotId: string;
  coveredFraction: number;
  contributingCameraIds: string[];
}

const coverages = async (selection: 'planned' | 'live' = 'planned', zoneId?: string) =>
  (
    await app.ok<{ blackSpotCoverages: Coverage[] }>(
      'query($cameras: CameraSelection, $zoneId: ID) { blackSpotCoverages(cameras: $cameras, zoneId: $zoneId) { blackSpotId coveredFraction contributingCameraIds } }',
      { cameras: selection, zoneId },
    )
  ).blackSpotCoverages;

describe('black-spot analyses kept per data revision', () => {
  it('answers repeated reads from memory, for the whole city, a zone and one black spot', async () => {
    const first = await coverages();
    expect(first).toEqual([{ blackSpotId: spot.id, coveredFraction: expect.closeTo(1, 4), contributingCameraIds: [camera.id] }]);
    analyses.mockClear();
    expect(await coverages()).toEqual(first);
    expect(await coverages('planned', zone.id)).toEqual(first);
    const one = await app.ok<{ blackSpot: { coverage: Coverage } }>(
      'query($id: ID!) { blackSpot(id: $id) { coverage { blackSpotId coveredFraction contributingCameraIds } } }',
      { id: spot.id },
    );
    expect(one.blackSpot.coverage).toEqual(first[0]);
    expect(analyses).not.toHaveBeenCalled();
  });

  it('sees a write through the API at the next read: a black spot moved out of view', async () => {
    await coverages();
    const moved = await app.ok<{ updateBlackSpot: { version: number } }>(
      'mutation($input: UpdateBlackSpotInput!) { updateBlackSpot(input: $input) { version } }',
      { input: { id: spot.id, version: spot.version, boundary: rectangle(300, -5, 320, 5) } },
    );
    spot.version = moved.updateBlackSpot.version;
    expect(await coverages()).toEqual([{ blackSpotId: spot.id, coveredFraction: 0, contributingCameraIds: [] }]);
    // Out of zone East now.
    expect(await coverages('planned', zone.id)).toEqual([]);
  });

  it('sees writes made by SQL outside this process: a black spot moved back, a camera commissioned, a zone added', async () => {
    expect((await coverages())[0].coveredFraction).toBe(0);
    await app.dataSource.query(`UPDATE black_spot SET boundary = ST_SetSRID(ST_GeomFromGeoJSON($1), 4326) WHERE id = $2`, [
      JSON.stringify(rectangle(20, -5, 40, 5)),
      spot.id,
    ]);
    expect((await coverages())[0].coveredFraction).toBeCloseTo(1, 4);

    expect(await coverages('live')).toEqual([{ blackSpotId: spot.id, coveredFraction: 0, contributingCameraIds: [] }]);
    await app.dataSource.query(`UPDATE camera SET status = 'commissioned' WHERE id = $1`, [camera.id]);
    expect(await coverages('live')).toEqual([{ blackSpotId: spot.id, coveredFraction: expect.closeTo(1, 4), contributingCameraIds: [camera.id] }]);

    const [{ id: newZoneId }] = await app.dataSource.query(
      `INSERT INTO zone (version, code, name, boundary) VALUES (1, 'CACHE-Z', 'Added by SQL', ST_SetSRID(ST_GeomFromGeoJSON($1), 4326)) RETURNING id`,
      [JSON.stringify(rectangle(10, -20, 50, 20))],
    );
    const summary = await app.ok<{ coverageSummary: { zones: { zoneId: string | null }[] } }>('{ coverageSummary { zones { zoneId } } }');
    expect(summary.coverageSummary.zones.map((entry) => entry.zoneId)).toContain(newZoneId);
  });

  it('sees stored coverage removed by SQL (a camera decommissioned by hand with its coverage deleted)', async () => {
    expect((await coverages())[0].contributingCameraIds).toEqual([camera.id]);
    await app.dataSource.query('DELETE FROM camera_coverage WHERE camera_id = $1', [camera.id]);
    expect(await coverages()).toEqual([{ blackSpotId: spot.id, coveredFraction: 0, contributingCameraIds: [] }]);
  });
});
