import { DirectedEdgeCollector } from './compressed-adjacency';
import { computeDominatorTree, dominates } from './dominators';
import { buildNetworkGraphs } from './network-graph';
import type { NetworkInput } from './network-types';
import { createOutageImpactAnalyser } from './outage-impact';
import { SinglePointOfFailureAnalysis } from './single-points-of-failure';
import { generateCityNetwork, seededRandom } from '../../../../test/support/core/network/generated-city-network';
import { NetworkSketch, TEST_METRIC } from '../../../../test/support/core/network/network-sketch';
import { poweredSwitchesScene, TEST_NODE_POWER_DRAW_WATTS } from '../../../../test/support/core/network/powered-switches-scene';

describe('computeDominatorTree (Lengauer-Tarjan)', () => {
  it('matches brute force (remove each vertex, search again) on 300 random directed graphs', () => {
    const random = seededRandom(3);
    for (let trial = 0; trial < 300; trial++) {
      const vertexCount = 2 + Math.floor(random() * 25);
      const edgeCount = Math.floor(random() * vertexCount * 3);
      const edges = new DirectedEdgeCollector();
      for (let i = 0; i < edgeCount; i++) edges.add(Math.floor(random() * vertexCount), Math.floor(random() * vertexCount));
      const { out, in: incoming } = edges.build(vertexCount);
      const tree = computeDominatorTree(vertexCount, out, incoming, 0);
      const reach = (blocked: number) => {
        const seen = new Uint8Array(vertexCount);
        if (blocked === 0) return seen;
        const stack = [0];
        seen[0] = 1;
        while (stack.length) {
          const v = stack.pop()!;
          for (let e = out.offsets[v]; e < out.offsets[v + 1]; e++) {
            const w = out.targets[e];
            if (!seen[w] && w !== blocked) {
              seen[w] = 1;
              stack.push(w);
            }
          }
        }
        return seen;
      };
      const reachable = reach(-1);
      for (let d = 0; d < vertexCount; d++) {
        const without = reach(d);
        for (let v = 0; v < vertexCount; v++) {
          const expected = reachable[v] === 1 && reachable[d] === 1 && (v === d || without[v] === 0);
          expect(dominates(tree, d, v)).toBe(expected);
        }
      }
    }
  });
});

/*
 *   cc ──a── n1 ──b── n2 ──c── p1 [cam1]
 *              \                /
 *               ───────d────────
 *                      n2 ──e── p2 [cam2]
 *
 *   power:  s ──f1──> p1      s ──f2──> p2      t ──f3──> p2 (a second supply for p2)
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
  sketch.newPowerSource('t', 'transformer', [250, -150]);
  sketch.newFeed('f1', 's', 'p1');
  sketch.newFeed('f2', 's', 'p2');
  sketch.newFeed('f3', 't', 'p2');
  return sketch.network;
}

describe('SinglePointOfFailureAnalysis', () => {
  const analysis = new SinglePointOfFailureAnalysis(buildNetworkGraphs(ringScene(), { metric: TEST_METRIC }));
  const ids = (list: { id: string }[] | null) => list!.map((element) => element.id).sort();

  it("gives each camera's single points of failure as its dominators, fiber and power", () => {
    expect(ids(analysis.singlePointsOfFailureOfCamera('cam1'))).toEqual(['a', 'cc', 'f1', 'n1', 'p1', 's']);
    // n2 is reachable both ways round the ring, but cam2 hangs off it by e alone; p2 has two supplies
    expect(ids(analysis.singlePointsOfFailureOfCamera('cam2'))).toEqual(['a', 'cc', 'e', 'n1', 'n2', 'p2']);
  });

  it('ranks elements by cameras lost, weighted', () => {
    const ranking = analysis.rankCriticalElements({ cameraWeights: new Map([['cam2', 5]]) });
    expect(ranking.slice(0, 3).map((entry) => [entry.element.id, entry.camerasLost, entry.weightedCamerasLost])).toEqual([
      ['a', 2, 6],
      ['cc', 2, 6],
      ['n1', 2, 6],
    ]);
    const byId = new Map(ranking.map((entry) => [entry.element.id, entry]));
    expect(byId.get('e')!.weightedCamerasLost).toBe(5);
    expect(byId.get('s')!.camerasLost).toBe(1); // cam2 keeps t
    expect(byId.has('b')).toBe(false);
    expect(byId.has('f2')).toBe(false);
  });

  it('finds the elements whose failure alone drops a black spot below its required level', () => {
    // "market" needs both cameras, "gate" needs one of them.
    const required: Record<string, number> = { market: 2, gate: 1 };
    const result = analysis.blackSpotSinglePointsOfFailure(
      [
        { blackSpotId: 'market', servingCameraIds: ['cam1', 'cam2'] },
        { blackSpotId: 'gate', servingCameraIds: ['cam1', 'cam2'] },
      ],
      (blackSpotId, live) => live.length >= required[blackSpotId],
    );
    const market = result[0];
    expect(market.coveredNow).toBe(true);
    expect(market.singlePointsOfFailure.map((entry) => entry.element.id).sort()).toEqual(
      ['a', 'cam1', 'cam2', 'cc', 'e', 'f1', 'n1', 'n2', 'p1', 'p2', 's'].sort(),
    );
    expect(market.singlePointsOfFailure[0].servingCamerasLost).toEqual(['cam1', 'cam2']);
    expect(result[1].singlePointsOfFailure.map((entry) => entry.element.id).sort()).toEqual(['a', 'cc', 'n1']);
  });

  it("lists every element that darkens some of one spot's cameras, whatever the coverage left", () => {
    // The same candidates as the market (which needs both cameras), but without a coverage verdict:
    // the elements losing one camera of the two are listed too, with the camera they lose.
    const { liveServingCameraIds, losses } = analysis.blackSpotCameraLosses({ blackSpotId: 'gate', servingCameraIds: ['cam1', 'cam2'] });
    expect(liveServingCameraIds.sort()).toEqual(['cam1', 'cam2']);
    const lostBy = new Map(losses.map((entry) => [entry.element.id, entry.servingCamerasLost.slice().sort()]));
    expect([...lostBy.keys()].sort()).toEqual(['a', 'cam1', 'cam2', 'cc', 'e', 'f1', 'n1', 'n2', 'p1', 'p2', 's'].sort());
    expect(lostBy.get('cc')).toEqual(['cam1', 'cam2']);
    expect(lostBy.get('p1')).toEqual(['cam1']);
    expect(lostBy.get('p2')).toEqual(['cam2']);
  });

  it('agrees with the outage impact of each single element on a generated network', () => {
    const input = generateCityNetwork({ cameraCount: 1_500, nodeCount: 300, fiberRunCount: 4_500, seed: 11 });
    const graphs = buildNetworkGraphs(input, { metric: TEST_METRIC });
    const ranking = new SinglePointOfFailureAnalysis(graphs).rankCriticalElements();
    const outage = createOutageImpactAnalyser(graphs);
    const lost = new Map(ranking.map((entry) => [`${entry.element.kind}:${entry.element.id}`, entry.camerasLost]));
    const random = seededRandom(5);
    const sample = <T extends { id: string }>(rows: readonly T[]) =>
      Array.from({ length: 60 }, () => rows[Math.floor(random() * rows.length)].id);
    for (const id of sample(input.fiberRuns)) {
      expect(lost.get(`fiber_run:${id}`) ?? 0).toBe(outage.impactOf({ fiberRunIds: [id] }).darkCameraIds.length);
    }
    for (const id of sample(input.networkNodes)) {
      expect(lost.get(`network_node:${id}`) ?? 0).toBe(outage.impactOf({ networkNodeIds: [id] }).darkCameraIds.length);
    }
    for (const id of sample(input.poles)) {
      expect(lost.get(`pole:${id}`) ?? 0).toBe(outage.impactOf({ poleIds: [id] }).darkCameraIds.length);
    }
    for (const id of sample(input.powerFeeds)) {
      expect(lost.get(`power_feed:${id}`) ?? 0).toBe(outage.impactOf({ powerFeedIds: [id] }).darkCameraIds.length);
    }
    // Feeds and sources of switches and cabinets: their loss includes what is behind the nodes they power.
    const nodeFeeds = input.powerFeeds.filter((feed) => feed.to?.kind === 'network_node').map((feed) => feed.id);
    expect(nodeFeeds.length).toBeGreaterThan(50);
    let cascading = 0;
    for (const id of nodeFeeds) {
      const impact = outage.impactOf({ powerFeedIds: [id] });
      expect(lost.get(`power_feed:${id}`) ?? 0).toBe(impact.darkCameraIds.length);
      if (impact.darkCameras.some((camera) => camera.lostFiberThroughUnpoweredNode)) cascading++;
    }
    expect(cascading).toBeGreaterThan(10);
    for (const source of input.powerSources) {
      expect(lost.get(`power_source:${source.id}`) ?? 0).toBe(outage.impactOf({ powerSourceIds: [source.id] }).darkCameraIds.length);
    }
  });
});

describe('SinglePointOfFailureAnalysis: nodes that draw power', () => {
  // See testing/powered-switches-scene.ts: cam2 is dark already (sw2 has no power); cam5 has sw1 and sw3.
  const analysis = new SinglePointOfFailureAnalysis(buildNetworkGraphs(poweredSwitchesScene(), { metric: TEST_METRIC, nodePowerDrawWattsByKind: TEST_NODE_POWER_DRAW_WATTS }));
  const ids = (list: { id: string }[] | null) => list!.map((element) => element.id).sort();

  it("adds the power supply of the camera's switches to its single points of failure", () => {
    expect([...analysis.cameraLive]).toEqual([1, 0, 1, 1]);
    // r1 and r6 are not: r8-p5-r9 closes a ring cc-sw1-p5-sw3-cc.
    expect(ids(analysis.singlePointsOfFailureOfCamera('cam1'))).toEqual(['cc', 'f1', 'f2', 'p1', 'r2', 's1', 'sw1']);
    expect(ids(analysis.singlePointsOfFailureOfCamera('cam4'))).toEqual(['cc', 'f4', 'f6', 'p4', 'r7', 's1', 's2', 'sw3']);
    // Two switches, each on its own supply: neither supply alone cuts cam5 off.
    expect(ids(analysis.singlePointsOfFailureOfCamera('cam5'))).toEqual(['cc', 'f5', 'p5', 's1']);
    expect(analysis.singlePointsOfFailureOfCamera('cam2')).toBeNull();
  });

  it('ranks a supply by the cameras behind the nodes it powers', () => {
    const lost = new Map(analysis.rankCriticalElements().map((entry) => [entry.element.id, entry.camerasLost]));
    expect(lost.get('s1')).toBe(3); // every pole and sw1
    expect(lost.get('f1')).toBe(1); // cam1 (cam5 goes through sw3)
    expect(lost.get('f6')).toBe(1);
    expect(lost.get('s2')).toBe(1);
    expect(lost.get('cc')).toBe(3);
    expect(lost.has('sw2')).toBe(false);
    expect(lost.has('r4')).toBe(false);
  });

  it('names the supply of a switch among the elements that drop a black spot', () => {
    const [spot] = analysis.blackSpotSinglePointsOfFailure([{ blackSpotId: 'square', servingCameraIds: ['cam1', 'cam4'] }], (_, live) => live.length === 2);
    expect(spot.singlePointsOfFailure.map((entry) => entry.element.id).sort()).toEqual(
      ['cam1', 'cam4', 'cc', 'f1', 'f2', 'f4', 'f6', 'p1', 'p4', 'r2', 'r7', 's1', 's2', 'sw1', 'sw3'].sort(),
    );
    expect(spot.singlePointsOfFailure.find((entry) => entry.element.id === 'f6')!.servingCamerasLost).toEqual(['cam4']);
  });
});
