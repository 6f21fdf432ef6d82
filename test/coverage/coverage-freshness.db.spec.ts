import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import { newBuilding, newCamera, newCameraModel, point, rectangle } from '../support/factories';

/**
 * The coverage freshness report: API edits keep coverage current in the same request, so the report
 * is what catches changes made around the API (SQL, bulk loads, restores) and says why each camera is
 * stale; recomputeCoverage on exactly those makes it clean again.
 *
 *        north
 *          ^      [B1]                                  [B2 added by SQL]
 *          |  WEST -> (heading 90)              EAST -> (heading 90)
 *          +------------------------------------------------------> east
 *          0 m   20 m                          1000 m  1020 m
 *
 * WEST and EAST are 1 km apart: far beyond each other's reach (detection ends ~56 m away).
 */
let app: TestApp;
let west: { id: string };
let east: { id: string };
let far: { id: string };
let building: { id: string };

beforeAll(async () => {
  app = await startTestApp();
  const model = await newCameraModel(app);
  west = await newCamera(app, { modelId: model.id, location: point(0, 0) });
  east = await newCamera(app, { modelId: model.id, location: point(1000, 0) });
  far = await newCamera(app, { modelId: model.id, location: point(3000, 0) });
  building = await newBuilding(app, { footprint: rectangle(20, -5, 30, 5) });
});
afterAll(async () => {
  await app?.close();
});

interface Freshness {
  checkedCameraCount: number;
  currentCount: number;
  stale: { cameraId: string; cameraCode: string; reasons: string[] }[];
}

async function freshness(): Promise<Freshness> {
  return (await app.ok<{ coverageFreshness: Freshness }>('{ coverageFreshness { checkedCameraCount currentCount stale { cameraId cameraCode reasons } checkedAt } }'))
    .coverageFreshness;
}
const reasonsOf = (report: Freshness) => Object.fromEntries(report.stale.map((entry) => [entry.cameraId, entry.reasons]));

describe('coverage freshness', () => {
  it('is clean after edits through the API, including a building edit in reach', async () => {
    await app.ok(`mutation($input: UpdateBuildingInput!) { updateBuilding(input: $input) { id } }`, {
      input: { id: building.id, version: 1, heightMeters: 20 },
    });
    const report = await freshness();
    expect(report).toMatchObject({ checkedCameraCount: 3, currentCount: 3, stale: [] });
  });

  it('names each camera changed around the API, with why, and leaves the others current', async () => {
    await app.dataSource.query('UPDATE building SET height_meters = 3, version = version + 1 WHERE id = $1', [building.id]);
    await app.dataSource.query(
      `INSERT INTO building (version, footprint, height_meters) SELECT 1, ST_Multi(ST_Buffer(location::geography, 4)::geometry), 6 FROM camera WHERE id = $1`,
      [east.id],
    );
    await app.dataSource.query('UPDATE camera SET heading_degrees = 200, version = version + 1 WHERE id = $1', [far.id]);
    const report = await freshness();
    expect(report.checkedCameraCount).toBe(3);
    expect(reasonsOf(report)).toEqual({
      [west.id]: ['buildings_changed'],
      [east.id]: ['buildings_changed'],
      [far.id]: ['camera_changed'],
    });
    expect(report.currentCount).toBe(0);
  });

  it('reports missing coverage and coverage left on a decommissioned camera', async () => {
    await app.dataSource.query('DELETE FROM camera_coverage WHERE camera_id = $1', [west.id]);
    await app.dataSource.query(`UPDATE camera SET status = 'decommissioned' WHERE id = $1`, [east.id]);
    const reasons = reasonsOf(await freshness());
    expect(reasons[west.id]).toEqual(['missing']);
    expect(reasons[east.id]).toEqual(['decommissioned_with_coverage']);
  });

  it('is clean again once recomputeCoverage repairs exactly the stale cameras', async () => {
    const stale = (await freshness()).stale.map((entry) => entry.cameraId);
    const repaired = await app.ok<{ recomputeCoverage: number }>('mutation($ids: [ID!]) { recomputeCoverage(cameraIds: $ids) }', { ids: stale });
    expect(repaired.recomputeCoverage).toBe(stale.length);
    const report = await freshness();
    expect(report).toMatchObject({ checkedCameraCount: 3, currentCount: 3, stale: [] });
    const [{ rows }] = await app.dataSource.query('SELECT count(*)::int AS rows FROM camera_coverage WHERE camera_id = $1', [east.id]);
    expect(rows).toBe(0);
  });

  it('sees a model changed by SQL on every camera of that model, decommissioned ones aside', async () => {
    await app.dataSource.query('UPDATE camera_model SET horizontal_pixels = 3840, version = version + 1 WHERE id = (SELECT model_id FROM camera WHERE id = $1)', [west.id]);
    const reasons = reasonsOf(await freshness());
    expect(reasons).toEqual({ [west.id]: ['model_changed'], [far.id]: ['model_changed'] });
    await app.ok('mutation { recomputeCoverage }');
    expect((await freshness()).stale).toEqual([]);
  });

  it('may be read by every role', async () => {
    const asViewer = await app.as('viewer').graphql('{ coverageFreshness { currentCount } }');
    expect(asViewer.errors).toBeUndefined();
  });
});
