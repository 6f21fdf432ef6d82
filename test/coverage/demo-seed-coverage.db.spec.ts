import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';

/** The Fès demo, seeded at start, comes with stored coverage for every camera that is not decommissioned. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seedDemoWhenEmpty: true });
});
afterAll(async () => {
  await app?.close();
});

it('stores four coverage levels for every camera that is not decommissioned', async () => {
  const [counts] = await app.dataSource.query(
    `SELECT (SELECT count(*)::int FROM camera WHERE status <> 'decommissioned') AS cameras,
            (SELECT count(*)::int FROM camera_coverage) AS rows,
            (SELECT count(DISTINCT camera_id)::int FROM camera_coverage) AS covered,
            (SELECT count(*)::int FROM camera_coverage WHERE level = 'detection' AND area_square_meters > 0) AS seeing,
            (SELECT count(*)::int FROM camera c WHERE status <> 'decommissioned'
               AND NOT EXISTS (SELECT 1 FROM camera_coverage cc WHERE cc.camera_id = c.id)) AS missing`,
  );
  expect(counts.cameras).toBeGreaterThan(80);
  expect(counts.missing).toBe(0);
  expect(counts.covered).toBe(counts.cameras);
  expect(counts.rows).toBe(counts.cameras * 4);
  expect(counts.seeing).toBe(counts.cameras);

  const summary = await app.ok<any>('{ coverageSummary { city { levels { level blackSpotCount coveredFraction } } zones { zoneName } } }');
  expect(summary.coverageSummary.city.levels.length).toBeGreaterThan(0);
  const spots = await app.ok<any>('{ blackSpotCoverages { coveredFraction } }');
  expect(spots.blackSpotCoverages.some((spot: any) => spot.coveredFraction > 0)).toBe(true);
});

it('leaves every camera of the demo with current coverage, by the freshness report', async () => {
  const report = await app.ok<{ coverageFreshness: { checkedCameraCount: number; currentCount: number; stale: unknown[] } }>(
    '{ coverageFreshness { checkedCameraCount currentCount stale { cameraCode reasons } } }',
  );
  expect(report.coverageFreshness.checkedCameraCount).toBeGreaterThan(80);
  expect(report.coverageFreshness.stale).toEqual([]);
});
