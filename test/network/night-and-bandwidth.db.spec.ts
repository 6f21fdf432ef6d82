import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import {
  newBlackSpot, newCamera, newCameraModel, newFiberRun, newNetworkNode, newPowerFeed, newPowerSource, newRecordingProfile,
  point, line, rectangle, tableCounts,
} from '../support/factories';

/**
 * Night coverage and bandwidth sizing through the API on a small scene (metres east/north of a point in Fès):
 *
 *   cc(0,0) ──fiber── sw(200,0) ──fiber── C1(250,0) looking east at spot S1 (265..290 x -5..5), utility supply
 *                        └──────fiber── C2(250,200) looking east at spot S2 (265..290 x 195..205), street lighting (switched), no UPS
 *   Both cameras: 1920 x 1080, H.264, infrared 20 m.
 */
describe('night coverage and bandwidth', () => {
  let app: TestApp;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    app = await startTestApp();
    const model = await newCameraModel(app, { code: 'NIGHT-2MP', horizontalPixels: 1920, verticalPixels: 1080, codec: 'h264', irRangeMeters: 20 });
    const centre = await newNetworkNode(app, { code: 'CC', kind: 'control_centre', location: point(0, 0) });
    const sw = await newNetworkNode(app, { code: 'SW', kind: 'switch', location: point(200, 0), powerDrawWatts: 0 });
    const c1 = await newCamera(app, { code: 'C1', modelId: model.id, location: point(250, 0), headingDegrees: 90 });
    const c2 = await newCamera(app, { code: 'C2', modelId: model.id, location: point(250, 200), headingDegrees: 90 });
    Object.assign(ids, { centre: centre.id, sw: sw.id, c1: c1.id, c2: c2.id });
    await newFiberRun(app, { code: 'FR-CC-SW', path: line([0, 0], [200, 0]), from: { kind: 'network_node', id: centre.id }, to: { kind: 'network_node', id: sw.id } });
    await newFiberRun(app, { code: 'FR-SW-C1', path: line([200, 0], [250, 0]), from: { kind: 'network_node', id: sw.id }, to: { kind: 'camera', id: c1.id } });
    await newFiberRun(app, { code: 'FR-SW-C2', path: line([200, 0], [250, 200]), from: { kind: 'network_node', id: sw.id }, to: { kind: 'camera', id: c2.id } });
    const utility = await newPowerSource(app, { code: 'PS-U', kind: 'utility_supply', location: point(250, -30) });
    const lighting = await newPowerSource(app, { code: 'PS-L', kind: 'street_lighting_circuit', location: point(250, 230) });
    await newPowerFeed(app, { code: 'PF-U', path: line([250, -30], [250, 0]), fromPowerSourceId: utility.id, to: { kind: 'camera', id: c1.id } });
    await newPowerFeed(app, { code: 'PF-L', path: line([250, 230], [250, 200]), fromPowerSourceId: lighting.id, to: { kind: 'camera', id: c2.id }, switched: true });
    const s1 = await newBlackSpot(app, { code: 'S1', name: 'Spot one', boundary: rectangle(265, -5, 290, 5), requiredLevel: 'detection' });
    const s2 = await newBlackSpot(app, { code: 'S2', name: 'Spot two', boundary: rectangle(265, 195, 290, 205), requiredLevel: 'detection' });
    Object.assign(ids, { s1: s1.id, s2: s2.id });
  });
  afterAll(async () => {
    await app?.close();
  });

  const NIGHT = `query($from: String, $to: String, $outFrom: String, $outTo: String) {
    nightCoverage(nightFrom: $from, nightTo: $to, gridOutageFrom: $outFrom, gridOutageTo: $outTo) {
      night { from to minutes } gridOutage { from to minutes } cameraCount
      camerasDarkAtNight { camera { code } darkMinutes from to causes }
      camerasWithoutNightLight { code }
      blackSpots { blackSpot { code } areaSquareMeters dayCoveredFraction nightCoveredFraction }
      areaSquareMeters dayCoveredSquareMeters nightCoveredSquareMeters
    } }`;
  type Night = {
    night: { from: string; to: string; minutes: number }; gridOutage: { from: string; to: string } | null; cameraCount: number;
    camerasDarkAtNight: { camera: { code: string }; darkMinutes: number; from: string; to: string; causes: string[] }[];
    camerasWithoutNightLight: { code: string }[];
    blackSpots: { blackSpot: { code: string }; areaSquareMeters: number; dayCoveredFraction: number; nightCoveredFraction: number }[];
  };
  const night = async (variables: Record<string, string> = {}) => (await app.as('viewer').ok<{ nightCoverage: Night }>(NIGHT, variables)).nightCoverage;
  const spot = (report: Night, code: string) => report.blackSpots.find((entry) => entry.blackSpot.code === code)!;

  it('by night, the infrared range cuts S1 and the switched circuit darkens C2 (night 18:00-07:00 by default)', async () => {
    const report = await night();
    expect(report.night).toEqual({ from: '18:00', to: '07:00', minutes: 780 });
    expect(report.cameraCount).toBe(2);
    expect(report.camerasWithoutNightLight).toEqual([]);
    // Lighting off 06:30-19:00, no UPS: dark 18:00-19:00 and 06:30-07:00 of the night.
    expect(report.camerasDarkAtNight).toEqual([{ camera: { code: 'C2' }, darkMinutes: 90, from: '06:30', to: '19:00', causes: ['switched_lighting_off'] }]);
    expect(spot(report, 'S1').dayCoveredFraction).toBeGreaterThan(0.95);
    // By hand: S1 spans 15..40 m in front of C1; 20 m of infrared leaves the part of 15..20 m inside the disc,
    // the integral of sqrt(400 - y^2) - 15 over y in -5..5 = 47.9 of 250 m2 = 0.19.
    expect(spot(report, 'S1').nightCoveredFraction).toBeCloseTo(0.19, 1);
    expect(spot(report, 'S2').dayCoveredFraction).toBeGreaterThan(0.95);
    expect(spot(report, 'S2').nightCoveredFraction).toBe(0);
  });

  it('with the night as the lighting runs (19:00-06:30), C2 works all night; a 02:00-04:00 outage without UPS darkens both', async () => {
    const lit = await night({ from: '19:00', to: '06:30' });
    expect(lit.camerasDarkAtNight).toEqual([]);
    expect(spot(lit, 'S2').nightCoveredFraction).toBeCloseTo(0.19, 1);
    const outage = await night({ from: '19:00', to: '06:30', outFrom: '02:00', outTo: '04:00' });
    expect(outage.gridOutage).toEqual({ from: '02:00', to: '04:00', minutes: 120 });
    expect(outage.camerasDarkAtNight.map((entry) => [entry.camera.code, entry.darkMinutes, entry.causes]).sort()).toEqual([
      ['C1', 120, ['grid_outage_without_ups']],
      ['C2', 120, ['grid_outage_without_ups']],
    ]);
    expect(outage.blackSpots.every((entry) => entry.nightCoveredFraction === 0)).toBe(true);
  });

  it('a UPS longer than the outage keeps C1 lit', async () => {
    const [{ version }] = await app.dataSource.query(`SELECT version FROM camera WHERE id = $1`, [ids.c1]);
    await app.ok(`mutation($input: UpdateCameraInput!) { updateCamera(input: $input) { id } }`, { input: { id: ids.c1, version, upsAutonomyMinutes: 180 } });
    const outage = await night({ from: '19:00', to: '06:30', outFrom: '02:00', outTo: '04:00' });
    expect(outage.camerasDarkAtNight.map((entry) => entry.camera.code)).toEqual(['C2']);
    expect(spot(outage, 'S1').nightCoveredFraction).toBeCloseTo(0.19, 1);
  });

  it('refuses malformed times with BAD_USER_INPUT', async () => {
    for (const variables of [{ from: '25:00' }, { to: '7h' }, { outFrom: '02:00' }, { from: '18:00', to: '18:00' }]) {
      const result = await app.graphql(NIGHT, variables);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  const BANDWIDTH = `query($id: ID, $cameras: CameraSelection) { bandwidthReport(recordingProfileId: $id, cameras: $cameras) {
    recordingProfile { code } settings { retentionDays recordingMode raidOverheadPercent uplinkCapacityMbps }
    now { cameraCount netTerabytes rawTerabytes } planned { cameraCount meanRecordedMbps netTerabytes rawTerabytes }
    byModel { modelCode codec cameraCount dayMbps nightMbps }
    linkCount overSubscribedCount
    links { kind element { code } terminatesAt { code } cameraCount loadMbps capacityMbps overSubscribed }
    ingest { element { code } cameraCount loadMbps capacityMbps overSubscribed } } }`;

  // By hand: 1920 x 1080 x 25 fps x 0.08 bit/pixel (H.264, road) = 4.1472 Mbit/s by day, x 1.2 = 4.97664 by night;
  // the night 18:00-07:00 is 780 of 1440 minutes: mean (4.1472 x 660 + 4.97664 x 780) / 1440 = 4.59648 Mbit/s.
  const DAY = 4.1472;
  const NIGHT_MBPS = DAY * 1.2;
  const MEAN = (DAY * 660 + NIGHT_MBPS * 780) / 1440;
  const terabytes = (mbps: number, days: number, share = 1) => (mbps * 1e6 * share * 86_400 * days) / 8 / 1e12;

  it('sizes storage and links with the defaults when no profile is stored; the uplink fits', async () => {
    const { bandwidthReport: report } = await app.as('viewer').ok<any>(BANDWIDTH);
    expect(report.recordingProfile).toBeNull();
    expect(report.settings).toEqual({ retentionDays: 30, recordingMode: 'continuous', raidOverheadPercent: 25, uplinkCapacityMbps: 1000 });
    expect(report.now).toEqual({ cameraCount: 0, netTerabytes: 0, rawTerabytes: 0 });
    expect(report.planned.cameraCount).toBe(2);
    expect(report.planned.meanRecordedMbps).toBeCloseTo(2 * MEAN, 3);
    expect(report.planned.netTerabytes).toBeCloseTo(terabytes(2 * MEAN, 30), 3);
    expect(report.planned.rawTerabytes).toBeCloseTo(terabytes(2 * MEAN, 30) * 1.25, 3);
    expect(report.byModel).toEqual([{ modelCode: 'NIGHT-2MP', codec: 'h264', cameraCount: 2, dayMbps: expect.closeTo(DAY, 3), nightMbps: expect.closeTo(NIGHT_MBPS, 3) }]);
    expect(report.overSubscribedCount).toBe(0);
    // Each camera sends its night stream and a 1 Mbit/s live view at the busiest hour.
    const uplink = report.links.find((link: any) => link.kind === 'uplink');
    expect(uplink).toMatchObject({ element: { code: 'SW' }, terminatesAt: { code: 'CC' }, cameraCount: 2, capacityMbps: 1000, overSubscribed: false });
    expect(uplink.loadMbps).toBeCloseTo(2 * (NIGHT_MBPS + 1), 3);
    expect(report.ingest).toEqual([{ element: { code: 'CC' }, cameraCount: 2, loadMbps: uplink.loadMbps, capacityMbps: 10000, overSubscribed: false }]);
  });

  it("takes an engineer's stored profile: event recording for 90 days, and a 5 Mbit/s uplink flagged over-subscribed with its fiber run", async () => {
    const profile = await newRecordingProfile(app, { code: 'TENDER', recordingMode: 'event', eventRecordingShare: 0.5, retentionDays: 90, raidOverheadPercent: 0, uplinkCapacityMbps: 5 });
    const { bandwidthReport: report } = await app.ok<any>(BANDWIDTH, { id: profile.id });
    expect(report.recordingProfile).toEqual({ code: 'TENDER' });
    expect(report.planned.netTerabytes).toBeCloseTo(terabytes(2 * MEAN, 90, 0.5), 3);
    expect(report.planned.rawTerabytes).toBe(report.planned.netTerabytes);
    expect(report.overSubscribedCount).toBe(2);
    expect(report.links.filter((link: any) => link.overSubscribed).map((link: any) => `${link.kind}:${link.element.code}`).sort()).toEqual(['fiber_run:FR-CC-SW', 'uplink:SW']);
    // Without an id, the first stored profile by code is the one used.
    expect((await app.ok<any>(BANDWIDTH)).bandwidthReport.recordingProfile).toEqual({ code: 'TENDER' });
  });

  it('refuses an unknown profile (NOT_FOUND), a bad setting (BAD_USER_INPUT, nothing written) and a viewer editing profiles (FORBIDDEN)', async () => {
    const unknown = await app.graphql(BANDWIDTH, { id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [{ count: before }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM recording_profile`);
    const counts = await tableCounts(app);
    const create = `mutation($input: CreateRecordingProfileInput!) { createRecordingProfile(input: $input) { id } }`;
    const bad = await app.graphql(create, { input: { code: 'BAD', name: 'Bad', retentionDays: 0 } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/retentionDays/);
    const forbidden = await app.as('viewer').graphql(create, { input: { code: 'VIEW', name: 'Viewer' } });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [{ count: after }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM recording_profile`);
    expect(after).toBe(before);
    expect(await tableCounts(app)).toEqual(counts);
  });

  it("sizes a camera set to another codec than its model's with that codec, and refuses an unknown codec in words", async () => {
    const before = (await app.ok<any>(BANDWIDTH)).bandwidthReport;
    const [{ version }] = await app.dataSource.query(`SELECT version FROM camera WHERE id = $1`, [ids.c2]);
    const update = `mutation($input: UpdateCameraInput!) { updateCamera(input: $input) { codec version } }`;
    const set = await app.ok<any>(update, { input: { id: ids.c2, version, codec: 'h265' } });
    expect(set.updateCamera.codec).toBe('h265');
    const after = (await app.ok<any>(BANDWIDTH)).bandwidthReport;
    // C2 now streams at 0.55 of H.264: one line per model and codec, and the storage falls by C2's 45 %.
    expect(after.byModel.map((line: any) => [line.modelCode, line.codec, line.cameraCount])).toEqual([['NIGHT-2MP', 'h264', 1], ['NIGHT-2MP', 'h265', 1]]);
    expect(after.byModel[1].dayMbps).toBeCloseTo(DAY * 0.55, 3);
    expect(after.planned.meanRecordedMbps).toBeCloseTo(before.planned.meanRecordedMbps - MEAN * 0.45, 3);
    const bad = await app.graphql(update, { input: { id: ids.c2, version: set.updateCamera.version, codec: 'mjpeg' } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/mjpeg/);
    // Back to the model's codec.
    await app.ok(update, { input: { id: ids.c2, version: set.updateCamera.version, codec: null } });
    expect((await app.ok<any>(BANDWIDTH)).bandwidthReport.planned.meanRecordedMbps).toBeCloseTo(before.planned.meanRecordedMbps, 6);
  });
});
