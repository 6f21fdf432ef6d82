import { analyseConnectivity } from './connectivity';
import { buildNetworkGraphs } from './network-graph';
import { NetworkSketch, TEST_METRIC } from '../../../../test/support/core/network/network-sketch';
import { poweredSwitchesScene, TEST_NODE_POWER_DRAW_WATTS } from '../../../../test/support/core/network/powered-switches-scene';

/*
 *   Fiber (metres east, north):
 *
 *   cc(0,0) ────r1 1000 m──── sw(1000,0) ────r2 500 m (2 strands)──── p1(1500,0) [cam1, cam2]
 *                                 │
 *                                r3 300 m
 *                                 │
 *                            sc(1000,-300) ──r4 200 m── p2(1200,-300) [cam3]
 *
 *   p3(2000,500) [cam4]   no fiber, no power
 *
 *   Power:
 *   s1 utility 100 W (0,-50) ──f1──> p1          cam1 + cam2 = 24 W
 *                            ──f3──> sw          switch draws 80 W   -> s1 carries 104 W: overloaded
 *   s2 street lighting (1200,-350) ──f2 (switched)──> p2, whose UPS lasts 60 min -> cam3 dark 07:30-19:00
 */
function scene() {
  const sketch = new NetworkSketch();
  sketch.newNode('cc', 'control_centre', [0, 0], { portCount: 8 });
  sketch.newNode('sw', 'switch', [1000, 0], { portCount: 4, powerDrawWatts: 80 });
  sketch.newNode('sc', 'splice_closure', [1000, -300]);
  sketch.newPole('p1', [1500, 0]);
  sketch.newPole('p2', [1200, -300], { upsAutonomyMinutes: 60 });
  sketch.newPole('p3', [2000, 500]);
  sketch.newCamera('cam1', 'p1');
  sketch.newCamera('cam2', 'p1');
  sketch.newCamera('cam3', 'p2');
  sketch.newCamera('cam4', 'p3');
  sketch.newRun('r1', 'cc', 'sw');
  sketch.newRun('r2', 'sw', 'p1', { strandCount: 2 });
  sketch.newRun('r3', 'sw', 'sc');
  sketch.newRun('r4', 'sc', 'p2');
  sketch.newPowerSource('s1', 'utility_supply', [0, -50], { capacityWatts: 100 });
  sketch.newPowerSource('s2', 'street_lighting_circuit', [1200, -350], { capacityWatts: 1000 });
  sketch.newFeed('f1', 's1', 'p1', { capacityWatts: 500 });
  sketch.newFeed('f2', 's2', 'p2', { switched: true });
  sketch.newFeed('f3', 's1', 'sw', { capacityWatts: 500 });
  return sketch.network;
}

describe('analyseConnectivity', () => {
  const report = analyseConnectivity(buildNetworkGraphs(scene(), { metric: TEST_METRIC }), {
    spliceLossDb: 0.1,
    connectorLossDb: 0.5,
    connectorsPerLink: 2,
    linkBudgetDb: 3,
    requiredMarginDb: 1.7,
  });
  const camera = (id: string) => report.cameras.find((entry) => entry.cameraId === id)!;

  it('gives each camera its ordered fiber path to the control centre with length', () => {
    const path = camera('cam3').fiber!;
    expect(path.elements.map((element) => element.id)).toEqual(['cam3', 'p2', 'r4', 'sc', 'r3', 'sw', 'r1', 'cc']);
    expect(path.fiberRunIds).toEqual(['r4', 'r3', 'r1']);
    expect(path.networkNodeIds).toEqual(['sc', 'sw', 'cc']);
    expect(path.lengthMeters).toBeCloseTo(1500, 0);
  });

  it('estimates optical loss of the camera link up to its switch, against the budget with margin', () => {
    // cam1: r2 0.5 km x 0.35 dB/km + 1 splice (p1) x 0.1 + 2 connectors x 0.5 = 1.275 dB, margin 1.725 dB
    const cam1 = camera('cam1').fiber!.link;
    expect(cam1.terminatesAt).toEqual({ kind: 'network_node', id: 'sw' });
    expect(cam1.lossDb).toBeCloseTo(1.275, 3);
    expect(cam1.marginDb).toBeCloseTo(1.725, 3);
    expect(cam1.withinBudget).toBe(true);
    // cam3: 0.5 km x 0.35 + 2 splices (p2, sc) + 1.0 = 1.375 dB, margin 1.625 < 1.7 required
    const cam3 = camera('cam3').fiber!.link;
    expect(cam3.lossDb).toBeCloseTo(1.375, 3);
    expect(cam3.withinBudget).toBe(false);
    // the switch's uplink: 1 km x 0.35 + 1.0 = 1.35 dB, margin 1.65 < 1.7: over budget too
    expect(report.linksOverBudget.map((link) => link.from.id)).toEqual(['cam3', 'sw']);
    expect(report.uplinks).toHaveLength(1);
    expect(report.uplinks[0].lossDb).toBeCloseTo(1.35, 3);
  });

  it('lists cameras with no path and unpowered cameras', () => {
    expect(report.camerasWithoutFiberPath).toEqual(['cam4']);
    expect(report.unpoweredCameras).toEqual(['cam4']);
    expect(camera('cam4').fiber).toBeNull();
  });

  it('says which cameras are dark by day and for which hours', () => {
    expect(report.camerasDarkByDay).toEqual([
      {
        cameraId: 'cam3',
        fromMinuteOfDay: 450,
        toMinuteOfDay: 1140,
        from: '07:30',
        to: '19:00',
        minutesPerDay: 690,
        upsAutonomyMinutes: 60,
        networkNodeIds: [],
      },
    ]);
    expect(camera('cam1').power).toMatchObject({ powered: true, poweredByDay: true, powerSourceId: 's1', powerFeedIds: ['f1'] });
  });

  it('finds overloaded sources from camera and node draw', () => {
    expect(report.overloadedPowerSources).toEqual([{ id: 's1', loadWatts: 104, capacityWatts: 100, utilization: 1.04 }]);
    expect(report.overloadedPowerFeeds).toEqual([]);
    expect(report.powerFeedLoads.find((load) => load.id === 'f1')!.loadWatts).toBe(24);
  });

  it('counts strands per run and ports per switch', () => {
    const strands = Object.fromEntries(report.strandUse.map((use) => [use.fiberRunId, use.strandsUsed]));
    expect(strands).toEqual({ r1: 2, r2: 2, r3: 1, r4: 1 }); // r1 carries the switch uplink (2 strands)
    expect(report.fiberRunsWithoutSpareStrands.map((use) => use.fiberRunId)).toEqual(['r2']);
    const ports = Object.fromEntries(report.portUse.map((use) => [use.networkNodeId, [use.portsUsed, use.sparePorts]]));
    expect(ports).toEqual({ cc: [1, 7], sw: [4, 0] }); // 3 camera links + 1 uplink
  });

  it('ends links at the control centre only when switches are not link-terminating', () => {
    const passive = analyseConnectivity(buildNetworkGraphs(scene(), { metric: TEST_METRIC }), { linkTerminatingNodeKinds: [] });
    const link = passive.cameras.find((entry) => entry.cameraId === 'cam1')!.fiber!.link;
    expect(link.terminatesAt.id).toBe('cc');
    expect(link.fiberRunIds).toEqual(['r2', 'r1']);
    // 1.5 km x 0.35 + 2 splices (p1, sw) x 0.1 + 1.0
    expect(link.lossDb).toBeCloseTo(0.525 + 0.2 + 1.0, 3);
  });
});

describe('analyseConnectivity: nodes that draw power', () => {
  // See testing/powered-switches-scene.ts: sw2 has no feed, sw3 is on a switched lighting circuit (UPS 90 min).
  const report = analyseConnectivity(buildNetworkGraphs(poweredSwitchesScene(), { metric: TEST_METRIC, nodePowerDrawWattsByKind: TEST_NODE_POWER_DRAW_WATTS }));
  const camera = (id: string) => report.cameras.find((entry) => entry.cameraId === id)!;

  it('takes a node\'s own draw, else the default for its kind, and books it on its feed and source', () => {
    expect(report.networkNodePower.map((entry) => [entry.networkNodeId, entry.powerDrawWatts, entry.powered, entry.poweredByDay])).toEqual([
      ['sw1', 45, true, true],
      ['sw2', 50, false, false],
      ['sw3', 30, true, false],
    ]);
    expect(report.networkNodePower[0]).toMatchObject({ powerSourceId: 's1', powerFeedIds: ['f1'] });
    // s1: sw1 45 W + four cameras 12 W (sw2 has no path: nothing booked); s2: sw3 30 W.
    const loads = Object.fromEntries([...report.powerSourceLoads, ...report.powerFeedLoads].map((load) => [load.id, load.loadWatts]));
    expect(loads).toMatchObject({ s1: 45 + 4 * 12, s2: 30, f1: 45, f6: 30, f3: 12 });
  });

  it('cuts off the cameras behind an unpowered node, and says which node', () => {
    expect(report.unpoweredNetworkNodes).toEqual(['sw2']);
    expect(camera('cam2').fiber).toBeNull();
    expect(camera('cam2').cutOffByUnpoweredNodeIds).toEqual(['sw2']);
    expect(camera('cam2').power.powered).toBe(true);
    expect(report.camerasWithoutFiberPath).toEqual(['cam2']);
    expect(report.camerasCutOffByUnpoweredNodes).toEqual([{ cameraId: 'cam2', networkNodeIds: ['sw2'] }]);
    expect(report.unpoweredCameras).toEqual([]);
    // sw2 carries no link: only cam1's link and sw1's uplink... and r9 is not cam5's path.
    expect(camera('cam1').fiber!.networkNodeIds).toEqual(['sw1', 'cc']);
    expect(camera('cam1').cutOffByUnpoweredNodeIds).toEqual([]);
  });

  it('darkens by day the cameras whose only path crosses a node dark by day, from when its UPS runs out', () => {
    expect(report.networkNodesDarkByDay).toEqual([
      { networkNodeId: 'sw3', fromMinuteOfDay: 480, toMinuteOfDay: 1140, from: '08:00', to: '19:00', minutesPerDay: 660, upsAutonomyMinutes: 90, networkNodeIds: [] },
    ]);
    expect(camera('cam4').power).toMatchObject({ powered: true, poweredByDay: true });
    expect(camera('cam4').power.darkByDay).toEqual({
      fromMinuteOfDay: 480, toMinuteOfDay: 1140, from: '08:00', to: '19:00', minutesPerDay: 660, upsAutonomyMinutes: 90, networkNodeIds: ['sw3'],
    });
    // cam5's link runs through sw3 at night, but by day it still reaches the control centre through sw1.
    expect(camera('cam5').fiber!.networkNodeIds).toEqual(['sw3', 'cc']);
    expect(camera('cam5').power.darkByDay).toBeNull();
    expect(report.camerasDarkByDay.map((entry) => entry.cameraId)).toEqual(['cam4']);
  });

  it('treats a node with no draw (no recorded figure, no default for its kind) as passive', () => {
    const passive = analyseConnectivity(buildNetworkGraphs(poweredSwitchesScene(), { metric: TEST_METRIC }));
    expect(passive.unpoweredNetworkNodes).toEqual([]);
    expect(passive.networkNodePower.map((entry) => entry.networkNodeId)).toEqual(['sw1', 'sw3']);
    expect(passive.cameras.find((entry) => entry.cameraId === 'cam2')!.fiber!.networkNodeIds).toEqual(['sw2', 'sw1', 'cc']);
  });
});
