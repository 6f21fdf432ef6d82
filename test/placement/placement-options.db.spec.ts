/**
 * The optimiser's run options on a hand-built scene: a cabinet's last free port shared between two
 * proposals, the night target, walls drawn by the engineer, PTZ cameras (candidates and existing).
 *
 *            BS-1 (90..110, 15..30)         BS-2 (190..210, 15..30)   (one camera each covers all of it)
 *                 LIGHT-1 (100, 8)                LIGHT-2 (200, 8)
 *   PS-1 (0,-5) ═══════════ street y = 0 ═══ CAB-A (150, 5) ═══════════ CAB-B (300, 5)
 *                                            1 free port               8 free ports
 * Fiber from LIGHT-1: 63 m to CAB-A, 213 m to CAB-B; from LIGHT-2: 63 m to CAB-A, 113 m to CAB-B.
 */
import type { LineString } from 'geojson';
import { startTestApp, type TestApp } from '../support/test-app';
import { pollRunToEnd } from './placement-runs';
import { line, newBlackSpot, newCamera, newCameraModel, newNetworkNode, newPole, newPowerFeed, newPowerSource, point, rectangle } from '../support/factories';

const IMPORT = `mutation($fc: String!) { importStreets(featureCollection: $fc, sourcePrefix: "test") { inserted } }`;
const START = `mutation($input: PlacementRunInput!) { run: startPlacementRun(input: $input) { id state night } }`;
const RUN = `query($id: ID!) { run: placementRun(id: $id) {
  id state night error
  result { spentMad candidateMounts mountsWithoutConnection
    blackSpots { code coveredFractionBefore coveredFractionAfter }
    proposals { index mountKind poleId newPole newPoleHeightMeters location headingDegrees tiltDegrees mountHeightMeters focalLengthMm zoomFactor
      connectionCostMad fiber { alreadyConnected costMad targetCode } power { costMad targetCode } } } } }`;
const ACCEPT = `mutation($input: AcceptPlacementInput!) { accepted: acceptPlacementProposals(input: $input) { cameraIds poleIds } }`;

async function runToEnd(app: TestApp, input: Record<string, unknown>): Promise<any> {
  const { run: started } = await app.ok(START, { input });
  const run = await pollRunToEnd(app, RUN, started.id);
  expect(run.error).toBeNull();
  return run;
}

describe('placement optimiser options: shared ports, night, walls, PTZ', () => {
  let app: TestApp;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp();
    const streets = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { osm_id: 1, highway: 'residential' }, geometry: line([0, 0], [100, 0], [150, 0], [200, 0], [300, 0]) }] };
    await app.ok(IMPORT, { fc: JSON.stringify(streets) });
    ids.source = (await newPowerSource(app, { code: 'PS-1', location: point(0, -5), capacityWatts: 5000 })).id;
    ids.cabinetA = (await newNetworkNode(app, { code: 'CAB-A', kind: 'cabinet', location: point(150, 5), portCount: 1 })).id;
    ids.cabinetB = (await newNetworkNode(app, { code: 'CAB-B', kind: 'cabinet', location: point(300, 5), portCount: 8 })).id;
    await newPowerFeed(app, { code: 'PF-A', path: line([0, -5], [150, -5], [150, 5]), fromPowerSourceId: ids.source, to: { kind: 'network_node', id: ids.cabinetA }, capacityWatts: 1000 });
    await newPowerFeed(app, { code: 'PF-B', path: line([0, -6], [300, -6], [300, 5]), fromPowerSourceId: ids.source, to: { kind: 'network_node', id: ids.cabinetB }, capacityWatts: 1000 });
    ids.light1 = (await newPole(app, { code: 'LIGHT-1', kind: 'street_light', heightMeters: 9, location: point(100, 8), existing: true, status: 'commissioned' })).id;
    ids.light2 = (await newPole(app, { code: 'LIGHT-2', kind: 'street_light', heightMeters: 9, location: point(200, 8), existing: true, status: 'commissioned' })).id;
    // A fixed 90-degree 1080p bullet: detection reaches about 38 m, so each light serves only its own spot.
    const fixed = { horizontalPixels: 1920, verticalPixels: 1080, focalLengthMinMm: null, focalLengthMaxMm: null, fixedHorizontalFieldOfViewDegrees: 90, unitPriceMad: 4000, powerDrawWatts: 10 };
    ids.model = (await newCameraModel(app, { ...fixed, code: 'BUL-O', irRangeMeters: 20 })).id;
    ids.dark = (await newCameraModel(app, { ...fixed, code: 'BUL-DARK', irRangeMeters: null })).id;
    ids.ptz = (await newCameraModel(app, {
      code: 'PTZ-25', kind: 'ptz', name: '2 MP 25x PTZ', horizontalPixels: 1920, verticalPixels: 1080, focalLengthMinMm: 4.8, focalLengthMaxMm: 120,
      panRangeDegrees: 360, opticalZoom: 25, unitPriceMad: 15000, powerDrawWatts: 30,
    })).id;
    ids.spot1 = (await newBlackSpot(app, { code: 'BS-1', boundary: rectangle(90, 15, 110, 30), priority: 5, requiredLevel: 'detection' })).id;
    ids.spot2 = (await newBlackSpot(app, { code: 'BS-2', boundary: rectangle(190, 15, 210, 30), priority: 3, requiredLevel: 'detection' })).id;
  });
  afterAll(async () => {
    await app?.close();
  });

  it("gives CAB-A's last free port to one proposal and connects the other to CAB-B, priced as such", async () => {
    // BS-1 weighs more: LIGHT-1's camera is chosen first and takes CAB-A's port; LIGHT-2's then goes to CAB-B.
    const run = await runToEnd(app, { blackSpotIds: [ids.spot1, ids.spot2], budgetMad: 200_000, maxCameras: 2, modelIds: [ids.model] });
    expect(run.result.mountsWithoutConnection).toBe(0);
    const byPole = Object.fromEntries(run.result.proposals.map((proposal: any) => [proposal.poleId, proposal]));
    expect(Object.keys(byPole).sort()).toEqual([ids.light1, ids.light2].sort());
    // By hand: LIGHT-1 on CAB-A (63 m) and LIGHT-2 on CAB-B (113 m) cost less than the other way round (213 + 63 m).
    expect(byPole[ids.light1].fiber.targetCode).toBe('CAB-A');
    expect(byPole[ids.light2].fiber.targetCode).toBe('CAB-B');
    expect(byPole[ids.light2].fiber.costMad).toBeGreaterThan(byPole[ids.light1].fiber.costMad);
    for (const proposal of run.result.proposals) expect(proposal.connectionCostMad).toBeCloseTo(proposal.fiber.costMad + proposal.power.costMad, 0);
  });

  it('targets night coverage on request: the infrared range caps it, a model without night light proposes nothing', async () => {
    const day = await runToEnd(app, { blackSpotIds: [ids.spot1], maxCameras: 1, modelIds: [ids.model] });
    const night = await runToEnd(app, { blackSpotIds: [ids.spot1], maxCameras: 1, modelIds: [ids.model], night: true });
    expect(day.night).toBe(false);
    expect(night.night).toBe(true);
    const [dayAfter, nightAfter] = [day, night].map((run) => run.result.blackSpots[0].coveredFractionAfter);
    // BS-1 lies 7 to 24 m from LIGHT-1; infrared reaches 20 m.
    expect(nightAfter).toBeGreaterThan(0.05);
    expect(nightAfter).toBeLessThan(dayAfter);
    const dark = await runToEnd(app, { blackSpotIds: [ids.spot1], maxCameras: 1, modelIds: [ids.dark], night: true });
    expect(dark.result.proposals).toEqual([]);
  });

  it("counts each camera's watts on a pole already powered: a second camera needs its source to have room too", async () => {
    //                 BS-3 (990..1010, 15..30)
    //   PS-3 (950,-5) ══ PF-3 ══╗ LIGHT-3 (1000, 2), fed, no fiber   ═══ street ═══ CAB-C (1050, 5) ══ PS-4
    //                 BS-4 (990..1010, -30..-15)
    // PS-3 has 15 W spare and the model draws 10 W: one camera on LIGHT-3, not one per black spot.
    const streets = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { osm_id: 2, highway: 'residential' }, geometry: line([950, 0], [1000, 0], [1100, 0]) }] };
    await app.ok(IMPORT, { fc: JSON.stringify(streets) });
    const source = await newPowerSource(app, { code: 'PS-3', location: point(950, -5), capacityWatts: 15 });
    // The cabinet has its own supply (an unpowered node is no fiber target).
    const cabinet = await newNetworkNode(app, { code: 'CAB-C', kind: 'cabinet', location: point(1050, 5), portCount: 8 });
    const cabinetSupply = await newPowerSource(app, { code: 'PS-4', location: point(1100, -5), capacityWatts: 5000 });
    await newPowerFeed(app, { code: 'PF-4', path: line([1100, -5], [1050, -5], [1050, 5]), fromPowerSourceId: cabinetSupply.id, to: { kind: 'network_node', id: cabinet.id }, capacityWatts: 1000 });
    const light = await newPole(app, { code: 'LIGHT-3', kind: 'street_light', heightMeters: 9, location: point(1000, 2), existing: true, status: 'commissioned' });
    await newPowerFeed(app, { code: 'PF-3', path: line([950, -5], [1000, -5], [1000, 2]), fromPowerSourceId: source.id, to: { kind: 'pole', id: light.id }, capacityWatts: 1000 });
    const spots = [
      (await newBlackSpot(app, { code: 'BS-3', boundary: rectangle(990, 15, 1010, 30), priority: 3, requiredLevel: 'detection' })).id,
      (await newBlackSpot(app, { code: 'BS-4', boundary: rectangle(990, -30, 1010, -15), priority: 3, requiredLevel: 'detection' })).id,
    ];
    const input = { blackSpotIds: spots, maxCameras: 2, modelIds: [ids.model], reachMeters: 40 };
    const tight = await runToEnd(app, input);
    expect(tight.result.proposals.map((proposal: any) => proposal.poleId)).toEqual([light.id]);
    // Already fed: no power to build, and the fiber goes to CAB-C.
    expect(tight.result.proposals[0].power.costMad).toBe(0);
    expect(tight.result.proposals[0].fiber.targetCode).toBe('CAB-C');

    await app.ok('mutation($input: UpdatePowerSourceInput!) { updatePowerSource(input: $input) { id } }', { input: { id: source.id, version: 1, capacityWatts: 25 } });
    const roomy = await runToEnd(app, input);
    expect(roomy.result.proposals.map((proposal: any) => proposal.poleId)).toEqual([light.id, light.id]);
  });

  it('tries brackets along a drawn wall, facing the black spot, and accepts one as a wall mount', async () => {
    const spot = (await newBlackSpot(app, { code: 'BS-W', boundary: rectangle(70, 100, 130, 130), priority: 3, requiredLevel: 'detection' })).id;
    const wall = line([80, 140], [120, 140]) as LineString;
    const code = async (input: Record<string, unknown>) => (await app.graphql(START, { input })).errors?.[0]?.extensions?.code;
    expect(await code({ blackSpotIds: [spot], maxCameras: 1, walls: [wall], wallSpacingMeters: 1 })).toBe('BAD_USER_INPUT');
    expect(await code({ blackSpotIds: [spot], maxCameras: 1, walls: [wall], wallMountHeightMeters: 100 })).toBe('BAD_USER_INPUT');
    expect(await code({ blackSpotIds: [spot], maxCameras: 1, walls: [line([0, 0], [30_000, 0])] })).toBe('BAD_USER_INPUT');

    // Within 30 m of BS-W only the wall: 40 m at 10 m spacing = brackets at 5, 15, 25, 35 m.
    const run = await runToEnd(app, { blackSpotIds: [spot], maxCameras: 1, modelIds: [ids.model], reachMeters: 30, walls: [wall], wallSpacingMeters: 10, wallMountHeightMeters: 5 });
    expect(run.result.candidateMounts).toBe(4);
    const [proposal] = run.result.proposals;
    expect(proposal.mountKind).toBe('wall');
    expect(proposal.newPole).toBe(true);
    expect(proposal.mountHeightMeters).toBe(5);
    // It faces the spot (south of the wall): within 90 degrees of south.
    expect(Math.abs(proposal.headingDegrees - 180)).toBeLessThanOrEqual(90);
    expect(run.result.blackSpots[0].coveredFractionAfter).toBeGreaterThan(0.2);
    const { accepted } = await app.ok(ACCEPT, { input: { runId: run.id } });
    const [pole] = await app.dataSource.query(`SELECT kind, height_meters, code FROM pole WHERE id = $1`, [accepted.poleIds[0]]);
    expect(pole).toMatchObject({ kind: 'wall_mount', height_meters: 5.4 });
    expect(pole.code).toMatch(/^WALL-OPT-/);
  });

  it('proposes a PTZ at a guard position kept as its preset, and counts an existing PTZ by its presets', async () => {
    const run = await runToEnd(app, { blackSpotIds: [ids.spot2], maxCameras: 1, modelIds: [ids.ptz] });
    const [proposal] = run.result.proposals;
    expect(proposal.zoomFactor).toBeGreaterThanOrEqual(1);
    const { accepted } = await app.ok(ACCEPT, { input: { runId: run.id } });
    const [camera] = await app.dataSource.query(`SELECT ptz_presets, heading_degrees FROM camera WHERE id = $1`, [accepted.cameraIds[0]]);
    expect(camera.ptz_presets).toEqual([{ name: 'Guard', headingDegrees: proposal.headingDegrees, tiltDegrees: proposal.tiltDegrees, zoomFactor: proposal.zoomFactor }]);
    await app.dataSource.query(`DELETE FROM camera WHERE id = $1`, [accepted.cameraIds[0]]);

    // An existing PTZ north of BS-2 looking east (away from it) but with a preset looking south at it.
    const before = await runToEnd(app, { blackSpotIds: [ids.spot2], maxCameras: 1, modelIds: [ids.model] });
    expect(before.result.blackSpots[0].coveredFractionBefore).toBe(0);
    await newCamera(app, {
      code: 'PTZ-OLD', modelId: ids.ptz, location: point(200, 60), mountHeightMeters: 8, headingDegrees: 90, tiltDegrees: 15,
      ptzPresets: [{ name: 'Square', headingDegrees: 180, tiltDegrees: 15, zoomFactor: 1 }],
    });
    const after = await runToEnd(app, { blackSpotIds: [ids.spot2], maxCameras: 1, modelIds: [ids.model] });
    expect(after.result.blackSpots[0].coveredFractionBefore).toBeGreaterThan(0.1);
  });

  it('keeps runs in the database: a run stored by another process is read and accepted here; one whose process stopped is marked failed', async () => {
    const run = await runToEnd(app, { blackSpotIds: [ids.spot1], maxCameras: 1, modelIds: [ids.model] });
    const [stored] = await app.dataSource.query(`SELECT state, result IS NOT NULL AS has_result, input FROM placement_run WHERE id = $1`, [run.id]);
    expect(stored).toMatchObject({ state: 'done', has_result: true, input: { maxCameras: 1, modelIds: [ids.model] } });

    // The same run as if another process had run it: a copy of the row under a new id.
    const [{ id: copy }] = await app.dataSource.query(
      `INSERT INTO placement_run (id, state, phase, progress_fraction, proposal_count, budget_mad, max_cameras, night, input, result, started_at, finished_at, heartbeat_at)
       SELECT gen_random_uuid(), state, phase, progress_fraction, proposal_count, budget_mad, max_cameras, night, input, result, started_at, finished_at, heartbeat_at
         FROM placement_run WHERE id = $1 RETURNING id`,
      [run.id],
    );
    const { run: read } = await app.ok(RUN, { id: copy });
    expect(read.result.proposals).toEqual(run.result.proposals);
    const { accepted } = await app.ok(ACCEPT, { input: { runId: copy } });
    expect(accepted.cameraIds).toHaveLength(1);
    const [{ accepted: marks }] = await app.dataSource.query(`SELECT accepted FROM placement_run WHERE id = $1`, [copy]);
    expect(marks).toEqual({ 0: accepted.cameraIds[0] });
    expect((await app.graphql(ACCEPT, { input: { runId: copy, proposalIndexes: [0] } })).errors?.[0]?.extensions?.reason).toBe('ALREADY_ACCEPTED');

    // A run whose process stopped beating a minute ago (restart, crash): failed, with the reason.
    const [{ id: orphan }] = await app.dataSource.query(
      `INSERT INTO placement_run (id, state, phase, progress_fraction, input, started_at, heartbeat_at)
       VALUES (gen_random_uuid(), 'running', 'coverage', 0.4, '{}'::jsonb, now() - interval '2 minutes', now() - interval '1 minute') RETURNING id`,
    );
    const { run: interrupted } = await app.ok(RUN, { id: orphan });
    expect(interrupted.state).toBe('failed');
    expect(interrupted.error).toMatch(/^Interrupted: the server process running it stopped/);
    const [row] = await app.dataSource.query(`SELECT state, finished_at IS NOT NULL AS ended FROM placement_run WHERE id = $1`, [orphan]);
    expect(row).toEqual({ state: 'failed', ended: true });
    // One that still beats is left alone.
    const [{ id: alive }] = await app.dataSource.query(
      `INSERT INTO placement_run (id, state, input) VALUES (gen_random_uuid(), 'running', '{}'::jsonb) RETURNING id`,
    );
    expect((await app.ok(RUN, { id: alive })).run.state).toBe('running');
  });
});
