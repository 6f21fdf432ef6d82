/**
 * Outage impact: which cameras go dark (no fiber path to the control centre, or no power) when a set
 * of elements fails, in time proportional to what the failure touches.
 *
 * The media depend on each other one way: a node that draws power (a switch, a cabinet's equipment)
 * passes no fiber traffic without power. Power is analysed first; the nodes it leaves without power fail
 * in the fiber graph with the failed elements, so the cameras behind them go dark too. Nodes already
 * without power before the failure are left out of the fiber index.
 *
 * Prepared once per medium: a BFS spanning tree from the root and its preorder intervals. For a
 * failure set F, only vertices in the union S of the tree subtrees of F can lose their path (any other
 * vertex keeps its tree path). Inside S a vertex survives when it is reachable from outside S without
 * passing F: seed with vertices of S \ F that have a surviving in-neighbour outside S, then BFS inside
 * S \ F. Cost O(|S| + edges of S); a failure far from the root touches a small subtree.
 */
import type { CompressedAdjacency } from './compressed-adjacency';
import { preorderOfTree } from './dominators';
import { VertexKind, vertexOfElement, type MediumGraph, type NetworkGraphs } from './network-graph';
import type { FailureSet, NetworkElementKind, NetworkElementReference } from './network-types';

/** Caller-supplied: given the dark cameras, the coverage lost per black spot (whatever shape it wants). */
export type CoverageLossEstimator<TLoss> = (darkCameraIds: readonly string[]) => TLoss;

/** A suggested shape for the estimator's answer. */
export interface BlackSpotCoverageLoss {
  blackSpotId: string;
  coverageBefore: number;
  coverageAfter: number;
}

export interface DarkCamera {
  cameraId: string;
  lostFiber: boolean;
  lostPower: boolean;
  /** Its fiber path was lost through nodes left without power (it would keep one with them powered). */
  lostFiberThroughUnpoweredNode: boolean;
}

export interface OutageImpact<TLoss = BlackSpotCoverageLoss[]> {
  /** Cameras live before the failure and dark after it. */
  darkCameraIds: string[];
  darkCameras: DarkCamera[];
  /** Nodes that draw power, powered before the failure and not after it (their fiber traffic stops). */
  unpoweredNetworkNodeIds: string[];
  /** Failed elements not found in the network (or excluded). */
  unknownElements: NetworkElementReference[];
  /** The estimator's answer, when one was given. */
  coverageLoss?: TLoss;
}

class MediumOutageIndex {
  readonly reachable: Uint8Array;
  private readonly preorderIndex: Int32Array;
  private readonly subtreeEnd: Int32Array;
  private readonly order: Int32Array;
  private readonly failedStamp: Int32Array;
  private readonly subsetStamp: Int32Array;
  private readonly reachedStamp: Int32Array;
  private generation = 0;
  private subset: Int32Array;
  private queue: Int32Array;

  /** `blocked` vertices are out of the network before any failure (nodes without power in the fiber graph). */
  constructor(
    private readonly graph: MediumGraph,
    blocked: Uint8Array | null = null,
  ) {
    const count = graph.vertexCount;
    const parent = new Int32Array(count).fill(-1);
    this.reachable = new Uint8Array(count);
    const bfsOrder = new Int32Array(count);
    let head = 0;
    let tail = 0;
    bfsOrder[tail++] = 0;
    this.reachable[0] = 1;
    while (head < tail) {
      const vertex = bfsOrder[head++];
      for (let edge = graph.out.offsets[vertex]; edge < graph.out.offsets[vertex + 1]; edge++) {
        const next = graph.out.targets[edge];
        if (this.reachable[next] || (blocked !== null && blocked[next])) continue;
        this.reachable[next] = 1;
        parent[next] = vertex;
        bfsOrder[tail++] = next;
      }
    }
    const childOffsets = new Int32Array(count + 1);
    for (let i = 1; i < tail; i++) childOffsets[parent[bfsOrder[i]] + 1]++;
    for (let v = 0; v < count; v++) childOffsets[v + 1] += childOffsets[v];
    const cursor = childOffsets.slice(0, count);
    const children = new Int32Array(Math.max(0, tail - 1));
    for (let i = 1; i < tail; i++) children[cursor[parent[bfsOrder[i]]]++] = bfsOrder[i];
    const tree = preorderOfTree(count, 0, childOffsets, children, tail);
    this.preorderIndex = tree.preorderIndex;
    this.subtreeEnd = tree.subtreeEnd;
    this.order = tree.order;
    this.failedStamp = new Int32Array(count);
    this.subsetStamp = new Int32Array(count);
    this.reachedStamp = new Int32Array(count);
    this.subset = new Int32Array(64);
    this.queue = new Int32Array(64);
  }

  /** Calls onLost for each vertex reachable before and unreachable after failing `failedVertices`. */
  lostVertices(failedVertices: readonly number[], onLost: (vertex: number) => void): void {
    const generation = ++this.generation;
    const intervals: number[] = [];
    for (const vertex of failedVertices) {
      if (!this.reachable[vertex] || vertex === 0) continue;
      this.failedStamp[vertex] = generation;
      intervals.push(this.preorderIndex[vertex]);
    }
    if (intervals.length === 0) return;
    intervals.sort((a, b) => a - b);
    // Union of subtrees: preorder intervals are nested or disjoint.
    let subsetSize = 0;
    let coveredUntil = -1;
    for (const start of intervals) {
      if (start < coveredUntil) continue;
      const end = this.subtreeEnd[this.order[start]];
      if (subsetSize + (end - start) > this.subset.length) this.subset = grow(this.subset, subsetSize + (end - start));
      for (let position = start; position < end; position++) {
        const vertex = this.order[position];
        this.subsetStamp[vertex] = generation;
        this.subset[subsetSize++] = vertex;
      }
      coveredUntil = end;
    }
    if (this.queue.length < subsetSize) this.queue = new Int32Array(Math.max(subsetSize, this.queue.length * 2));
    const { offsets: inOffsets, targets: inTargets }: CompressedAdjacency = this.graph.in;
    const { offsets: outOffsets, targets: outTargets }: CompressedAdjacency = this.graph.out;
    let tail = 0;
    for (let i = 0; i < subsetSize; i++) {
      const vertex = this.subset[i];
      if (this.failedStamp[vertex] === generation) continue;
      for (let edge = inOffsets[vertex]; edge < inOffsets[vertex + 1]; edge++) {
        const source = inTargets[edge];
        if (this.reachable[source] && this.subsetStamp[source] !== generation) {
          this.reachedStamp[vertex] = generation;
          this.queue[tail++] = vertex;
          break;
        }
      }
    }
    for (let head = 0; head < tail; head++) {
      const vertex = this.queue[head];
      for (let edge = outOffsets[vertex]; edge < outOffsets[vertex + 1]; edge++) {
        const next = outTargets[edge];
        if (
          this.subsetStamp[next] === generation &&
          this.failedStamp[next] !== generation &&
          this.reachedStamp[next] !== generation
        ) {
          this.reachedStamp[next] = generation;
          this.queue[tail++] = next;
        }
      }
    }
    for (let i = 0; i < subsetSize; i++) {
      const vertex = this.subset[i];
      if (this.reachedStamp[vertex] !== generation) onLost(vertex);
    }
  }
}

function grow(array: Int32Array, minimum: number): Int32Array {
  const grown = new Int32Array(Math.max(minimum, array.length * 2));
  grown.set(array);
  return grown;
}

const FAILURE_KINDS: readonly [keyof FailureSet, NetworkElementKind][] = [
  ['fiberRunIds', 'fiber_run'],
  ['networkNodeIds', 'network_node'],
  ['poleIds', 'pole'],
  ['cameraIds', 'camera'],
  ['powerFeedIds', 'power_feed'],
  ['powerSourceIds', 'power_source'],
];

export class OutageImpactAnalyser {
  private readonly fiberIndex: MediumOutageIndex;
  private readonly powerIndex: MediumOutageIndex;
  /** 1 when the camera is live (fiber path and power) with nothing failed. */
  readonly cameraLive: Uint8Array;
  /** Nodes that draw power and have it with nothing failed (by node index). */
  private readonly nodePowered: Uint8Array;
  private readonly lostFiberStamp: Int32Array;
  private readonly lostPowerStamp: Int32Array;
  private readonly directFiberLossStamp: Int32Array;
  private generation = 0;

  constructor(private readonly graphs: NetworkGraphs) {
    this.powerIndex = new MediumOutageIndex(graphs.power);
    const { fiber, power } = graphs;
    this.nodePowered = new Uint8Array(graphs.input.networkNodes.length);
    let blocked: Uint8Array | null = null;
    graphs.input.networkNodes.forEach((_, index) => {
      if (!graphs.nodeNeedsPower[index]) return;
      if (this.powerIndex.reachable[power.nodeBase + index]) this.nodePowered[index] = 1;
      else (blocked ??= new Uint8Array(fiber.vertexCount))[fiber.nodeBase + index] = 1;
    });
    this.fiberIndex = new MediumOutageIndex(fiber, blocked);
    const cameraCount = graphs.input.cameras.length;
    this.cameraLive = new Uint8Array(cameraCount);
    for (let index = 0; index < cameraCount; index++) {
      this.cameraLive[index] =
        graphs.cameraActive[index] &&
        this.fiberIndex.reachable[fiber.cameraBase + index] &&
        this.powerIndex.reachable[power.cameraBase + index]
          ? 1
          : 0;
    }
    this.lostFiberStamp = new Int32Array(cameraCount);
    this.lostPowerStamp = new Int32Array(cameraCount);
    this.directFiberLossStamp = new Int32Array(cameraCount);
  }

  impactOf<TLoss = BlackSpotCoverageLoss[]>(
    failures: FailureSet,
    coverageLossEstimator?: CoverageLossEstimator<TLoss>,
  ): OutageImpact<TLoss> {
    const { graphs } = this;
    const fiberFailed: number[] = [];
    const powerFailed: number[] = [];
    const unknownElements: NetworkElementReference[] = [];
    for (const [field, kind] of FAILURE_KINDS) {
      for (const id of failures[field] ?? []) {
        const reference = { kind, id };
        const fiberVertex = vertexOfElement(graphs, graphs.fiber, reference);
        const powerVertex = vertexOfElement(graphs, graphs.power, reference);
        const fiberActive = fiberVertex !== -1 && graphs.fiber.vertexActive[fiberVertex] === 1;
        const powerActive = powerVertex !== -1 && graphs.power.vertexActive[powerVertex] === 1;
        if (!fiberActive && !powerActive) unknownElements.push(reference);
        if (fiberActive) fiberFailed.push(fiberVertex);
        if (powerActive) powerFailed.push(powerVertex);
      }
    }
    const generation = ++this.generation;
    const darkIndices: number[] = [];
    const { fiber, power } = graphs;
    // Power first: the nodes it leaves without power fail in the fiber graph too.
    const unpoweredNodes: number[] = [];
    this.powerIndex.lostVertices(powerFailed, (vertex) => {
      const kind = power.vertexKind[vertex];
      if (kind === VertexKind.networkNode) {
        const index = vertex - power.nodeBase;
        // A failed node is itself the failure, not a node whose supply is lost (powerFailed is a few elements).
        if (this.nodePowered[index] && !powerFailed.includes(vertex)) unpoweredNodes.push(index);
        return;
      }
      if (kind !== VertexKind.camera) return;
      const index = vertex - power.cameraBase;
      if (!this.cameraLive[index]) return;
      this.lostPowerStamp[index] = generation;
      darkIndices.push(index);
    });
    if (unpoweredNodes.length > 0) {
      // Which cameras the failed elements alone cut off, to tell them from those lost through unpowered nodes.
      this.fiberIndex.lostVertices(fiberFailed, (vertex) => {
        if (fiber.vertexKind[vertex] === VertexKind.camera) this.directFiberLossStamp[vertex - fiber.cameraBase] = generation;
      });
      for (const index of unpoweredNodes) fiberFailed.push(fiber.nodeBase + index);
    }
    this.fiberIndex.lostVertices(fiberFailed, (vertex) => {
      if (fiber.vertexKind[vertex] !== VertexKind.camera) return;
      const index = vertex - fiber.cameraBase;
      if (!this.cameraLive[index]) return;
      this.lostFiberStamp[index] = generation;
      if (this.lostPowerStamp[index] !== generation) darkIndices.push(index);
    });
    darkIndices.sort((a, b) => a - b);
    const throughNodes = unpoweredNodes.length > 0;
    const darkCameras: DarkCamera[] = darkIndices.map((index) => {
      const lostFiber = this.lostFiberStamp[index] === generation;
      return {
        cameraId: graphs.input.cameras[index].id,
        lostFiber,
        lostPower: this.lostPowerStamp[index] === generation,
        lostFiberThroughUnpoweredNode: lostFiber && throughNodes && this.directFiberLossStamp[index] !== generation,
      };
    });
    const darkCameraIds = darkCameras.map((camera) => camera.cameraId);
    const unpoweredNetworkNodeIds = unpoweredNodes.sort((a, b) => a - b).map((index) => graphs.input.networkNodes[index].id);
    const impact: OutageImpact<TLoss> = { darkCameraIds, darkCameras, unpoweredNetworkNodeIds, unknownElements };
    if (coverageLossEstimator) impact.coverageLoss = coverageLossEstimator(darkCameraIds);
    return impact;
  }

  /** Indices (input order) of the cameras live before and dark after the failure. */
  darkCameraIndices(failures: FailureSet): number[] {
    const ids = this.impactOf(failures).darkCameraIds;
    return ids.map((id) => this.graphs.indexById.camera.get(id)!);
  }
}

export function createOutageImpactAnalyser(graphs: NetworkGraphs): OutageImpactAnalyser {
  return new OutageImpactAnalyser(graphs);
}
