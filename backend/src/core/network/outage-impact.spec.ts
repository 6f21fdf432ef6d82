import { createOutageImpactAnalyser } from './outage-impact';
import { buildNetworkGraphs } from './network-graph';
import type { FailureSet, NetworkInput } from './network-types';
import { darkCamerasFromScratch, liveCamerasFromScratch } from '../../../../test/support/core/network/reference-algorithms';
import { generateCityNetwork, seededRandom } from '../../../../test/support/core/network/generated-city-network';
import { NetworkSketch, TEST_METRIC } from '../../../../test/support/core/network/network-sketch';
import { poweredSwitchesScene, TEST_NODE_POWER_DRAW_WATTS } from '../../../../test/support/core/network/powered-switches-scene';

/*
 *   cc ──a── n1 ──b── n2 ──c── p1 [cam1]
 *              \                /
 *               ───────d────────          d closes a ring n1-n2-p1
 *                      n2 ──e── p2 [cam2]  (a spur off the ring)
 *
 *   power:  s ──f1──> p1      s ──f2──> p2
 */
function ringScene(): NetworkInput {
  const sketch = new NetworkSketch();
  sketch.newNode('cc', 'control_centre', [0, 0]);
  sketch.newNode('n1', 'cabinet', [100, 0]);
  sketch.newNode('n2', 'splice_closure', [200, 0]);
  sketch.newPole('p1', [300, 0]);
  sketch.newPole('p2', [200, -100]);
  sketch.newCamera('cam1', 'p1');
  sketch.newCamera('cam2', 'p2');
  sketch.newRun('a', 'cc', 'n1');
  sketch.newRun('b', 'n1', 'n2');
  sketch.newRun('c', 'n2', 'p1');
  sketch.newRun('d', 'n1', 'p1');
  sketch.newRun('e', 'n2', 'p2');
  sketch.newPowerSource('s', 'utility_supply', [150, 50]);
  sketch.newFeed('f1', 's', 'p1');
  sketch.newFeed('f2', 's', 'p2');
  return sketch.network;
}

describe('OutageImpactAnalyser', () => {
  const analyser = createOutageImpactAnalyser(buildNetworkGraphs(ringScene(), { metric: TEST_METRIC }));
  const dark = (failures: FailureSet) => analyser.impactOf(failures).darkCameraIds;

  it('finds the cameras that go dark on the hand-drawn ring', () => {
    expect(dark({ fiberRunIds: ['b'] })).toEqual([]); // the ring reroutes
    expect(dark({ fiberRunIds: ['e'] })).toEqual(['cam2']);
    expect(dark({ fiberRunIds: ['b', 'd'] })).toEqual(['cam1', 'cam2']);
    expect(dark({ fiberRunIds: ['b', 'c'] })).toEqual(['cam2']);
    expect(dark({ networkNodeIds: ['n1'] })).toEqual(['cam1', 'cam2']);
    expect(dark({ networkNodeIds: ['n2'] })).toEqual(['cam2']);
    expect(dark({ poleIds: ['p1'] })).toEqual(['cam1']);
  });

  it('counts loss of power, and says which medium was lost', () => {
    expect(analyser.impactOf({ powerFeedIds: ['f2'] }).darkCameras).toEqual([
      { cameraId: 'cam2', lostFiber: false, lostPower: true, lostFiberThroughUnpoweredNode: false },
    ]);
    expect(analyser.impactOf({ powerSourceIds: ['s'], fiberRunIds: ['e'] }).darkCameras).toEqual([
      { cameraId: 'cam1', lostFiber: false, lostPower: true, lostFiberThroughUnpoweredNode: false },
      { cameraId: 'cam2', lostFiber: true, lostPower: true, lostFiberThroughUnpoweredNode: false },
    ]);
  });

  it('reports unknown elements and passes dark cameras to a coverage loss estimator', () => {
    const impact = analyser.impactOf({ fiberRunIds: ['e', 'nope'] }, (darkCameraIds) => [
      { blackSpotId: 'market', coverageBefore: 1, coverageAfter: darkCameraIds.includes('cam2') ? 0.4 : 1 },
    ]);
    expect(impact.unknownElements).toEqual([{ kind: 'fiber_run', id: 'nope' }]);
    expect(impact.coverageLoss).toEqual([{ blackSpotId: 'market', coverageBefore: 1, coverageAfter: 0.4 }]);
  });

  const randomizedCheck = (input: NetworkInput, seed: number) => {
    const graphs = buildNetworkGraphs(input, { metric: TEST_METRIC });
    const fast = createOutageImpactAnalyser(graphs);
    const liveBefore = liveCamerasFromScratch(graphs);
    const random = seededRandom(seed);
    const pick = <T extends { id: string }>(rows: readonly T[], count: number) =>
      Array.from({ length: count }, () => rows[Math.floor(random() * rows.length)].id);
    let nonEmpty = 0;
    let throughUnpoweredNodes = 0;
    for (let trial = 0; trial < 1_200; trial++) {
      const size = 1 + Math.floor(random() * 6);
      const failures: FailureSet = {
        fiberRunIds: pick(input.fiberRuns, size),
        networkNodeIds: random() < 0.3 ? pick(input.networkNodes, 1 + Math.floor(random() * 3)) : [],
        poleIds: random() < 0.2 ? pick(input.poles, 2) : [],
        powerFeedIds: random() < 0.4 ? pick(input.powerFeeds, size) : [],
        powerSourceIds: random() < 0.1 ? pick(input.powerSources, 1) : [],
      };
      const expected = darkCamerasFromScratch(graphs, failures, liveBefore);
      const impact = fast.impactOf(failures);
      expect(impact.darkCameraIds).toEqual(expected);
      if (expected.length > 0) nonEmpty++;
      if (impact.darkCameras.some((camera) => camera.lostFiberThroughUnpoweredNode)) throughUnpoweredNodes++;
    }
    return { nonEmpty, throughUnpoweredNodes };
  };

  it('equals recomputing reachability from scratch on 1,200 random failure sets of a generated network', () => {
    const input = generateCityNetwork({ cameraCount: 2_000, nodeCount: 400, fiberRunCount: 6_000, seed: 7 });
    const { nonEmpty, throughUnpoweredNodes } = randomizedCheck(input, 42);
    expect(nonEmpty).toBeGreaterThan(300); // the check is not vacuous
    expect(throughUnpoweredNodes).toBeGreaterThan(20); // nor is it for nodes losing power
  });

  it('does so too when some nodes that draw power have no feed at all before the failure', () => {
    const input = generateCityNetwork({ cameraCount: 2_000, nodeCount: 400, fiberRunCount: 6_000, seed: 8 });
    const unfed = new Set(input.networkNodes.filter((node, index) => node.powerDrawWatts && index % 5 === 1).map((node) => node.id));
    const withoutSomeFeeds: NetworkInput = { ...input, powerFeeds: input.powerFeeds.filter((feed) => !(feed.to && unfed.has(feed.to.id))) };
    const graphs = buildNetworkGraphs(withoutSomeFeeds, { metric: TEST_METRIC });
    const live = liveCamerasFromScratch(graphs).reduce((sum, value) => sum + value, 0);
    expect(live).toBeLessThan(liveCamerasFromScratch(buildNetworkGraphs(input, { metric: TEST_METRIC })).reduce((sum, value) => sum + value, 0));
    expect(randomizedCheck(withoutSomeFeeds, 43).nonEmpty).toBeGreaterThan(300);
  });
});

describe('OutageImpactAnalyser: nodes that draw power', () => {
  // See testing/powered-switches-scene.ts: sw1 fed by f1 from s1, sw3 by f6 from s2; sw2 never powered.
  const analyser = createOutageImpactAnalyser(buildNetworkGraphs(poweredSwitchesScene(), { metric: TEST_METRIC, nodePowerDrawWattsByKind: TEST_NODE_POWER_DRAW_WATTS }));

  it('does not count cameras already cut off by an unpowered node', () => {
    expect([...analyser.cameraLive]).toEqual([1, 0, 1, 1]); // cam1, cam2 (behind sw2), cam4, cam5
    expect(analyser.impactOf({ fiberRunIds: ['r4'] }).darkCameraIds).toEqual([]);
  });

  it("darkens the cameras downstream of a switch whose feed is cut, unless they have another path", () => {
    const impact = analyser.impactOf({ powerFeedIds: ['f1'] });
    expect(impact.unpoweredNetworkNodeIds).toEqual(['sw1']);
    // cam5 keeps its path through sw3.
    expect(impact.darkCameras).toEqual([{ cameraId: 'cam1', lostFiber: true, lostPower: false, lostFiberThroughUnpoweredNode: true }]);
    expect(analyser.impactOf({ powerSourceIds: ['s2'] })).toMatchObject({
      darkCameraIds: ['cam4'],
      unpoweredNetworkNodeIds: ['sw3'],
    });
    expect(analyser.impactOf({ powerFeedIds: ['f1', 'f6'] }).darkCameraIds).toEqual(['cam1', 'cam4', 'cam5']);
  });

  it('lists only nodes whose supply is lost, never the failed node itself', () => {
    expect(analyser.impactOf({ networkNodeIds: ['sw1'] }).unpoweredNetworkNodeIds).toEqual([]);
    expect(analyser.impactOf({ networkNodeIds: ['sw1'], powerSourceIds: ['s2'] }).unpoweredNetworkNodeIds).toEqual(['sw3']);
  });

  it('tells a fiber cut from a loss through an unpowered node', () => {
    const impact = analyser.impactOf({ fiberRunIds: ['r2'], powerSourceIds: ['s2'] });
    expect(impact.darkCameras).toEqual([
      { cameraId: 'cam1', lostFiber: true, lostPower: false, lostFiberThroughUnpoweredNode: false },
      { cameraId: 'cam4', lostFiber: true, lostPower: false, lostFiberThroughUnpoweredNode: true },
    ]);
    // s1 feeds sw1 and every pole: the cameras lose their own power too.
    expect(analyser.impactOf({ powerSourceIds: ['s1'] }).darkCameras).toEqual([
      { cameraId: 'cam1', lostFiber: true, lostPower: true, lostFiberThroughUnpoweredNode: true },
      { cameraId: 'cam4', lostFiber: false, lostPower: true, lostFiberThroughUnpoweredNode: false },
      { cameraId: 'cam5', lostFiber: false, lostPower: true, lostFiberThroughUnpoweredNode: false },
    ]);
  });
});
