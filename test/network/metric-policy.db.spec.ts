import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import { line, newBlackSpot, newCamera, newCameraModel, newFiberRun, newNetworkNode, newPole, newPowerFeed, newPowerSource, point, rectangle } from '../support/factories';
import { areaSquareMetersSql, lengthMetersSql } from '../../backend/src/common/metric-sql';
import { remeasureCableLengths } from '../../backend/src/network/cable-lengths';

/**
 * One metric policy: every length and area the API gives for one geometry comes from the configured
 * projected CRS, in TypeScript and in SQL alike. Run with the default (UTM 30N, EPSG:32630) and with
 * UTM 29N (EPSG:32629), whose scale factor at Fès differs by about 0.15 %: had any path kept its own
 * projection (or the spheroid, or turf's sphere), its figure would stand apart by that much.
 *
 *   CC (0,0) control centre ======= R1 (100 m) ======= P1 (100,0) [camera looking east]
 *   PS (0,-50) supply --F1--> P1                          S (120..140 x -5..5), detection: all seen
 */
describe.each([
  { srid: 32630, other: 32629 },
  { srid: 32629, other: 32630 },
])('metric policy with VIGIE_PROJECTED_SRID=$srid', ({ srid, other }) => {
  let app: TestApp;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp({ projectedSrid: srid });
    const model = await newCameraModel(app);
    ids.CC = (await newNetworkNode(app, { code: 'CC', kind: 'control_centre', location: point(0, 0), portCount: 8 })).id;
    ids.P1 = (await newPole(app, { code: 'P1', location: point(100, 0) })).id;
    ids.camera = (await newCamera(app, { modelId: model.id, poleId: ids.P1, location: point(100, 0), headingDegrees: 90, status: 'commissioned' })).id;
    ids.R1 = (await newFiberRun(app, { code: 'R1', path: line([0, 0], [60, 3], [100, 0]), from: { kind: 'network_node', id: ids.CC }, to: { kind: 'pole', id: ids.P1 } })).id;
    ids.PS = (await newPowerSource(app, { code: 'PS', location: point(0, -50) })).id;
    ids.F1 = (await newPowerFeed(app, { code: 'F1', path: line([0, -50], [100, 0]), fromPowerSourceId: ids.PS, to: { kind: 'pole', id: ids.P1 } })).id;
    ids.S = (await newBlackSpot(app, { code: 'S', boundary: rectangle(120, -5, 140, 5), requiredLevel: 'detection', priority: 2 })).id;
  });
  afterAll(async () => {
    await app?.close();
  });

  const measuredInSql = async (sql: (geometry: string, srid: number) => string, table: string, column: string, id: string, inSrid = srid) =>
    Number((await app.dataSource.query(`SELECT ${sql(column, inSrid)} AS value FROM "${table}" WHERE id = $1`, [id]))[0].value);

  it("gives one area for a black spot: its own field, its coverage analysis, an outage's loss and PostGIS's", async () => {
    const { spot, coverages } = await app.ok(`query($id: ID!) {
      spot: blackSpot(id: $id) { areaSquareMeters }
      coverages: blackSpotCoverages(cameras: live) { blackSpotId areaSquareMeters coveredFraction } }`, { id: ids.S });
    const { impact } = await app.ok(`query($failed: FailedElementsInput!) {
      impact: outageImpact(failed: $failed) { blackSpots { blackSpot { id } areaSquareMeters lostSquareMeters } } }`, { failed: { fiberRunIds: [ids.R1] } });
    const analysis = coverages.find((entry: { blackSpotId: string }) => entry.blackSpotId === ids.S);
    const sql = await measuredInSql(areaSquareMetersSql, 'black_spot', 'boundary', ids.S);

    expect(analysis.coveredFraction).toBeGreaterThan(0.99);
    // The same rule on the same vertices: equal to rounding, in TypeScript and in PostGIS.
    expect(analysis.areaSquareMeters).toBe(spot.areaSquareMeters);
    expect(spot.areaSquareMeters).toBeCloseTo(sql, 6);
    expect(impact.blackSpots).toHaveLength(1);
    expect(impact.blackSpots[0].areaSquareMeters).toBeCloseTo(spot.areaSquareMeters, 2);
    expect(impact.blackSpots[0].lostSquareMeters).toBeCloseTo(spot.areaSquareMeters, 1);
    // The other projection gives a measurably different area: the configured one was used.
    const otherArea = await measuredInSql(areaSquareMetersSql, 'black_spot', 'boundary', ids.S, other);
    expect(Math.abs(otherArea / sql - 1)).toBeGreaterThan(1e-3);
  });

  it('gives one length for a cable: stored, in its camera path, in the bill, and in PostGIS', async () => {
    const { run, feed, path, bill } = await app.ok(`query($run: ID!, $feed: ID!, $camera: ID!) {
      run: fiberRun(id: $run) { lengthMeters }
      feed: powerFeed(id: $feed) { lengthMeters }
      path: cameraNetworkPath(cameraId: $camera) { lengthMeters fiberRuns { lengthMeters } }
      bill: billOfQuantities { overall { lines { part category unit quantity } } } }`, { run: ids.R1, feed: ids.F1, camera: ids.camera });
    expect(run.lengthMeters).toBeCloseTo(await measuredInSql(lengthMetersSql, 'fiber_run', 'path', ids.R1), 6);
    expect(feed.lengthMeters).toBeCloseTo(await measuredInSql(lengthMetersSql, 'power_feed', 'path', ids.F1), 6);
    expect(path.fiberRuns[0].lengthMeters).toBe(run.lengthMeters);
    expect(path.lengthMeters).toBeCloseTo(run.lengthMeters, 2);
    const fiberSupply = bill.overall.lines.find((entry: { part: string; category: string }) => entry.part === 'supply' && entry.category === 'fiber');
    expect(fiberSupply.quantity).toBeCloseTo(run.lengthMeters, 1);
    const otherLength = await measuredInSql(lengthMetersSql, 'fiber_run', 'path', ids.R1, other);
    expect(Math.abs(otherLength / run.lengthMeters - 1)).toBeGreaterThan(1e-3);
  });

  it('measures again, at start, lengths stored under another projection, and only those', async () => {
    await remeasureCableLengths(app.dataSource, srid, { force: true });
    const right = await measuredInSql(lengthMetersSql, 'fiber_run', 'path', ids.R1);
    // The deployment ran under another projection until now: one cable was measured in it.
    await app.dataSource.query(`UPDATE fiber_run SET length_meters = ${lengthMetersSql('path', other)} WHERE id = $1`, [ids.R1]);
    await app.dataSource.query(`UPDATE measurement_state SET projected_srid = $1 WHERE name = 'cable_lengths'`, [other]);
    expect(await remeasureCableLengths(app.dataSource, srid)).toBe(1);
    const [{ length_meters: stored }] = await app.dataSource.query('SELECT length_meters FROM fiber_run WHERE id = $1', [ids.R1]);
    expect(stored).toBeCloseTo(right, 9);
    const [{ projected_srid: recorded }] = await app.dataSource.query(`SELECT projected_srid FROM measurement_state WHERE name = 'cable_lengths'`);
    expect(recorded).toBe(srid);
  });

  it('does not scan the cables at start when they were last measured in this projection', async () => {
    await remeasureCableLengths(app.dataSource, srid, { force: true });
    // A hand edit in SQL is not looked for at start (that would be a scan of every cable)...
    await app.dataSource.query(`UPDATE fiber_run SET length_meters = length_meters + 1 WHERE id = $1`, [ids.R1]);
    expect(await remeasureCableLengths(app.dataSource, srid)).toBe(0);
    // ...but `force` finds it and only it.
    expect(await remeasureCableLengths(app.dataSource, srid, { force: true })).toBe(1);
    expect(await remeasureCableLengths(app.dataSource, srid, { force: true })).toBe(0);
  });

  it('computes and stores coverage in the configured projection', async () => {
    const rows: { srid: number; stored: number; measured: number; inOther: number }[] = await app.dataSource.query(
      `SELECT (computed_from->>'projectedSrid')::int AS srid, area_square_meters AS stored,
              ${areaSquareMetersSql('area', srid)} AS measured, ${areaSquareMetersSql('area', other)} AS "inOther"
         FROM camera_coverage WHERE camera_id = $1 AND NOT ST_IsEmpty(area)`,
      [ids.camera],
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.srid).toBe(srid);
      // The stored polygon is the core's region written back in EPSG:4326 (its arcs as chords): in the
      // configured CRS its area is the core's to some parts per 100,000, far closer than in another CRS.
      expect(Math.abs(row.measured / row.stored - 1)).toBeLessThan(Math.abs(row.inOther / row.stored - 1) / 20);
    }
  });
});
