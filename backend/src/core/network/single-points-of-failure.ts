/**
 * Single points of failure from dominator trees (fiber rooted at the control centre(s), power rooted
 * at the sources). Every run, feed, node, pole and source is a vertex, so a camera's single points of
 * failure are its dominators in either tree, and the cameras an element cuts off alone are its
 * dominator subtrees. Poles, network nodes and cameras sit in both graphs: their loss is the union.
 *
 * A node that draws power passes no fiber traffic without it: nodes without power at all are left out
 * of the fiber graph, and an element whose failure alone leaves a powered node without power (a power
 * dominator of such a node) loses more than its dominator subtrees: everything the outage analysis
 * finds behind those nodes. Those few elements are measured exactly with the outage analyser.
 */
import { DirectedEdgeCollector, type CompressedAdjacency } from './compressed-adjacency';
import { computeDominatorTree, dominates, type DominatorTree } from './dominators';
import { elementOfVertex, VertexKind, vertexOfElement, type MediumGraph, type NetworkGraphs } from './network-graph';
import { elementKey, type FailureSet, type NetworkElementKind, type NetworkElementReference } from './network-types';
import { createOutageImpactAnalyser } from './outage-impact';

const FAILURE_FIELD: Record<NetworkElementKind, keyof FailureSet> = {
  fiber_run: 'fiberRunIds',
  network_node: 'networkNodeIds',
  pole: 'poleIds',
  camera: 'cameraIds',
  power_feed: 'powerFeedIds',
  power_source: 'powerSourceIds',
};

/** The graph without the blocked vertices' edges (the vertices stay, isolated). */
function withoutVertices(graph: MediumGraph, blocked: Uint8Array): { out: CompressedAdjacency; in: CompressedAdjacency } {
  const edges = new DirectedEdgeCollector();
  const { offsets, targets } = graph.out;
  for (let vertex = 0; vertex < graph.vertexCount; vertex++) {
    if (blocked[vertex]) continue;
    for (let edge = offsets[vertex]; edge < offsets[vertex + 1]; edge++) {
      if (!blocked[targets[edge]]) edges.add(vertex, targets[edge]);
    }
  }
  return edges.build(graph.vertexCount);
}

export interface CriticalElement {
  element: NetworkElementReference;
  /** Live cameras that go dark when this element alone fails. */
  camerasLost: number;
  weightedCamerasLost: number;
}

export interface CriticalElementRankingOptions {
  /** Weight of each camera (e.g. from the black spots it serves); default 1. */
  cameraWeights?: ReadonlyMap<string, number>;
  /** Keep the first N; default every element that cuts off at least one camera. */
  limit?: number;
  /** Rank cameras themselves too (a camera always cuts off at least itself). Default false. */
  includeCameras?: boolean;
  /** Only these element kinds. Default all. */
  kinds?: readonly NetworkElementKind[];
}

export interface BlackSpotService {
  blackSpotId: string;
  servingCameraIds: readonly string[];
}

/** Is the black spot still covered at its required level with only these cameras? */
export type BlackSpotCoveragePredicate = (blackSpotId: string, liveCameraIds: readonly string[]) => boolean;

export interface BlackSpotSinglePointsOfFailure {
  blackSpotId: string;
  /** Covered at its required level with every serving camera that is live now. */
  coveredNow: boolean;
  liveServingCameraIds: string[];
  /** Elements whose failure alone drops the spot below its level, most cameras lost first. */
  singlePointsOfFailure: { element: NetworkElementReference; servingCamerasLost: string[] }[];
}

export class SinglePointOfFailureAnalysis {
  readonly fiberDominators: DominatorTree;
  readonly powerDominators: DominatorTree;
  /** 1 when the camera has a fiber path and power with nothing failed. */
  readonly cameraLive: Uint8Array;
  /**
   * Elements whose failure alone leaves a powered node without power, with the live cameras (indices,
   * ascending) that go dark when each fails alone, measured by the outage analyser.
   */
  readonly cascadeLosses: Map<string, { element: NetworkElementReference; cameraIndices: Int32Array }>;

  constructor(private readonly graphs: NetworkGraphs) {
    const { fiber, power } = graphs;
    this.powerDominators = computeDominatorTree(power.vertexCount, power.out, power.in, 0);
    let blocked: Uint8Array | null = null;
    const poweredNodeVertices: number[] = [];
    graphs.input.networkNodes.forEach((_, index) => {
      if (!graphs.nodeNeedsPower[index]) return;
      if (this.powerDominators.preorderIndex[power.nodeBase + index] !== -1) poweredNodeVertices.push(power.nodeBase + index);
      else (blocked ??= new Uint8Array(fiber.vertexCount))[fiber.nodeBase + index] = 1;
    });
    const fiberEdges = blocked ? withoutVertices(fiber, blocked) : { out: fiber.out, in: fiber.in };
    this.fiberDominators = computeDominatorTree(fiber.vertexCount, fiberEdges.out, fiberEdges.in, 0);
    this.cameraLive = Uint8Array.from(graphs.input.cameras, (_, index) =>
      graphs.cameraActive[index] &&
      this.fiberDominators.preorderIndex[fiber.cameraBase + index] !== -1 &&
      this.powerDominators.preorderIndex[power.cameraBase + index] !== -1
        ? 1
        : 0,
    );

    // The strict power dominators of every powered node: their failure alone unpowers it.
    this.cascadeLosses = new Map();
    const marked = new Uint8Array(power.vertexCount);
    const cascadeVertices: number[] = [];
    for (const nodeVertex of poweredNodeVertices) {
      for (let vertex = this.powerDominators.immediateDominator[nodeVertex]; vertex > 0; vertex = this.powerDominators.immediateDominator[vertex]) {
        if (marked[vertex]) break;
        marked[vertex] = 1;
        cascadeVertices.push(vertex);
      }
    }
    if (cascadeVertices.length > 0) {
      const analyser = createOutageImpactAnalyser(graphs);
      for (const vertex of cascadeVertices) {
        const element = elementOfVertex(graphs, power, vertex);
        if (!element) continue;
        const cameraIndices = Int32Array.from(analyser.darkCameraIndices({ [FAILURE_FIELD[element.kind]]: [element.id] })).sort();
        this.cascadeLosses.set(elementKey(element), { element, cameraIndices });
      }
    }
  }

  /** The live cameras (indices) lost when the element alone fails, for an element of cascadeLosses; else null. */
  private cascadeLossOf(element: NetworkElementReference): Int32Array | null {
    return this.cascadeLosses.get(elementKey(element))?.cameraIndices ?? null;
  }

  /** The elements whose failure alone cuts the camera off (itself excluded); null when already dark. */
  singlePointsOfFailureOfCamera(cameraId: string): NetworkElementReference[] | null {
    const index = this.graphs.indexById.camera.get(cameraId);
    if (index === undefined || !this.cameraLive[index]) return null;
    const result = new Map<string, NetworkElementReference>();
    for (const [graph, tree] of this.media()) {
      const cameraVertex = graph.cameraBase + index;
      for (let vertex = tree.immediateDominator[cameraVertex]; vertex > 0; vertex = tree.immediateDominator[vertex]) {
        const element = elementOfVertex(this.graphs, graph, vertex);
        if (element) result.set(elementKey(element), element);
      }
    }
    for (const [key, { element, cameraIndices }] of this.cascadeLosses) {
      if (sortedIncludes(cameraIndices, index)) result.set(key, element);
    }
    return [...result.values()];
  }

  rankCriticalElements(options: CriticalElementRankingOptions = {}): CriticalElement[] {
    const { graphs } = this;
    const weights = Float64Array.from(graphs.input.cameras, (camera, index) =>
      this.cameraLive[index] ? (options.cameraWeights?.get(camera.id) ?? 1) : 0,
    );
    const kinds = options.kinds ? new Set(options.kinds) : null;
    // Subtree sums of live cameras per medium.
    const sums = this.media().map(([graph, tree]) => {
      const count = new Float64Array(graph.vertexCount);
      const weight = new Float64Array(graph.vertexCount);
      for (let position = tree.reachableCount - 1; position > 0; position--) {
        const vertex = tree.order[position];
        if (graph.vertexKind[vertex] === VertexKind.camera) {
          const cameraIndex = vertex - graph.cameraBase;
          if (this.cameraLive[cameraIndex]) {
            count[vertex] += 1;
            weight[vertex] += weights[cameraIndex];
          }
        }
        const dominator = tree.immediateDominator[vertex];
        count[dominator] += count[vertex];
        weight[dominator] += weight[vertex];
      }
      return { count, weight };
    });
    const mark = new Int32Array(graphs.input.cameras.length);
    let generation = 0;
    const ranking: CriticalElement[] = [];
    const consider = (element: NetworkElementReference) => {
      if (kinds && !kinds.has(element.kind)) return;
      if (element.kind === 'camera' && !options.includeCameras) return;
      const cascade = this.cascadeLossOf(element);
      if (cascade) {
        let weighted = 0;
        for (const cameraIndex of cascade) weighted += weights[cameraIndex];
        if (cascade.length > 0) ranking.push({ element, camerasLost: cascade.length, weightedCamerasLost: weighted });
        return;
      }
      const [fiberVertex, powerVertex] = this.media().map(([graph]) => vertexOfElement(graphs, graph, element));
      const fiberCount = fiberVertex === -1 ? 0 : sums[0].count[fiberVertex];
      const powerCount = powerVertex === -1 ? 0 : sums[1].count[powerVertex];
      let camerasLost: number;
      let weightedCamerasLost: number;
      if (powerCount === 0) {
        camerasLost = fiberCount;
        weightedCamerasLost = fiberCount === 0 ? 0 : sums[0].weight[fiberVertex];
      } else if (fiberCount === 0) {
        camerasLost = powerCount;
        weightedCamerasLost = sums[1].weight[powerVertex];
      } else {
        // In both trees: union of the two subtrees' live cameras.
        generation++;
        camerasLost = 0;
        weightedCamerasLost = 0;
        this.media().forEach(([graph, tree], medium) => {
          const vertex = medium === 0 ? fiberVertex : powerVertex;
          for (let position = tree.preorderIndex[vertex]; position < tree.subtreeEnd[vertex]; position++) {
            const candidate = tree.order[position];
            if (graph.vertexKind[candidate] !== VertexKind.camera) continue;
            const cameraIndex = candidate - graph.cameraBase;
            if (!this.cameraLive[cameraIndex] || mark[cameraIndex] === generation) continue;
            mark[cameraIndex] = generation;
            camerasLost++;
            weightedCamerasLost += weights[cameraIndex];
          }
        });
      }
      if (camerasLost > 0) ranking.push({ element, camerasLost, weightedCamerasLost });
    };
    const { input } = graphs;
    const activeIn = (graph: MediumGraph, vertex: number) => graph.vertexActive[vertex] === 1;
    input.networkNodes.forEach((node, index) => {
      if (activeIn(graphs.fiber, graphs.fiber.nodeBase + index)) consider({ kind: 'network_node', id: node.id });
    });
    input.poles.forEach((pole, index) => {
      if (activeIn(graphs.fiber, graphs.fiber.poleBase + index)) consider({ kind: 'pole', id: pole.id });
    });
    input.cameras.forEach((camera, index) => {
      if (this.cameraLive[index]) consider({ kind: 'camera', id: camera.id });
    });
    input.fiberRuns.forEach((run, index) => {
      if (activeIn(graphs.fiber, graphs.fiber.lineBase + index)) consider({ kind: 'fiber_run', id: run.id });
    });
    input.powerFeeds.forEach((feed, index) => {
      if (activeIn(graphs.power, graphs.power.lineBase + index)) consider({ kind: 'power_feed', id: feed.id });
    });
    input.powerSources.forEach((source, index) => {
      if (activeIn(graphs.power, graphs.power.sourceBase + index)) consider({ kind: 'power_source', id: source.id });
    });
    ranking.sort(
      (a, b) =>
        b.weightedCamerasLost - a.weightedCamerasLost ||
        b.camerasLost - a.camerasLost ||
        elementKey(a.element).localeCompare(elementKey(b.element)),
    );
    return options.limit !== undefined ? ranking.slice(0, options.limit) : ranking;
  }

  /**
   * For each black spot, the elements whose failure alone drops it below its required level: the
   * candidates are the dominators of its live serving cameras (and the cameras themselves); each
   * distinct set of lost cameras is put to the predicate once.
   */
  blackSpotSinglePointsOfFailure(
    blackSpots: readonly BlackSpotService[],
    isCovered: BlackSpotCoveragePredicate,
  ): BlackSpotSinglePointsOfFailure[] {
    const { graphs } = this;
    return blackSpots.map((spot) => {
      const live: number[] = [];
      for (const id of spot.servingCameraIds) {
        const index = graphs.indexById.camera.get(id);
        if (index !== undefined && this.cameraLive[index] && !live.includes(index)) live.push(index);
      }
      const liveServingCameraIds = live.map((index) => graphs.input.cameras[index].id);
      const coveredNow = isCovered(spot.blackSpotId, liveServingCameraIds);
      const result: BlackSpotSinglePointsOfFailure = {
        blackSpotId: spot.blackSpotId,
        coveredNow,
        liveServingCameraIds,
        singlePointsOfFailure: [],
      };
      if (!coveredNow) return result;
      const verdictByLostSet = new Map<string, boolean>();
      for (const { element, lost } of this.cameraLossesOf(live)) {
        const key = lost.join(',');
        let stillCovered = verdictByLostSet.get(key);
        if (stillCovered === undefined) {
          const remaining = liveServingCameraIds.filter((_, position) => !lost.includes(live[position]));
          stillCovered = isCovered(spot.blackSpotId, remaining);
          verdictByLostSet.set(key, stillCovered);
        }
        if (!stillCovered) {
          result.singlePointsOfFailure.push({
            element,
            servingCamerasLost: lost.map((index) => graphs.input.cameras[index].id),
          });
        }
      }
      result.singlePointsOfFailure.sort(
        (a, b) =>
          b.servingCamerasLost.length - a.servingCamerasLost.length ||
          elementKey(a.element).localeCompare(elementKey(b.element)),
      );
      return result;
    });
  }

  /**
   * Every element whose failure alone darkens some of the spot's live serving cameras, with the
   * cameras it darkens, whatever the coverage left: the black spots tab ranks them by coverage lost.
   */
  blackSpotCameraLosses(spot: BlackSpotService): {
    liveServingCameraIds: string[];
    losses: { element: NetworkElementReference; servingCamerasLost: string[] }[];
  } {
    const live: number[] = [];
    for (const id of spot.servingCameraIds) {
      const index = this.graphs.indexById.camera.get(id);
      if (index !== undefined && this.cameraLive[index] && !live.includes(index)) live.push(index);
    }
    const idOf = (index: number) => this.graphs.input.cameras[index].id;
    return {
      liveServingCameraIds: live.map(idOf),
      losses: this.cameraLossesOf(live).map(({ element, lost }) => ({ element, servingCamerasLost: lost.map(idOf) })),
    };
  }

  /**
   * Each element whose failure alone darkens some of these live cameras (indices), with those it
   * darkens: the cameras' dominators in the fiber and power graphs (the cameras included) and the
   * elements whose cascade (a node left without power) reaches them.
   */
  private cameraLossesOf(live: readonly number[]): { element: NetworkElementReference; lost: number[] }[] {
    const { graphs } = this;
    const losses: { element: NetworkElementReference; lost: number[] }[] = [];
    const candidates = new Map<string, NetworkElementReference>();
    for (const cameraIndex of live) {
      for (const [graph, tree] of this.media()) {
        for (let vertex = graph.cameraBase + cameraIndex; vertex > 0; vertex = tree.immediateDominator[vertex]) {
          const element = elementOfVertex(graphs, graph, vertex);
          if (element) candidates.set(elementKey(element), element);
        }
      }
    }
    for (const [key, { element, cameraIndices }] of this.cascadeLosses) {
      if (live.some((cameraIndex) => sortedIncludes(cameraIndices, cameraIndex))) candidates.set(key, element);
    }
    for (const element of candidates.values()) {
      const cascade = this.cascadeLossOf(element);
      const vertices = this.media().map(([graph]) => vertexOfElement(graphs, graph, element));
      const lost: number[] = [];
      for (const cameraIndex of live) {
        const cut = cascade
          ? sortedIncludes(cascade, cameraIndex)
          : this.media().some(
              ([graph, tree], medium) =>
                vertices[medium] !== -1 && dominates(tree, vertices[medium], graph.cameraBase + cameraIndex),
            );
        if (cut) lost.push(cameraIndex);
      }
      if (lost.length > 0) losses.push({ element, lost });
    }
    return losses;
  }

  private mediaPairs: [MediumGraph, DominatorTree][] | null = null;

  private media(): [MediumGraph, DominatorTree][] {
    this.mediaPairs ??= [
      [this.graphs.fiber, this.fiberDominators],
      [this.graphs.power, this.powerDominators],
    ];
    return this.mediaPairs;
  }
}

function sortedIncludes(sorted: Int32Array, value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] === value) return true;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
