/**
 * Plain reference algorithms, deliberately simple: the tests and the benchmark compare the fast
 * analyses against them.
 */
import { vertexOfElement, VertexKind, type MediumGraph, type NetworkGraphs } from '../../../../backend/src/core/network/network-graph';
import type { FailureSet, NetworkElementKind } from '../../../../backend/src/core/network/network-types';
import { reachableAvoiding } from '../../../../backend/src/core/network/connectivity';

/**
 * BFS from the root skipping blocked vertices; returns reachability. The same plain BFS the
 * connectivity analysis uses for day-time reachability: the fast analyses it checks (dominators,
 * incremental outages) are the ones under test, not this.
 */
export const breadthFirstReachable = reachableAvoiding;

const FAILURE_FIELDS: [keyof FailureSet, NetworkElementKind][] = [
  ['fiberRunIds', 'fiber_run'],
  ['networkNodeIds', 'network_node'],
  ['poleIds', 'pole'],
  ['cameraIds', 'camera'],
  ['powerFeedIds', 'power_feed'],
  ['powerSourceIds', 'power_source'],
];

/**
 * Cameras live (fiber path and power) with the given elements failed, by index, from scratch: power
 * reachability first, then fiber reachability with the failed elements and every node that draws power
 * but has none blocked.
 */
export function liveCamerasFromScratch(graphs: NetworkGraphs, failures: FailureSet = {}): Uint8Array {
  const blockedIn = (graph: MediumGraph) => {
    const blocked = new Uint8Array(graph.vertexCount);
    for (const [field, kind] of FAILURE_FIELDS) {
      for (const id of failures[field] ?? []) {
        const vertex = vertexOfElement(graphs, graph, { kind, id });
        if (vertex !== -1) blocked[vertex] = 1;
      }
    }
    return blocked;
  };
  const { fiber, power } = graphs;
  const powerReachable = breadthFirstReachable(power, blockedIn(power));
  const fiberBlocked = blockedIn(fiber);
  graphs.input.networkNodes.forEach((_, index) => {
    if (graphs.nodeNeedsPower[index] && !powerReachable[power.nodeBase + index]) fiberBlocked[fiber.nodeBase + index] = 1;
  });
  const fiberReachable = breadthFirstReachable(fiber, fiberBlocked);
  return Uint8Array.from(graphs.input.cameras, (_, index) =>
    graphs.cameraActive[index] && fiberReachable[fiber.cameraBase + index] && powerReachable[power.cameraBase + index] ? 1 : 0,
  );
}

/** The outage impact recomputed from scratch: cameras live before and not after, sorted by input order. */
export function darkCamerasFromScratch(graphs: NetworkGraphs, failures: FailureSet, liveBefore?: Uint8Array): string[] {
  const before = liveBefore ?? liveCamerasFromScratch(graphs);
  const after = liveCamerasFromScratch(graphs, failures);
  const dark: string[] = [];
  graphs.input.cameras.forEach((camera, index) => {
    if (before[index] && !after[index]) dark.push(camera.id);
  });
  return dark;
}

/** Cameras cut off by failing one vertex, by brute force (for checking dominators). */
export function camerasCutOffByVertex(graph: MediumGraph, vertex: number): number[] {
  const before = breadthFirstReachable(graph, null);
  const blocked = new Uint8Array(graph.vertexCount);
  blocked[vertex] = 1;
  const after = breadthFirstReachable(graph, blocked);
  const lost: number[] = [];
  for (let v = 0; v < graph.vertexCount; v++) {
    if (graph.vertexKind[v] === VertexKind.camera && before[v] && !after[v]) lost.push(v - graph.cameraBase);
  }
  return lost;
}

/** Dijkstra with a linear scan for the minimum, O(V^2): single source, all distances. */
export function arrayScanDijkstra(
  vertexCount: number,
  offsets: Int32Array,
  targets: Int32Array,
  weights: Float64Array,
  sources: readonly { vertex: number; distance: number }[],
): Float64Array {
  const distance = new Float64Array(vertexCount).fill(Infinity);
  const done = new Uint8Array(vertexCount);
  for (const source of sources) distance[source.vertex] = Math.min(distance[source.vertex], source.distance);
  for (;;) {
    let best = -1;
    let bestDistance = Infinity;
    for (let vertex = 0; vertex < vertexCount; vertex++) {
      if (!done[vertex] && distance[vertex] < bestDistance) {
        bestDistance = distance[vertex];
        best = vertex;
      }
    }
    if (best === -1) return distance;
    done[best] = 1;
    for (let edge = offsets[best]; edge < offsets[best + 1]; edge++) {
      const candidate = bestDistance + weights[edge];
      if (candidate < distance[targets[edge]]) distance[targets[edge]] = candidate;
    }
  }
}

/**
 * The fair routing reference: Dijkstra on a binary heap (lazy deletion) from several sources to the
 * nearest of a set of targets, stopping as soon as the next vertex is farther than the best target
 * found (early exit). `targetCost[v]` is what reaching a target from vertex v still costs (Infinity
 * when no target hangs there); `bestSoFar` is a route already known (e.g. along the start's own
 * street). Returns the best total distance (Infinity when none is reachable).
 */
export function heapDijkstraToNearest(
  vertexCount: number,
  offsets: Int32Array,
  targets: Int32Array,
  weights: Float64Array,
  sources: readonly { vertex: number; distance: number }[],
  targetCost: Float64Array,
  bestSoFar = Infinity,
): number {
  const distance = new Float64Array(vertexCount).fill(Infinity);
  // Heap of (distance, vertex) pairs; a vertex may be pushed several times (stale entries skipped).
  let heapKeys = new Float64Array(64);
  let heapVertices = new Int32Array(64);
  let size = 0;
  const push = (key: number, vertex: number) => {
    if (size === heapKeys.length) {
      const keys = new Float64Array(2 * size);
      keys.set(heapKeys);
      heapKeys = keys;
      const vertices = new Int32Array(2 * size);
      vertices.set(heapVertices);
      heapVertices = vertices;
    }
    let index = size++;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (heapKeys[parent] <= key) break;
      heapKeys[index] = heapKeys[parent];
      heapVertices[index] = heapVertices[parent];
      index = parent;
    }
    heapKeys[index] = key;
    heapVertices[index] = vertex;
  };
  const pop = () => {
    const key = heapKeys[--size];
    const vertex = heapVertices[size];
    let index = 0;
    for (;;) {
      let child = 2 * index + 1;
      if (child >= size) break;
      if (child + 1 < size && heapKeys[child + 1] < heapKeys[child]) child++;
      if (heapKeys[child] >= key) break;
      heapKeys[index] = heapKeys[child];
      heapVertices[index] = heapVertices[child];
      index = child;
    }
    heapKeys[index] = key;
    heapVertices[index] = vertex;
  };
  for (const source of sources) {
    if (source.distance < distance[source.vertex]) {
      distance[source.vertex] = source.distance;
      push(source.distance, source.vertex);
    }
  }
  let best = bestSoFar;
  while (size > 0) {
    const current = heapKeys[0];
    const vertex = heapVertices[0];
    pop();
    if (current > distance[vertex]) continue;
    if (current >= best) break;
    if (current + targetCost[vertex] < best) best = current + targetCost[vertex];
    for (let edge = offsets[vertex]; edge < offsets[vertex + 1]; edge++) {
      const candidate = current + weights[edge];
      if (candidate < distance[targets[edge]]) {
        distance[targets[edge]] = candidate;
        push(candidate, targets[edge]);
      }
    }
  }
  return best;
}
