import { createOutageImpactAnalyser } from './outage-impact';
import { buildNetworkGraphs } from './network-graph';
import type { FailureSet, NetworkInput } from './network-types';
import { darkCamerasFromScratch, liveCamerasFromScratch } from './reference-algorithms';
import { generateCityNetwork, seededRandom } from './testing/generated-city-network';
import { NetworkSketch } from './testing/network-sketch';

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
  const analyser = createOutageImpactAnalyser(buildNetworkGraphs(ringScene()));
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
      { cameraId: 'cam2', lostFiber: false, lostPower: true },
    ]);
    expect(analyser.impactOf({ powerSourceIds: ['s'], fiberRunIds: ['e'] }).darkCameras).toEqual([
      { cameraId: 'cam1', lostFiber: false, lostPower: true },
      { cameraId: 'cam2', lostFiber: true, lostPower: true },
    ]);
  });

  it('reports unknown elements and passes dark cameras to a coverage loss estimator', () => {
    const impact = analyser.impactOf({ fiberRunIds: ['e', 'nope'] }, (darkCameraIds) => [
      { blackSpotId: 'market', coverageBefore: 1, coverageAfter: darkCameraIds.includes('cam2') ? 0.4 : 1 },
    ]);
    expect(impact.unknownElements).toEqual([{ kind: 'fiber_run', id: 'nope' }]);
    expect(impact.coverageLoss).toEqual([{ blackSpotId: 'market', coverageBefore: 1, coverageAfter: 0.4 }]);
  });

  it('equals recomputing reachability from scratch on 1,200 random failure sets of a generated network', () => {
    const input = generateCityNetwork({ cameraCount: 2_000, nodeCount: 400, fiberRunCount: 6_000, seed: 7 });
    const graphs = buildNetworkGraphs(input);
    const fast = createOutageImpactAnalyser(graphs);
    const liveBefore = liveCamerasFromScratch(graphs);
    const random = seededRandom(42);
    const pick = <T extends { id: string }>(rows: readonly T[], count: number) =>
      Array.from({ length: count }, () => rows[Math.floor(random() * rows.length)].id);
    let nonEmpty = 0;
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
      expect(fast.impactOf(failures).darkCameraIds).toEqual(expected);
      if (expected.length > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(300); // the check is not vacuous
  });
});
