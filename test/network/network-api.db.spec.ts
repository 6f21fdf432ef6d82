import type { Polygon } from 'geojson';
import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import {
  databaseFingerprint, line, newCamera, newCameraModel, newFiberRun, newNetworkNode, newPole, newPowerFeed, newPowerSource,
  newBlackSpot, newZone, point, rectangle,
} from '../support/factories';
import { VIGIE_UNIT_COSTS } from '../../backend/src/network/unit-costs';

/**
 * A hand-built network with known answers (metres east, north of the test origin):
 *
 *   SL (0,250) street-lighting circuit, switched feed F3 ----------> P3 (0,200) [camC]
 *                                                                     |
 *                                                                    R4 (200 m)
 *                                                                     |
 *   CC (0,0) control centre ============ R1 trunk (400 m) ========= SW (400,0) switch --R2 (100 m)-- P1 (500,0) [camA, camA2]
 *                                                                     |
 *                                                                    R3 (100 m)
 *                                                                     |
 *                                                                  P2 (400,100) [camB]
 *   PS (0,-50) utility supply: feeds F1 -> P1, F2 -> P2, F4 -> SW (the switch draws its kind's default, 45 W).
 *   F3 is laid aerial (along the lighting poles), the other feeds underground (the default).
 *
 * Stored coverage (inserted directly, known squares):
 *   BS1 (450..550 x -50..50, 10,000 m2, recognition, priority 4): camA covers the west half, camC the east half.
 *   BS2 (380..420 x 80..120, 1,600 m2, recognition, priority 3): camA2 and camB each cover all of it.
 */
let app: TestApp;
const ids: Record<string, string> = {};

/** Replaces the computed coverage at one level by a known polygon, for answers checkable by hand. */
async function insertCoverage(cameraId: string, polygon: Polygon, level = 'recognition') {
  await app.dataSource.query(
    `INSERT INTO camera_coverage (camera_id, level, area, area_square_meters, computed_from)
     VALUES ($1, $2, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($3), 4326)), ST_Area(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($3), 4326), 32630)), '{}'::jsonb)
     ON CONFLICT ON CONSTRAINT camera_coverage_one_per_level
     DO UPDATE SET area = EXCLUDED.area, area_square_meters = EXCLUDED.area_square_meters`,
    [cameraId, level, JSON.stringify(polygon)],
  );
}

beforeAll(async () => {
  app = await startTestApp();
  const model = await newCameraModel(app, { powerDrawWatts: 12, unitPriceMad: 4200 });
  ids.CC = (await newNetworkNode(app, { code: 'CC', name: 'Control centre', kind: 'control_centre', location: point(0, 0), portCount: 96 })).id;
  ids.SW = (await newNetworkNode(app, { code: 'SW', name: 'Switch', kind: 'switch', location: point(400, 0), portCount: 8 })).id;
  ids.P1 = (await newPole(app, { code: 'P1', location: point(500, 0) })).id;
  ids.P2 = (await newPole(app, { code: 'P2', location: point(400, 100) })).id;
  ids.P3 = (await newPole(app, { code: 'P3', location: point(0, 200) })).id;
  ids.camA = (await newCamera(app, { code: 'CAM-A', modelId: model.id, poleId: ids.P1, location: point(500, 0) })).id;
  ids.camA2 = (await newCamera(app, { code: 'CAM-A2', modelId: model.id, poleId: ids.P1, location: point(500, 0) })).id;
  ids.camB = (await newCamera(app, { code: 'CAM-B', modelId: model.id, poleId: ids.P2, location: point(400, 100) })).id;
  ids.camC = (await newCamera(app, { code: 'CAM-C', modelId: model.id, poleId: ids.P3, location: point(0, 200) })).id;
  const run = (code: string, from: [string, string, number, number], to: [string, string, number, number]) =>
    newFiberRun(app, {
      code, path: line([from[2], from[3]], [to[2], to[3]]),
      from: { kind: from[0], id: ids[from[1]] }, to: { kind: to[0], id: ids[to[1]] },
    });
  ids.R1 = (await run('R1', ['network_node', 'CC', 0, 0], ['network_node', 'SW', 400, 0])).id;
  ids.R2 = (await run('R2', ['network_node', 'SW', 400, 0], ['pole', 'P1', 500, 0])).id;
  ids.R3 = (await run('R3', ['network_node', 'SW', 400, 0], ['pole', 'P2', 400, 100])).id;
  ids.R4 = (await run('R4', ['network_node', 'CC', 0, 0], ['pole', 'P3', 0, 200])).id;
  ids.PS = (await newPowerSource(app, { code: 'PS', location: point(0, -50), capacityWatts: 5000 })).id;
  ids.SL = (await newPowerSource(app, { code: 'SL', kind: 'street_lighting_circuit', location: point(0, 250), capacityWatts: 500 })).id;
  ids.F1 = (await newPowerFeed(app, { code: 'F1', path: line([0, -50], [500, 0]), fromPowerSourceId: ids.PS, to: { kind: 'pole', id: ids.P1 } })).id;
  ids.F2 = (await newPowerFeed(app, { code: 'F2', path: line([0, -50], [400, 100]), fromPowerSourceId: ids.PS, to: { kind: 'pole', id: ids.P2 } })).id;
  ids.F3 = (await newPowerFeed(app, {
    code: 'F3', path: line([0, 250], [0, 200]), fromPowerSourceId: ids.SL, to: { kind: 'pole', id: ids.P3 }, switched: true, installMethod: 'aerial',
  })).id;
  ids.F4 = (await newPowerFeed(app, { code: 'F4', path: line([0, -50], [400, 0]), fromPowerSourceId: ids.PS, to: { kind: 'network_node', id: ids.SW } })).id;
  ids.BS1 = (await newBlackSpot(app, { code: 'BS1', boundary: rectangle(450, -50, 550, 50), priority: 4, requiredLevel: 'recognition' })).id;
  ids.BS2 = (await newBlackSpot(app, { code: 'BS2', boundary: rectangle(380, 80, 420, 120), priority: 3, requiredLevel: 'recognition' })).id;
  await insertCoverage(ids.camA, rectangle(450, -50, 500, 50));
  await insertCoverage(ids.camC, rectangle(500, -50, 550, 50));
  await insertCoverage(ids.camA2, rectangle(370, 70, 430, 130));
  await insertCoverage(ids.camB, rectangle(380, 80, 420, 120));
  // A detection-level row over BS1 must not count for a spot required at recognition.
  await insertCoverage(ids.camB, rectangle(450, -50, 550, 50), 'detection');
});
afterAll(async () => {
  await app?.close();
});

const PATH = `query($id: ID!) { path: cameraNetworkPath(cameraId: $id) {
  cameraCode connected lengthMeters linkLengthMeters opticalLossDb marginDb budgetDb withinBudget
  attenuationLossDb splices spliceLossDb connectorLossDb
  elements { kind code } fiberRuns { code lengthMeters } networkNodes { code kind } linkTerminatesAt { code }
  highlight powered poweredByDay powerSource { code } powerFeeds { code } upsAutonomyMinutes
  darkByDay { from to minutesPerDay hoursPerDay } } }`;

describe('cameraNetworkPath', () => {
  it("gives camera A's ordered path, length and optical loss to its switch", async () => {
    const { path } = await app.ok(PATH, { id: ids.camA });
    expect(path.connected).toBe(true);
    expect(path.elements.map((e: { code: string }) => e.code)).toEqual(['CAM-A', 'P1', 'R2', 'SW', 'R1', 'CC']);
    expect(path.fiberRuns.map((r: { code: string }) => r.code)).toEqual(['R2', 'R1']);
    expect(path.networkNodes).toEqual([{ code: 'SW', kind: 'switch' }, { code: 'CC', kind: 'control_centre' }]);
    // The test origin's metres are flat-earth approximations: allow 1% against the geodesic lengths.
    expect(Math.abs(path.lengthMeters - 500)).toBeLessThan(5);
    expect(path.linkTerminatesAt.code).toBe('SW');
    expect(Math.abs(path.linkLengthMeters - 100)).toBeLessThan(1);
    // 100 m x 0.35 dB/km + one splice (pole P1) 0.1 dB + two connectors 2 x 0.5 dB = 1.135 dB.
    expect(path.opticalLossDb).toBeCloseTo(1.135, 2);
    expect(path).toMatchObject({ splices: 1, spliceLossDb: 0.1, connectorLossDb: 1 });
    expect(path.attenuationLossDb).toBeCloseTo(0.035, 2);
    expect(path.attenuationLossDb + path.spliceLossDb + path.connectorLossDb).toBeCloseTo(path.opticalLossDb, 3);
    expect(path.marginDb).toBeCloseTo(10 - 1.135, 2);
    expect(path.withinBudget).toBe(true);
    expect(path.highlight.type).toBe('MultiLineString');
    expect(path.highlight.coordinates).toHaveLength(2);
    expect(path).toMatchObject({ powered: true, poweredByDay: true, powerSource: { code: 'PS' }, powerFeeds: [{ code: 'F1' }], darkByDay: null });
  });

  it('says camera C is dark by day on the switched street-lighting circuit', async () => {
    const { path } = await app.ok(PATH, { id: ids.camC });
    expect(path.elements.map((e: { code: string }) => e.code)).toEqual(['CAM-C', 'P3', 'R4', 'CC']);
    expect(path.powered).toBe(true);
    expect(path.poweredByDay).toBe(false);
    expect(path.darkByDay).toEqual({ from: '06:30', to: '19:00', minutesPerDay: 750, hoursPerDay: 12.5 });
  });
});

describe('networkReport', () => {
  it('lists dark-by-day cameras, port use and no defects elsewhere', async () => {
    const { report } = await app.ok(`{ report: networkReport {
      cameraCount connectedAndPoweredCount camerasWithoutFiberPath { code } unpoweredCameras { code }
      camerasDarkByDay { camera { code } period { from to } } overloadedPowerFeeds { element { code } }
      fiberRunsWithoutSpareStrands { fiberRun { code } } switchPortUse { node { code } portsUsed portCount sparePorts }
      snappedEnds { line { code } } danglingEnds { line { code } reason } timings { loadMilliseconds buildMilliseconds analysisMilliseconds } } }`);
    expect(report.cameraCount).toBe(4);
    expect(report.connectedAndPoweredCount).toBe(4);
    expect(report.camerasWithoutFiberPath).toEqual([]);
    expect(report.unpoweredCameras).toEqual([]);
    expect(report.camerasDarkByDay).toEqual([{ camera: { code: 'CAM-C' }, period: { from: '06:30', to: '19:00' } }]);
    expect(report.danglingEnds).toEqual([]);
    expect(report.snappedEnds).toEqual([]);
    const sw = report.switchPortUse.find((use: { node: { code: string } }) => use.node.code === 'SW');
    // Three camera links (A, A2, B) and one uplink.
    expect(sw).toEqual({ node: { code: 'SW' }, portsUsed: 4, portCount: 8, sparePorts: 4 });
  });
});

const OUTAGE = `query($failed: FailedElementsInput!, $cameras: CameraSelection) {
  impact: outageImpact(failed: $failed, cameras: $cameras) {
    darkCameraIds darkCameras { code lostFiber lostPower lostFiberThroughUnpoweredNode } unpoweredNetworkNodes { code }
    blackSpots { blackSpot { code priority requiredLevel } areaSquareMeters coveredBeforeSquareMeters coveredAfterSquareMeters
      lostSquareMeters lostPercent priorityWeightedLostSquareMeters darkCameraIds }
    totalLostSquareMeters totalPriorityWeightedLostSquareMeters } }`;

describe('outageImpact', () => {
  it('cutting trunk R1 darkens exactly the cameras downstream and loses half of BS1', async () => {
    const { impact } = await app.ok(OUTAGE, { failed: { fiberRunIds: [ids.R1] } });
    expect(impact.darkCameras.map((c: { code: string }) => c.code).sort()).toEqual(['CAM-A', 'CAM-A2', 'CAM-B']);
    expect(impact.darkCameras.every((c: { lostFiber: boolean; lostPower: boolean }) => c.lostFiber && !c.lostPower)).toBe(true);
    const bs1 = impact.blackSpots.find((entry: { blackSpot: { code: string } }) => entry.blackSpot.code === 'BS1');
    // Areas are measured in UTM: within 1% of the flat-earth squares of the sketch.
    expect(Math.abs(bs1.areaSquareMeters - 10_000)).toBeLessThan(100);
    expect(bs1.coveredBeforeSquareMeters).toBeCloseTo(bs1.areaSquareMeters, 0);
    expect(bs1.coveredAfterSquareMeters).toBeCloseTo(bs1.areaSquareMeters / 2, -1);
    expect(bs1.lostPercent).toBeCloseTo(50, 0);
    expect(bs1.priorityWeightedLostSquareMeters).toBeCloseTo(4 * bs1.lostSquareMeters, 1);
    expect(bs1.darkCameraIds).toEqual([ids.camA]);
    const bs2 = impact.blackSpots.find((entry: { blackSpot: { code: string } }) => entry.blackSpot.code === 'BS2');
    expect(bs2.lostPercent).toBeCloseTo(100, 0);
    expect(bs2.coveredAfterSquareMeters).toBeCloseTo(0, 3);
    expect(impact.totalLostSquareMeters).toBeCloseTo(bs1.lostSquareMeters + bs2.lostSquareMeters, 1);
  });

  it('cutting R3 darkens camera B only and loses nothing (camera A2 still covers BS2)', async () => {
    const { impact } = await app.ok(OUTAGE, { failed: { fiberRunIds: [ids.R3] } });
    expect(impact.darkCameraIds).toEqual([ids.camB]);
    expect(impact.blackSpots).toEqual([{ ...impact.blackSpots[0], lostSquareMeters: 0, lostPercent: 0 }]);
  });

  it('a power source failure darkens by power', async () => {
    const { impact } = await app.ok(OUTAGE, { failed: { powerSourceIds: [ids.SL] } });
    expect(impact.darkCameras).toEqual([{ code: 'CAM-C', lostFiber: false, lostPower: true, lostFiberThroughUnpoweredNode: false }]);
    expect(impact.unpoweredNetworkNodes).toEqual([]);
  });

  it("cutting the switch's feed F4 darkens the cameras behind the switch, as cutting trunk R1 does", async () => {
    const { impact } = await app.ok(OUTAGE, { failed: { powerFeedIds: [ids.F4] } });
    expect(impact.unpoweredNetworkNodes).toEqual([{ code: 'SW' }]);
    expect(impact.darkCameras.map((c: { code: string }) => c.code).sort()).toEqual(['CAM-A', 'CAM-A2', 'CAM-B']);
    for (const camera of impact.darkCameras) expect(camera).toMatchObject({ lostFiber: true, lostPower: false, lostFiberThroughUnpoweredNode: true });
    const { impact: trunk } = await app.ok(OUTAGE, { failed: { fiberRunIds: [ids.R1] } });
    expect(impact.blackSpots).toEqual(trunk.blackSpots);
    expect(impact.totalLostSquareMeters).toBe(trunk.totalLostSquareMeters);
  });

  it('with cameras: live, planned (not yet installed) cameras count for nothing', async () => {
    const { impact } = await app.ok(OUTAGE, { failed: { fiberRunIds: [ids.R1] }, cameras: 'live' });
    expect(impact.darkCameraIds).toEqual([]);
    expect(impact.blackSpots).toEqual([]);
  });
});

describe('singlePointsOfFailure', () => {
  it('ranks the control centre first and names the black spots the trunk drops', async () => {
    const { spof } = await app.ok(`{ spof: singlePointsOfFailure(limit: 50) {
      element { kind code } camerasLost weightedCamerasLost blackSpotsDropped { code } } }`);
    const byCode = new Map(spof.map((entry: { element: { code: string } }) => [entry.element.code, entry]));
    expect(spof[0].element).toEqual({ kind: 'network_node', code: 'CC' });
    // Weights: 1 + priorities of the spots a camera covers: A 5, A2 4, B 4, C 5.
    expect(spof[0]).toMatchObject({ camerasLost: 4, weightedCamerasLost: 18 });
    expect(byCode.get('R1')).toMatchObject({ camerasLost: 3, weightedCamerasLost: 13 });
    expect((byCode.get('R1') as any).blackSpotsDropped.map((s: { code: string }) => s.code).sort()).toEqual(['BS1', 'BS2']);
    // BS2 is served by A2 and B, both behind R1; R2 loses A and A2 but B still covers BS2.
    expect((byCode.get('R2') as any).blackSpotsDropped.map((s: { code: string }) => s.code)).toEqual(['BS1']);
    expect((byCode.get('R3') as any).blackSpotsDropped).toEqual([]);
    expect(byCode.get('PS')).toMatchObject({ camerasLost: 3 });
    // The switch's own feed cuts off everything behind the switch.
    expect(byCode.get('F4')).toMatchObject({ camerasLost: 3, weightedCamerasLost: 13 });
    expect((byCode.get('F4') as any).blackSpotsDropped.map((s: { code: string }) => s.code).sort()).toEqual(['BS1', 'BS2']);
  });
});

describe('blackSpotSinglePointsOfFailure', () => {
  const QUERY = `query($id: ID!) { spof: blackSpotSinglePointsOfFailure(blackSpotId: $id, limit: 50) {
    element { kind code } camerasLost { code } coveredFractionBefore coveredFractionAfter lostSquareMeters } }`;

  it("ranks by the coverage each element alone costs the spot: the control centre takes all of BS1, camA's pole half", async () => {
    const { spof } = await app.ok(QUERY, { id: ids.BS1 });
    expect(spof[0]).toMatchObject({ element: { kind: 'network_node', code: 'CC' }, coveredFractionAfter: 0 });
    expect(spof[0].camerasLost.map((c: { code: string }) => c.code).sort()).toEqual(['CAM-A', 'CAM-C']);
    expect(spof[0].coveredFractionBefore).toBeCloseTo(1, 2);
    expect(spof[0].lostSquareMeters).toBeGreaterThan(9_900);
    const byCode = new Map(spof.map((entry: { element: { code: string } }) => [entry.element.code, entry]));
    for (const code of ['P1', 'R2', 'SW', 'R1', 'F1', 'P3', 'R4', 'F3', 'SL']) {
      expect((byCode.get(code) as { coveredFractionAfter: number } | undefined)?.coveredFractionAfter).toBeCloseTo(0.5, 2);
    }
    expect(byCode.has('R3')).toBe(false);
  });

  it('leaves out an element whose cameras another covers for: R2 darkens CAM-A2 but CAM-B still sees all of BS2', async () => {
    const { spof } = await app.ok(QUERY, { id: ids.BS2 });
    const codes = spof.map((entry: { element: { code: string } }) => entry.element.code);
    expect(codes).toEqual(expect.arrayContaining(['CC', 'R1', 'SW', 'F4']));
    expect(codes).not.toContain('R2');
    expect(codes).not.toContain('R3');
    const unknown = await app.graphql(QUERY, { id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('billOfQuantities', () => {
  it('totals supply and installation of the known set per zone and overall, VAT apart, against the budget', async () => {
    const zone = await newZone(app, { code: 'EAST', name: 'East', boundary: rectangle(300, -100, 600, 300) });
    const { bill } = await app.ok(`{ bill: billOfQuantities(budgetMad: 3000000) {
      zones { zoneId zoneCode lines { part category item unit quantity unitCostMad totalMad } supplyBeforeTaxMad installationBeforeTaxMad
        totalBeforeTaxMad vatMad totalWithTaxMad }
      overall { lines { part category item unit quantity totalMad } supplyBeforeTaxMad installationBeforeTaxMad totalBeforeTaxMad vatMad totalWithTaxMad }
      vatRate budgetBeforeTaxMad remainingBeforeTaxMad withinBudget missingUnitCosts } }`);
    const [{ fiber, underground, aerial }] = await app.dataSource.query(
      `SELECT (SELECT sum(length_meters) FROM fiber_run) AS fiber,
              (SELECT sum(length_meters) FROM power_feed WHERE install_method = 'underground_duct') AS underground,
              (SELECT sum(length_meters) FROM power_feed WHERE install_method = 'aerial') AS aerial`,
    );
    const c = VIGIE_UNIT_COSTS;
    const metres = (value: number) => Math.round(value * 10) / 10;
    const supply =
      4 * 4200 + 3 * c.poleByKindMad.street_light + c.networkNodeByKindMad.control_centre + c.networkNodeByKindMad.switch +
      c.powerSourceByKindMad.utility_supply + c.powerSourceByKindMad.street_lighting_circuit +
      metres(fiber) * c.fiberCableMadPerMeterByType.sm_g652d + metres(Number(underground) + Number(aerial)) * c.powerCableMadPerMeter;
    // Installation: 4 fixed cameras, 3 brackets on street lights, the control centre and the switch, 4 runs
    // in trenches with 8 ends spliced, F1, F2, F4 in trenches and F3 aerial.
    const installation =
      4 * c.cameraInstallationByKindMad.fixed_bullet + 3 * c.poleInstallationByKindMad.street_light +
      c.networkNodeInstallationByKindMad.control_centre + c.networkNodeInstallationByKindMad.switch +
      metres(fiber) * c.fiberInstallMadPerMeterByMethod.underground_duct + 8 * c.fiberSplicingMadPerRunEnd +
      metres(underground) * c.powerInstallMadPerMeterByMethod.underground_duct + metres(aerial) * c.powerInstallMadPerMeterByMethod.aerial;
    // Metres are rounded to 0.1 per zone line and again overall: a few tenths of a metre of difference.
    expect(Math.abs(bill.overall.supplyBeforeTaxMad - supply)).toBeLessThan(50);
    expect(Math.abs(bill.overall.installationBeforeTaxMad - installation)).toBeLessThan(150);
    expect(bill.overall.supplyBeforeTaxMad + bill.overall.installationBeforeTaxMad).toBeCloseTo(bill.overall.totalBeforeTaxMad, 1);
    expect(bill.overall.vatMad).toBeCloseTo(bill.overall.totalBeforeTaxMad * 0.2, 1);
    expect(bill.overall.totalWithTaxMad).toBeCloseTo(bill.overall.totalBeforeTaxMad * 1.2, 1);
    expect(bill.remainingBeforeTaxMad).toBeCloseTo(3_000_000 - bill.overall.totalBeforeTaxMad, 1);
    expect(bill.withinBudget).toBe(true);
    expect(bill.missingUnitCosts).toEqual([]);
    const line = (lines: { category: string; item: string }[], category: string, item: string) =>
      lines.find((entry) => entry.category === category && entry.item === item) as any;
    expect(line(bill.overall.lines, 'fiber_splicing', 'run end')).toMatchObject({ part: 'installation', unit: 'end', quantity: 8 });
    expect(Math.abs(line(bill.overall.lines, 'power_laying', 'aerial').quantity - 50)).toBeLessThan(1);
    // The east zone holds SW, P1, P2, cameras A, A2, B and runs R2, R3 (by their midpoints).
    const east = bill.zones.find((z: { zoneId: string }) => z.zoneId === zone.id);
    expect(east.zoneCode).toBe('EAST');
    expect(east.lines.find((l: { category: string }) => l.category === 'camera')).toMatchObject({ part: 'supply', unit: 'each', quantity: 3, totalMad: 3 * 4200 });
    expect(line(east.lines, 'camera_installation', 'fixed_bullet')).toMatchObject({ part: 'installation', quantity: 3, unitCostMad: 900, totalMad: 2700 });
    const eastFiber = east.lines.find((l: { category: string }) => l.category === 'fiber');
    expect(Math.abs(eastFiber.quantity - 200)).toBeLessThan(2);
    expect(line(east.lines, 'fiber_splicing', 'run end').quantity).toBe(4);
    const unzoned = bill.zones.find((z: { zoneId: string | null }) => z.zoneId === null);
    expect(east.totalBeforeTaxMad + unzoned.totalBeforeTaxMad).toBeCloseTo(bill.overall.totalBeforeTaxMad, 1);
    // Counting only installed assets: nothing here is installed yet.
    const { installed } = await app.ok(`{ installed: billOfQuantities(statuses: [installed]) { overall { totalBeforeTaxMad } budgetBeforeTaxMad } }`);
    expect(installed).toEqual({ overall: { totalBeforeTaxMad: 0 }, budgetBeforeTaxMad: 9_983_280 });
  });
});

describe('nodes that draw power, through the API', () => {
  const REPORT = `{ report: networkReport { cameraCount connectedAndPoweredCount camerasWithoutFiberPath { code } unpoweredCameras { code }
    unpoweredNetworkNodes { node { code } powerDrawWatts camerasCutOff { code } }
    networkNodePower { node { code } powerDrawWatts powered poweredByDay powerSource { code } powerFeeds { code } darkByDay { from } }
    overloadedPowerFeeds { element { code } loadWatts capacityWatts } } }`;
  const NODE = `query($id: ID!) { node: networkNode(id: $id) { id version powerDrawWatts effectivePowerDrawWatts } }`;
  const UPDATE_NODE = `mutation($input: UpdateNetworkNodeInput!) { node: updateNetworkNode(input: $input) { version powerDrawWatts effectivePowerDrawWatts } }`;
  const setFeedStatus = (status: string) => app.dataSource.query(`UPDATE power_feed SET status = $1 WHERE id = $2`, [status, ids.F4]);

  it("books the switch's default draw on its feed, and a recorded draw instead when there is one", async () => {
    const { node } = await app.ok(NODE, { id: ids.SW });
    expect(node).toMatchObject({ powerDrawWatts: null, effectivePowerDrawWatts: 45 });
    const { report } = await app.ok(REPORT);
    expect(report.networkNodePower).toEqual([
      { node: { code: 'SW' }, powerDrawWatts: 45, powered: true, poweredByDay: true, powerSource: { code: 'PS' }, powerFeeds: [{ code: 'F4' }], darkByDay: null },
    ]);
    expect(report.unpoweredNetworkNodes).toEqual([]);
    // F4 carries 1,000 W by default: a 1,200 W switch overloads it.
    const { node: heavy } = await app.ok(UPDATE_NODE, { input: { id: ids.SW, version: node.version, powerDrawWatts: 1200 } });
    expect(heavy).toMatchObject({ powerDrawWatts: 1200, effectivePowerDrawWatts: 1200 });
    const { report: overloaded } = await app.ok(REPORT);
    expect(overloaded.overloadedPowerFeeds).toEqual([{ element: { code: 'F4' }, loadWatts: 1200, capacityWatts: 1000 }]);
    const refused = await app.graphql(UPDATE_NODE, { input: { id: ids.SW, version: heavy.version, powerDrawWatts: -1 } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { node: back } = await app.ok(UPDATE_NODE, { input: { id: ids.SW, version: heavy.version, powerDrawWatts: null } });
    expect(back.effectivePowerDrawWatts).toBe(45);
  });

  it('without its feed the switch is unpowered: the cameras behind it have no fiber path, and the report says why', async () => {
    await setFeedStatus('decommissioned');
    try {
      const { report } = await app.ok(REPORT);
      expect(report.unpoweredNetworkNodes).toEqual([{ node: { code: 'SW' }, powerDrawWatts: 45, camerasCutOff: [{ code: 'CAM-A' }, { code: 'CAM-A2' }, { code: 'CAM-B' }] }]);
      expect(report.camerasWithoutFiberPath.map((c: { code: string }) => c.code)).toEqual(['CAM-A', 'CAM-A2', 'CAM-B']);
      expect(report.unpoweredCameras).toEqual([]);
      expect(report.connectedAndPoweredCount).toBe(1);
      const { path } = await app.ok(`query($id: ID!) { path: cameraNetworkPath(cameraId: $id) { connected powered cutOffByUnpoweredNetworkNodes { code } } }`, { id: ids.camA });
      expect(path).toEqual({ connected: false, powered: true, cutOffByUnpoweredNetworkNodes: [{ code: 'SW' }] });
      // A switch recorded as drawing nothing (e.g. a passive patch point) needs no power.
      const { node } = await app.ok(NODE, { id: ids.SW });
      const { node: passive } = await app.ok(UPDATE_NODE, { input: { id: ids.SW, version: node.version, powerDrawWatts: 0 } });
      const { report: again } = await app.ok(REPORT);
      expect(again.connectedAndPoweredCount).toBe(4);
      await app.ok(UPDATE_NODE, { input: { id: ids.SW, version: passive.version, powerDrawWatts: null } });
    } finally {
      await setFeedStatus('planned');
    }
  });
});

describe('the loaded network is kept until the network changes', () => {
  const TIMED = `{ report: networkReport { connectedAndPoweredCount timings { fromCache buildMilliseconds } } }`;

  it('reuses it while nothing changed, reads it again after any write (API or plain SQL), per selection', async () => {
    await app.ok(TIMED);
    const { report: again } = await app.ok(TIMED);
    expect(again.timings).toEqual({ fromCache: true, buildMilliseconds: 0 });
    const { report: live } = await app.ok(`{ report: networkReport(cameras: live) { timings { fromCache } } }`);
    expect(typeof live.timings.fromCache).toBe('boolean');
    // A plain SQL write (another instance, an operator): the next request reads the network again.
    await app.dataSource.query(`UPDATE fiber_run SET status = 'decommissioned' WHERE id = $1`, [ids.R3]);
    try {
      const { report: changed } = await app.ok(TIMED);
      expect(changed.timings.fromCache).toBe(false);
      expect(changed.connectedAndPoweredCount).toBe(3); // camera B lost its only run
      // A write through the API (a camera model's power draw is part of the network too).
      const [{ model_id: modelId }] = await app.dataSource.query(`SELECT model_id FROM camera WHERE id = $1`, [ids.camA]);
      const { model } = await app.ok(`query($id: ID!) { model: cameraModel(id: $id) { version } }`, { id: modelId });
      await app.ok(`mutation($input: UpdateCameraModelInput!) { updateCameraModel(input: $input) { id } }`, {
        input: { id: modelId, version: model.version, powerDrawWatts: 13 },
      });
      const { report: afterModel } = await app.ok(`{ report: networkReport { timings { fromCache } } }`);
      expect(afterModel.timings.fromCache).toBe(false);
      await app.ok(`mutation($input: UpdateCameraModelInput!) { updateCameraModel(input: $input) { id } }`, {
        input: { id: modelId, version: model.version + 1, powerDrawWatts: 12 },
      });
    } finally {
      await app.dataSource.query(`UPDATE fiber_run SET status = 'planned' WHERE id = $1`, [ids.R3]);
    }
    const { report: restored } = await app.ok(TIMED);
    expect(restored).toEqual({ connectedAndPoweredCount: 4, timings: { fromCache: false, buildMilliseconds: restored.timings.buildMilliseconds } });
  });
});

describe('one camera selection for the coverage and network APIs', () => {
  const statuses = async (status: string) => {
    for (const table of ['network_node', 'fiber_run', 'pole', 'camera', 'power_source', 'power_feed']) {
      await app.dataSource.query(`UPDATE "${table}" SET status = $1::asset_status WHERE id = ANY($2::uuid[])`, [
        status, [ids.CC, ids.R1, ids.SW, ids.R2, ids.P1, ids.camA, ids.PS, ids.F1, ids.F4],
      ]);
    }
  };
  const BOTH = `{ report: networkReport(cameras: live) { cameraCount connectedAndPoweredCount }
    coverage: blackSpotCoverages(cameras: live) { blackSpotId contributingCameraIds } }`;

  it('live means commissioned in both: installed cameras and elements are not live yet', async () => {
    try {
      await statuses('installed');
      const installed = await app.ok(BOTH);
      expect(installed.report).toEqual({ cameraCount: 0, connectedAndPoweredCount: 0 });
      expect(installed.coverage.flatMap((spot: { contributingCameraIds: string[] }) => spot.contributingCameraIds)).toEqual([]);
      await statuses('commissioned');
      const commissioned = await app.ok(BOTH);
      expect(commissioned.report).toEqual({ cameraCount: 1, connectedAndPoweredCount: 1 });
      expect(commissioned.coverage.find((spot: { blackSpotId: string }) => spot.blackSpotId === ids.BS1).contributingCameraIds).toEqual([ids.camA]);
      const { impact } = await app.ok(OUTAGE, { failed: { powerFeedIds: [ids.F4] }, cameras: 'live' });
      expect(impact.darkCameraIds).toEqual([ids.camA]);
    } finally {
      await statuses('planned');
    }
  });

  it('the network API takes the CameraSelection enum (the old NetworkCameraSelection is gone)', async () => {
    const { schema } = await app.ok(`{ schema: __schema { types { name } } }`);
    const names = schema.types.map((type: { name: string }) => type.name);
    expect(names).toContain('CameraSelection');
    expect(names).not.toContain('NetworkCameraSelection');
    const { field } = await app.ok(`{ field: __type(name: "Query") { fields { name args { name type { name } } } } }`);
    for (const name of ['cameraNetworkPath', 'networkReport', 'outageImpact', 'singlePointsOfFailure']) {
      const query = field.fields.find((entry: { name: string }) => entry.name === name);
      expect(query.args.find((arg: { name: string }) => arg.name === 'cameras').type.name).toBe('CameraSelection');
    }
  });
});

describe('refusals write nothing', () => {
  it('unknown ids are NOT_FOUND, malformed input BAD_USER_INPUT', async () => {
    const before = await databaseFingerprint(app);
    const unknown = '00000000-0000-4000-8000-000000000000';
    const cases: [string, Record<string, unknown>, string][] = [
      [OUTAGE, { failed: { fiberRunIds: [ids.R1, unknown] } }, 'NOT_FOUND'],
      [OUTAGE, { failed: { poleIds: [ids.R1] } }, 'NOT_FOUND'],
      [OUTAGE, { failed: { fiberRunIds: ['not-a-uuid'] } }, 'BAD_USER_INPUT'],
      [OUTAGE, { failed: {} }, 'BAD_USER_INPUT'],
      [PATH, { id: unknown }, 'NOT_FOUND'],
      [`query($e: EndpointInput!) { r: proposeFiberRoute(from: $e) { status } }`, { e: { kind: 'camera', id: unknown } }, 'NOT_FOUND'],
      [`query($e: EndpointInput!) { r: proposeFiberRoute(from: $e) { status } }`, { e: { kind: 'power_source', id: ids.PS } }, 'BAD_USER_INPUT'],
      [`query($e: EndpointInput!) { r: proposePowerRoute(to: $e, requiredWatts: -5) { status } }`, { e: { kind: 'camera', id: ids.camA } }, 'BAD_USER_INPUT'],
      [`{ b: billOfQuantities(budgetMad: -1) { withinBudget } }`, {}, 'BAD_USER_INPUT'],
      [`{ s: singlePointsOfFailure(limit: 0) { camerasLost } }`, {}, 'BAD_USER_INPUT'],
    ];
    for (const [query, variables, code] of cases) {
      const result = await app.graphql(query, variables);
      expect({ variables, code: result.errors?.[0]?.extensions?.code }).toEqual({ variables, code });
    }
    expect(await databaseFingerprint(app)).toBe(before);
  });
});

describe('route proposals without streets', () => {
  it('answer no_route as a normal result', async () => {
    const { r } = await app.ok(`query($e: EndpointInput!) { r: proposeFiberRoute(from: $e) { status reason path costMad } }`, {
      e: { kind: 'camera', id: ids.camA },
    });
    expect(r).toEqual({ status: 'no_route', reason: 'no_streets', path: null, costMad: null });
  });
});
