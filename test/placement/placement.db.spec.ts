/**
 * The placement optimiser's application side on a small hand-built scene whose connection costs are
 * known: one street along x (0 to 300 m), a powered cabinet at its far end, a supply at its start, a
 * duct already laid along its last 100 m, an existing street light 8 m off the street at x = 100, and
 * a black spot north of it. Loading, pricing, a run with progress, acceptance and refusals.
 */
import { randomUUID } from 'node:crypto';
import type { Position } from 'geojson';
import { startTestApp, type TestApp } from '../support/test-app';
import { pollRunToEnd } from './placement-runs';
import {
  databaseFingerprint, line, nearFes, newBlackSpot, newCameraModel, newFiberRun, newNetworkNode, newPole, newPowerFeed, newPowerSource, point, rectangle,
} from '../support/factories';
import { metricPolicy } from '../../backend/src/core/geometry/metric';
import { FIBER_ROUTE_MAD_PER_METER, POWER_ROUTE_MAD_PER_METER, VIGIE_UNIT_COSTS } from '../../backend/src/network/unit-costs';

const IMPORT = `mutation($fc: String!) { importStreets(featureCollection: $fc, sourcePrefix: "test") { inserted } }`;
const START = `mutation($input: PlacementRunInput!) { run: startPlacementRun(input: $input) { id state progressFraction } }`;
const RUN = `query($id: ID!) { run: placementRun(id: $id) {
  id state phase progressFraction proposalCount error
  result { spentMad stoppedReason candidateMounts mountsWithoutConnection candidates objectiveBefore objectiveAfter
    blackSpots { blackSpotId code coveredFractionBefore coveredFractionAfter }
    proposals { index mountKind poleId newPole location modelCode headingDegrees tiltDegrees mountHeightMeters focalLengthMm
      cameraCostMad mountCostMad connectionCostMad totalCostMad coverage coverageLevel accepted cameraId
      blackSpots { code coveredSquareMeters exclusiveSquareMeters }
      fiber { alreadyConnected path lengthMeters ductMeters costMad targetCode }
      power { alreadyConnected lengthMeters ductMeters costMad targetCode } } } } }`;
const ACCEPT = `mutation($input: AcceptPlacementInput!) { accepted: acceptPlacementProposals(input: $input) { changeSetId cameraIds poleIds run { id } } }`;

const metric = metricPolicy(32630);
const along = (...points: [number, number][]) => metric.lineLengthMeters(points.map(([east, north]) => nearFes(east, north)) as Position[]);

const waitForRun = (app: TestApp, id: string) => pollRunToEnd(app, RUN, id);

describe('placement optimiser: problem, connection costs, runs and acceptance', () => {
  let app: TestApp;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp();
    const streets = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { osm_id: 1, highway: 'residential' }, geometry: line([0, 0], [100, 0], [200, 0], [300, 0]) }] };
    await app.ok(IMPORT, { fc: JSON.stringify(streets) });
    ids.source = (await newPowerSource(app, { code: 'PS-1', location: point(0, -5), capacityWatts: 5000 })).id;
    ids.cabinet = (await newNetworkNode(app, { code: 'CAB-1', kind: 'cabinet', location: point(300, 5), portCount: 8 })).id;
    await newPowerFeed(app, { code: 'PF-1', path: line([0, -5], [300, -5], [300, 5]), fromPowerSourceId: ids.source, to: { kind: 'network_node', id: ids.cabinet }, capacityWatts: 1000 });
    // A duct already along the last 100 m of the street (1 m off its centre line).
    await newFiberRun(app, { code: 'FR-DUCT', path: line([200, 1], [300, 1]), installMethod: 'underground_duct' });
    ids.light = (await newPole(app, { code: 'LIGHT-1', kind: 'street_light', heightMeters: 9, location: point(100, 8), existing: true, status: 'commissioned' })).id;
    ids.model = (await newCameraModel(app, { code: 'BUL-T', unitPriceMad: 4000, powerDrawWatts: 10 })).id;
    ids.spot = (await newBlackSpot(app, { code: 'BS-T', boundary: rectangle(70, 15, 130, 45), priority: 4, requiredLevel: 'observation' })).id;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('refuses bad input and the wrong roles with coded errors, and writes nothing', async () => {
    const before = await databaseFingerprint(app);
    const code = async (client: { graphql: TestApp['graphql'] }, input: Record<string, unknown>) => (await client.graphql(START, { input })).errors?.[0]?.extensions?.code;
    const good = { blackSpotIds: [ids.spot], budgetMad: 100_000 };
    expect(await code(app.as('viewer'), good)).toBe('FORBIDDEN');
    expect(await code(app.as('contractor'), good)).toBe('FORBIDDEN');
    expect(await code(app.as('maintenance'), good)).toBe('FORBIDDEN');
    expect(await code(app, { blackSpotIds: [ids.spot] })).toBe('BAD_USER_INPUT');
    expect(await code(app, { ...good, budgetMad: -5 })).toBe('BAD_USER_INPUT');
    expect(await code(app, { ...good, budgetMad: Number.MAX_VALUE })).toBe('BAD_USER_INPUT');
    expect(await code(app, { ...good, maxCameras: 0 })).toBe('BAD_USER_INPUT');
    expect(await code(app, { ...good, newPoleSpacingMeters: 1 })).toBe('BAD_USER_INPUT');
    expect(await code(app, { ...good, zoneId: randomUUID() })).toBe('BAD_USER_INPUT');
    expect(await code(app, { ...good, blackSpotIds: [randomUUID()] })).toBe('NOT_FOUND');
    expect(await code(app, { ...good, blackSpotIds: ['not-a-uuid'] })).toBe('NOT_FOUND');
    expect(await code(app, { budgetMad: 1000, zoneId: randomUUID() })).toBe('NOT_FOUND');
    expect(await code(app, { ...good, modelIds: [randomUUID()] })).toBe('NOT_FOUND');
    expect((await app.graphql(RUN, { id: randomUUID() })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await app.as('viewer').graphql(RUN, { id: randomUUID() })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('prices the street light\'s connection along the street, the duct as a duct, and proposes a camera on it', async () => {
    const { run: started } = await app.ok(START, { input: { blackSpotIds: [ids.spot], budgetMad: 200_000, maxCameras: 1, modelIds: [ids.model] } });
    expect(started.state).toBe('loading');
    const run = await waitForRun(app, started.id);
    expect(run.state).toBe('done');
    expect(run.progressFraction).toBe(1);
    const { result } = run;
    expect(result.candidateMounts).toBe(1);
    expect(result.mountsWithoutConnection).toBe(0);
    expect(result.proposals).toHaveLength(1);
    const [proposal] = result.proposals;
    expect(proposal.poleId).toBe(ids.light);
    expect(proposal.mountKind).toBe('street_light');
    expect(proposal.location.coordinates).toEqual(nearFes(100, 8));

    // Fiber: 8 m to the street, 200 m along it (the last 100 m in the duct), 5 m to the cabinet.
    const fiberLength = along([100, 8], [100, 0]) + along([100, 0], [300, 0]) + along([300, 0], [300, 5]);
    const ductMeters = along([200, 0], [300, 0]);
    const fiberCost = (fiberLength - ductMeters) * FIBER_ROUTE_MAD_PER_METER.underground_duct + ductMeters * FIBER_ROUTE_MAD_PER_METER.existing_duct
      + 2 * VIGIE_UNIT_COSTS.fiberSplicingMadPerRunEnd;
    expect(proposal.fiber.targetCode).toBe('CAB-1');
    expect(proposal.fiber.lengthMeters).toBeCloseTo(fiberLength, 1);
    expect(proposal.fiber.ductMeters).toBeCloseTo(ductMeters, 1);
    expect(Math.abs(proposal.fiber.costMad - fiberCost)).toBeLessThan(10);
    // Power: 8 m to the street, 100 m back along it, 5 m to the supply (a trench: no duct there).
    const powerLength = along([100, 8], [100, 0]) + along([100, 0], [0, 0]) + along([0, 0], [0, -5]);
    expect(proposal.power.targetCode).toBe('PS-1');
    expect(proposal.power.lengthMeters).toBeCloseTo(powerLength, 1);
    expect(proposal.power.ductMeters).toBeCloseTo(0, 1);
    expect(Math.abs(proposal.power.costMad - powerLength * POWER_ROUTE_MAD_PER_METER.underground_duct)).toBeLessThan(10);
    // Camera, the bracket on the existing light, and the connection.
    expect(proposal.cameraCostMad).toBe(4000 + VIGIE_UNIT_COSTS.cameraInstallationByKindMad.fixed_bullet);
    expect(proposal.mountCostMad).toBe(VIGIE_UNIT_COSTS.existingPoleMountByKindMad.street_light + VIGIE_UNIT_COSTS.existingPoleMountInstallationByKindMad.street_light);
    expect(proposal.connectionCostMad).toBeCloseTo(proposal.fiber.costMad + proposal.power.costMad, 0);
    expect(proposal.totalCostMad).toBeCloseTo(proposal.cameraCostMad + proposal.mountCostMad + proposal.connectionCostMad, 0);
    expect(result.spentMad).toBeCloseTo(proposal.totalCostMad, 0);
    // It looks north, at the black spot, and explains what it covers.
    expect(Math.min(proposal.headingDegrees, 360 - proposal.headingDegrees)).toBeLessThan(60);
    expect(proposal.blackSpots[0].code).toBe('BS-T');
    expect(proposal.blackSpots[0].coveredSquareMeters).toBeGreaterThan(100);
    expect(proposal.coverage.type).toBe('MultiPolygon');
    const [spot] = result.blackSpots;
    expect(spot.coveredFractionBefore).toBe(0);
    expect(spot.coveredFractionAfter).toBeGreaterThan(0.2);
  });

  it('a budget below the cheapest camera proposes nothing; new poles along the street are candidates when allowed', async () => {
    const poor = await waitForRun(app, (await app.ok(START, { input: { blackSpotIds: [ids.spot], budgetMad: 1000, modelIds: [ids.model] } })).run.id);
    expect(poor.state).toBe('done');
    expect(poor.result.proposals).toHaveLength(0);
    expect(poor.result.stoppedReason).toBe('budget');
    const withPoles = await waitForRun(app, (await app.ok(START, { input: { blackSpotIds: [ids.spot], maxCameras: 3, modelIds: [ids.model], allowNewPoles: true, newPoleSpacingMeters: 40 } })).run.id);
    expect(withPoles.state).toBe('done');
    // Street light + new poles every 40 m along the street within reach (none within 20 m of the light).
    expect(withPoles.result.candidateMounts).toBeGreaterThan(3);
    expect(withPoles.result.proposals.length).toBeGreaterThanOrEqual(2);
  });

  it('accepts two proposals as planned cameras (and a new pole) in one audited step; refuses unknown, repeated and already accepted ones', async () => {
    const run = await waitForRun(app, (await app.ok(START, { input: { blackSpotIds: [ids.spot], maxCameras: 3, modelIds: [ids.model], allowNewPoles: true, newPoleSpacingMeters: 40 } })).run.id);
    expect(run.result.proposals.length).toBeGreaterThanOrEqual(2);
    const before = await databaseFingerprint(app);
    const refused = async (client: { graphql: TestApp['graphql'] }, input: Record<string, unknown>) => {
      const errors = (await client.graphql(ACCEPT, { input })).errors;
      return errors?.[0]?.extensions?.reason ?? errors?.[0]?.extensions?.code;
    };
    expect(await refused(app.as('viewer'), { runId: run.id, proposalIndexes: [0] })).toBe('FORBIDDEN');
    expect(await refused(app, { runId: run.id, proposalIndexes: [99] })).toBe('UNKNOWN_PROPOSAL');
    expect(await refused(app, { runId: run.id, proposalIndexes: [0, 0] })).toBe('DUPLICATE_PROPOSAL');
    expect(await refused(app, { runId: randomUUID(), proposalIndexes: [0] })).toBe('NOT_FOUND');
    expect(await databaseFingerprint(app)).toBe(before);

    const auditBefore = (await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`))[0].n;
    const { accepted } = await app.ok(ACCEPT, { input: { runId: run.id, proposalIndexes: [0, 1] } });
    expect(accepted.cameraIds).toHaveLength(2);
    const cameras = await app.dataSource.query(
      `SELECT c.id, c.status, c.pole_id, c.heading_degrees, m.code AS model FROM camera c JOIN camera_model m ON m.id = c.model_id WHERE c.id = ANY($1::uuid[]) ORDER BY c.code`,
      [accepted.cameraIds],
    );
    expect(cameras.map((camera: any) => [camera.status, camera.model])).toEqual([['planned', 'BUL-T'], ['planned', 'BUL-T']]);
    for (const [k, index] of [0, 1].entries()) {
      const proposal = run.result.proposals[index];
      const camera = cameras.find((row: any) => row.id === accepted.cameraIds[k]);
      expect(camera.heading_degrees).toBeCloseTo(proposal.headingDegrees, 6);
      if (!proposal.newPole) expect(camera.pole_id).toBe(proposal.poleId);
    }
    const newPoles = run.result.proposals.slice(0, 2).filter((proposal: any) => proposal.newPole).length;
    expect(accepted.poleIds.length).toBeLessThanOrEqual(newPoles);
    if (newPoles) expect(accepted.poleIds.length).toBeGreaterThan(0);
    // One audit entry per camera and pole written, in one transaction.
    const auditAfter = (await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`))[0].n;
    expect(auditAfter - auditBefore).toBe(accepted.cameraIds.length + accepted.poleIds.length);
    // Their coverage is stored with them (the black spot's coverage rises).
    const [{ rows }] = await app.dataSource.query(`SELECT count(*)::int AS rows FROM camera_coverage WHERE camera_id = ANY($1::uuid[])`, [accepted.cameraIds]);
    expect(rows).toBe(8);

    const { run: after } = await app.ok(RUN, { id: run.id });
    expect(after.result.proposals.slice(0, 2).map((proposal: any) => proposal.accepted)).toEqual([true, true]);
    expect(await refused(app, { runId: run.id, proposalIndexes: [1] })).toBe('ALREADY_ACCEPTED');

    // One undoable step: the change set holds every camera and pole, and undoing it takes them all back.
    expect(accepted.changeSetId).toBeTruthy();
    const { changeSet } = await app.ok(`query($id: ID!) { changeSet(id: $id) { kind entryCount } }`, { id: accepted.changeSetId });
    expect(changeSet).toEqual({ kind: 'placement', entryCount: accepted.cameraIds.length + accepted.poleIds.length });
    expect((await app.as('viewer').graphql(`mutation($id: ID!) { undoChangeSet(id: $id) { id } }`, { id: accepted.changeSetId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await app.ok(`mutation($id: ID!) { undoChangeSet(id: $id) { id } }`, { id: accepted.changeSetId });
    const left = await app.dataSource.query(`SELECT count(*)::int AS n FROM camera WHERE id = ANY($1::uuid[])`, [accepted.cameraIds]);
    expect(left[0].n).toBe(0);
    if (accepted.poleIds.length) expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM pole WHERE id = ANY($1::uuid[])`, [accepted.poleIds]))[0].n).toBe(0);
    // Undone proposals may be accepted again.
    const again = (await app.ok(ACCEPT, { input: { runId: run.id, proposalIndexes: [1] } })).accepted;
    expect(again.cameraIds).toHaveLength(1);
  });

  it('cancels a long run: it stops at its next step and keeps what it chose', async () => {
    // A long run: a 600 m grid of streets every 100 m, candidate new poles every 10 m, a wide black spot.
    const grid = [];
    for (let k = 0; k <= 6; k++) {
      grid.push({ type: 'Feature', properties: { osm_id: 100 + k }, geometry: line([-100, 100 * k - 100], [500, 100 * k - 100]) });
      grid.push({ type: 'Feature', properties: { osm_id: 200 + k }, geometry: line([100 * k - 100, -100], [100 * k - 100, 500]) });
    }
    await app.ok(IMPORT, { fc: JSON.stringify({ type: 'FeatureCollection', features: grid }) });
    const wide = (await newBlackSpot(app, { code: 'BS-WIDE', boundary: rectangle(-50, 150, 450, 450), priority: 1, requiredLevel: 'detection' })).id;
    const { run } = await app.ok(START, {
      input: { blackSpotIds: [wide], maxCameras: 50, allowNewPoles: true, newPoleSpacingMeters: 10, reachMeters: 200, headingStepDegrees: 5 },
    });
    const { run: cancelling } = await app.ok(`mutation($id: ID!) { run: cancelPlacementRun(id: $id) { id state } }`, { id: run.id });
    expect(cancelling.id).toBe(run.id);
    const ended = await waitForRun(app, run.id);
    expect(ended.state).toBe('cancelled');
    // Cancelled while loading: no result; while optimising: what was chosen so far.
    if (ended.result) expect(ended.result.stoppedReason).toBe('cancelled');
  });
});
