import { buildNetworkGraphs, vertexOfElement } from './network-graph';
import { breadthFirstReachable } from '../../../../test/support/core/network/reference-algorithms';
import { at, NetworkSketch, TEST_METRIC } from '../../../../test/support/core/network/network-sketch';

describe('buildNetworkGraphs', () => {
  /*
   *   cc ────r1──── p1 [cam1]        r1 references both ends
   *                  ·
   *                  ·  r2 imported: starts 1 m from p1, no references
   *                  ·
   *                 (x)  r2 and r3 meet 0.5 m apart: joined at a junction
   *                  ·
   *                  ·  r3 imported: ends 1.5 m from cam2
   *                 cam2
   *
   *   r4: from cc to a node id that does not exist      -> dangling (unknown_reference)
   *   r5: imported, from nowhere to nowhere, far away  -> two dangling ends
   *   r6: decommissioned run cc -> cam3                -> not in the graph
   */
  function scene() {
    const sketch = new NetworkSketch();
    sketch.newNode('cc', 'control_centre', [0, 0]);
    sketch.newPole('p1', [100, 0]);
    sketch.newCamera('cam1', 'p1');
    sketch.newCamera('cam2', [100, -200]);
    sketch.newCamera('cam3', [-50, 0]);
    sketch.newRun('r1', 'cc', 'p1');
    sketch.newRun('r2', [101, 0], [100, -100]);
    sketch.newRun('r3', [100.5, -100], [100, -198.5]);
    const r4 = sketch.newRun('r4', 'cc', [0, 50]);
    r4.to = { kind: 'network_node', id: 'missing-node' };
    sketch.newRun('r5', [5000, 5000], [5100, 5000]);
    sketch.newRun('r6', 'cc', 'cam3', { status: 'decommissioned' });
    return sketch.network;
  }

  it('joins referenced runs, snaps unreferenced ends to elements and to each other, and reports it', () => {
    const graphs = buildNetworkGraphs(scene(), { metric: TEST_METRIC, snappingDistanceMeters: 2 });
    const snapped = graphs.snappedEnds.map((end) => ({
      run: end.line.id,
      end: end.end,
      to: end.snappedTo.kind === 'junction' ? 'junction' : end.snappedTo.id,
      meters: Math.round(end.distanceMeters * 100) / 100,
    }));
    expect(snapped).toEqual(
      expect.arrayContaining([
        { run: 'r2', end: 'from', to: 'p1', meters: 1 },
        { run: 'r2', end: 'to', to: 'junction', meters: 0.25 },
        { run: 'r3', end: 'from', to: 'junction', meters: 0.25 },
        { run: 'r3', end: 'to', to: 'cam2', meters: 1.5 },
      ]),
    );
    expect(graphs.fiber.junctions).toHaveLength(1);
    expect(graphs.fiber.junctions[0].ends.map((end) => end.line.id).sort()).toEqual(['r2', 'r3']);

    const dangling = graphs.danglingEnds.map((end) => `${end.line.id}.${end.end}:${end.reason}`).sort();
    expect(dangling).toEqual([
      'r4.to:unknown_reference',
      'r5.from:nothing_within_snapping_distance',
      'r5.to:nothing_within_snapping_distance',
    ]);

    const reachable = breadthFirstReachable(graphs.fiber, null);
    const vertex = (id: string) => vertexOfElement(graphs, graphs.fiber, { kind: 'camera', id });
    expect(reachable[vertex('cam1')]).toBe(1);
    expect(reachable[vertex('cam2')]).toBe(1);
    expect(reachable[vertex('cam3')]).toBe(0); // only joined by a decommissioned run
  });

  it('leaves ends apart when the snapping distance is smaller than the gap', () => {
    const graphs = buildNetworkGraphs(scene(), { metric: TEST_METRIC, snappingDistanceMeters: 0.2 });
    const reachable = breadthFirstReachable(graphs.fiber, null);
    expect(reachable[vertexOfElement(graphs, graphs.fiber, { kind: 'camera', id: 'cam2' })]).toBe(0);
    expect(graphs.danglingEnds.filter((end) => end.reason === 'nothing_within_snapping_distance')).toHaveLength(6);
  });

  /*
   *   s1 (utility) ──f1──> p1 [cam1]      f1 references both ends
   *   s2 (lighting) ··f2··> cam2           f2 imported, ends within 1 m of s2 and cam2
   */
  it('builds the power graph the same way: sources to poles, nodes and cameras', () => {
    const sketch = new NetworkSketch();
    sketch.newPowerSource('s1', 'utility_supply', [0, 0]);
    sketch.newPowerSource('s2', 'street_lighting_circuit', [0, 100]);
    sketch.newPole('p1', [50, 0]);
    sketch.newCamera('cam1', 'p1');
    sketch.newCamera('cam2', [50, 100]);
    sketch.newFeed('f1', 's1', 'p1');
    sketch.newFeed('f2', [0.8, 100], [50, 100.5]);
    const graphs = buildNetworkGraphs(sketch.network, { metric: TEST_METRIC });
    expect(graphs.snappedEnds.map((end) => `${end.line.id}.${end.end}->${end.snappedTo.id}`).sort()).toEqual([
      'f2.from->s2',
      'f2.to->cam2',
    ]);
    const reachable = breadthFirstReachable(graphs.power, null);
    for (const id of ['cam1', 'cam2']) {
      expect(reachable[vertexOfElement(graphs, graphs.power, { kind: 'camera', id })]).toBe(1);
    }
  });
});

describe('buildNetworkGraphs: where a loose cable end is terminated', () => {
  /*
   *   cc ──r1(imported)──> ·  p1          the run ends 0.9 m short of pole p1, whose camera cam1 is
   *                        ·[cam1]        mounted 0.4 m off the pole, 0.6 m from the run's end
   *
   *   The run is terminated on the pole (its splice), not on the camera: snapped to p1, in whatever
   *   order the poles and cameras come.
   */
  function scene(reversed: boolean) {
    const sketch = new NetworkSketch();
    sketch.newNode('cc', 'control_centre', [0, 0]);
    sketch.newPole('p0', [99.4, 30]);
    sketch.newPole('p1', [100, 0]);
    sketch.newCamera('cam1', 'p1', { location: at(99.6, 0.3) });
    sketch.newRun('r1', 'cc', [99.1, 0]);
    const network = sketch.network;
    return reversed ? { ...network, poles: [...network.poles].reverse(), cameras: [...network.cameras].reverse() } : network;
  }

  it.each([false, true])('snaps to the pole that carries the nearer camera (input reversed: %s)', (reversed) => {
    const graphs = buildNetworkGraphs(scene(reversed), { metric: TEST_METRIC, snappingDistanceMeters: 2 });
    expect(graphs.snappedEnds.map((end) => `${end.line.id}.${end.end}->${end.snappedTo.id}`)).toEqual(['r1.to->p1']);
  });
});
