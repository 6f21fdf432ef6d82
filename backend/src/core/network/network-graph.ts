/**
 * Graph construction: fiber runs and power feeds become vertices of their own (so that a run can
 * fail like a node can), joined to the nodes, poles, cameras and sources they reference. Lines
 * imported without references are joined by their end points within a snapping distance, and the
 * report says which ends were snapped to what, at what distance, and which ends dangle.
 *
 * Vertex layout of each medium graph (one CSR graph per medium):
 *   0                      virtual root -> every control centre (fiber) / every power source (power)
 *   nodeBase + i           networkNodes[i]
 *   poleBase + i           poles[i]
 *   cameraBase + i         cameras[i]          (pole -> camera is one-way: a camera is reached through its pole)
 *   sourceBase + i         powerSources[i]     (power only)
 *   lineBase + i           fiberRuns[i] / powerFeeds[i]
 *   junctionBase + j       a point where unreferenced line ends were snapped together
 * Excluded elements (decommissioned by default) keep their vertex, with no edges.
 */
import RBush from 'rbush';
import type { LineString, Position } from 'geojson';
import type { AssetStatus, EndpointKind, NetworkNodeKind } from '../domain';
import { DirectedEdgeCollector, type CompressedAdjacency } from './compressed-adjacency';
import type { MetricPolicy } from '../geometry/metric';
import { recordedOrMeasuredLength } from './cable-length';
import type { PointMeters } from '../geometry/planar';
import type {
  EndpointReference,
  NetworkElementKind,
  NetworkElementReference,
  NetworkInput,
} from './network-types';

export const VertexKind = {
  root: 0,
  networkNode: 1,
  pole: 2,
  camera: 3,
  powerSource: 4,
  line: 5,
  junction: 6,
} as const;

export type NetworkMedium = 'fiber' | 'power';

export interface NetworkGraphOptions {
  /** The deployment's metric policy: snapping distances and lengths not recorded are measured with it. */
  metric: MetricPolicy;
  /** Unreferenced line ends join an element or another end within this distance. Default 2 m. */
  snappingDistanceMeters?: number;
  /** Elements in these statuses are left out of the graph. Default ['decommissioned']. */
  excludedStatuses?: readonly AssetStatus[];
  /**
   * Power drawn by a node whose powerDrawWatts is empty, by kind: the caller's configuration (the core
   * holds no defaults). A kind left out draws 0 W, i.e. a passive node that needs no power.
   */
  nodePowerDrawWattsByKind?: Partial<Record<NetworkNodeKind, number>>;
}

export type LineEnd = 'from' | 'to';

export interface SnappedEnd {
  line: NetworkElementReference;
  end: LineEnd;
  position: Position;
  snappedTo: { kind: EndpointKind | 'junction'; id: string };
  distanceMeters: number;
}

export type DanglingReason =
  | 'nothing_within_snapping_distance'
  | 'unknown_reference'
  | 'excluded_reference'
  | 'reference_kind_not_allowed';

export interface DanglingEnd {
  line: NetworkElementReference;
  end: LineEnd;
  position: Position;
  reason: DanglingReason;
  reference?: EndpointReference;
}

export interface Junction {
  id: string;
  medium: NetworkMedium;
  position: Position;
  ends: { line: NetworkElementReference; end: LineEnd }[];
}

export interface MediumGraph {
  medium: NetworkMedium;
  vertexCount: number;
  out: CompressedAdjacency;
  in: CompressedAdjacency;
  vertexKind: Uint8Array;
  /** Index into the input array of the vertex's kind (junction index for junctions, -1 for the root). */
  vertexEntityIndex: Int32Array;
  /** 1 when the element is in the graph (not excluded by status). */
  vertexActive: Uint8Array;
  nodeBase: number;
  poleBase: number;
  cameraBase: number;
  /** -1 in the fiber graph. */
  sourceBase: number;
  lineBase: number;
  junctionBase: number;
  junctions: Junction[];
}

export interface NetworkGraphs {
  input: NetworkInput;
  snappingDistanceMeters: number;
  fiber: MediumGraph;
  power: MediumGraph;
  /** 1 for cameras that count (not excluded by status). */
  cameraActive: Uint8Array;
  /** Power each node draws, watts: its own figure, else the default for its kind, else 0. */
  nodePowerDrawWatts: Float64Array;
  /**
   * 1 for active nodes that draw power: such a node without power passes no fiber traffic, so the
   * cameras behind it go dark with it (splice closures and other passive nodes draw 0 and are 0 here).
   */
  nodeNeedsPower: Uint8Array;
  fiberRunLengthMeters: Float64Array;
  powerFeedLengthMeters: Float64Array;
  snappedEnds: SnappedEnd[];
  danglingEnds: DanglingEnd[];
  /** Cameras whose poleId names no usable pole. */
  camerasWithUnknownPole: string[];
  indexById: Record<NetworkElementKind, Map<string, number>>;
}

interface LineRow {
  id: string;
  path: LineString;
  from: EndpointReference | null;
  to: EndpointReference | null;
  status: AssetStatus;
}

interface PointItem {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  vertex: number;
  kind: EndpointKind;
  id: string;
  /** Projected metres. */
  point: PointMeters;
  /** For a camera: the pole it is mounted on (a cable near both is terminated on the pole). */
  mountPoleId?: string | null;
}

interface FreeEndItem {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  freeEndIndex: number;
}

/** What both media's graphs are built from: the input, which elements count, and what the build found. */
interface GraphContext {
  input: NetworkInput;
  metric: MetricPolicy;
  snappingDistanceMeters: number;
  isActive: (status: AssetStatus | undefined) => boolean;
  indexById: Record<NetworkElementKind, Map<string, number>>;
  nodeActive: Uint8Array;
  poleActive: Uint8Array;
  cameraActive: Uint8Array;
  sourceActive: Uint8Array;
  /** Filled by both media. */
  snappedEnds: SnappedEnd[];
  danglingEnds: DanglingEnd[];
}

export function buildNetworkGraphs(input: NetworkInput, options: NetworkGraphOptions): NetworkGraphs {
  const excluded = new Set<AssetStatus>(options.excludedStatuses ?? ['decommissioned']);
  const isActive = (status: AssetStatus | undefined) => status === undefined || !excluded.has(status);
  const context: GraphContext = {
    input,
    metric: options.metric,
    snappingDistanceMeters: options.snappingDistanceMeters ?? 2,
    isActive,
    indexById: {
      network_node: indexIds(input.networkNodes),
      pole: indexIds(input.poles),
      camera: indexIds(input.cameras),
      fiber_run: indexIds(input.fiberRuns),
      power_source: indexIds(input.powerSources),
      power_feed: indexIds(input.powerFeeds),
    },
    nodeActive: Uint8Array.from(input.networkNodes, (node) => (isActive(node.status) ? 1 : 0)),
    poleActive: Uint8Array.from(input.poles, (pole) => (isActive(pole.status) ? 1 : 0)),
    cameraActive: Uint8Array.from(input.cameras, (camera) => (isActive(camera.status) ? 1 : 0)),
    sourceActive: Uint8Array.from(input.powerSources, (source) => (isActive(source.status) ? 1 : 0)),
    snappedEnds: [],
    danglingEnds: [],
  };
  const nodePowerDrawWatts = Float64Array.from(
    input.networkNodes,
    (node) => node.powerDrawWatts ?? options.nodePowerDrawWattsByKind?.[node.kind] ?? 0,
  );
  const nodeNeedsPower = Uint8Array.from(input.networkNodes, (_, index) => (context.nodeActive[index] && nodePowerDrawWatts[index] > 0 ? 1 : 0));
  const camerasWithUnknownPole: string[] = [];
  for (const camera of input.cameras) {
    if (camera.poleId == null) continue;
    const poleIndex = context.indexById.pole.get(camera.poleId);
    if (poleIndex === undefined || !context.poleActive[poleIndex]) camerasWithUnknownPole.push(camera.id);
  }
  const fiber = buildMedium(context, 'fiber');
  const power = buildMedium(context, 'power');
  return {
    input,
    snappingDistanceMeters: context.snappingDistanceMeters,
    fiber,
    power,
    cameraActive: context.cameraActive,
    nodePowerDrawWatts,
    nodeNeedsPower,
    fiberRunLengthMeters: Float64Array.from(input.fiberRuns, (run) => recordedOrMeasuredLength(run, options.metric)),
    powerFeedLengthMeters: Float64Array.from(input.powerFeeds, (feed) => recordedOrMeasuredLength(feed, options.metric)),
    snappedEnds: context.snappedEnds,
    danglingEnds: context.danglingEnds,
    camerasWithUnknownPole,
    indexById: context.indexById,
  };
}

/** Where each kind of element sits among one medium's vertices, and what its lines may end at. */
interface MediumLayout {
  medium: NetworkMedium;
  lines: readonly LineRow[];
  lineKind: NetworkElementKind;
  nodeBase: number;
  poleBase: number;
  cameraBase: number;
  sourceBase: number;
  lineBase: number;
  junctionBase: number;
  allowed: Set<EndpointKind>;
}

function mediumLayout(input: NetworkInput, medium: NetworkMedium): MediumLayout {
  const lines: readonly LineRow[] = medium === 'fiber' ? input.fiberRuns : input.powerFeeds;
  const nodeBase = 1;
  const poleBase = nodeBase + input.networkNodes.length;
  const cameraBase = poleBase + input.poles.length;
  const sourceBase = medium === 'power' ? cameraBase + input.cameras.length : -1;
  const lineBase = medium === 'power' ? sourceBase + input.powerSources.length : cameraBase + input.cameras.length;
  return {
    medium,
    lines,
    lineKind: medium === 'fiber' ? 'fiber_run' : 'power_feed',
    nodeBase,
    poleBase,
    cameraBase,
    sourceBase,
    lineBase,
    junctionBase: lineBase + lines.length,
    allowed: new Set<EndpointKind>(medium === 'fiber' ? ['network_node', 'pole', 'camera'] : ['power_source', 'pole', 'network_node', 'camera']),
  };
}

/** The vertex of an endpoint (node, pole, camera, source) in a medium's layout or built graph: both number them alike. */
type EndpointBases = Pick<MediumLayout, 'nodeBase' | 'poleBase' | 'cameraBase' | 'sourceBase'>;

function vertexOf(layout: EndpointBases, kind: EndpointKind, index: number): number {
  switch (kind) {
    case 'network_node':
      return layout.nodeBase + index;
    case 'pole':
      return layout.poleBase + index;
    case 'camera':
      return layout.cameraBase + index;
    case 'power_source':
      return layout.sourceBase + index;
  }
}

function activeOf(context: GraphContext, kind: EndpointKind, index: number): boolean {
  switch (kind) {
    case 'network_node':
      return context.nodeActive[index] === 1;
    case 'pole':
      return context.poleActive[index] === 1;
    case 'camera':
      return context.cameraActive[index] === 1;
    case 'power_source':
      return context.sourceActive[index] === 1;
  }
}

/** One medium's graph: line ends to what they reference or snap to, free ends joined at junctions, then the fixed edges. */
function buildMedium(context: GraphContext, medium: NetworkMedium): MediumGraph {
  const layout = mediumLayout(context.input, medium);
  const edges = new DirectedEdgeCollector();
  const freeEnds = connectLineEnds(context, layout, snappablePoints(context, layout), edges);
  const junctions = joinFreeEnds(context, layout, freeEnds, edges);
  addFixedEdges(context, layout, edges);
  const vertexCount = layout.junctionBase + junctions.length;
  const { out, in: incoming } = edges.build(vertexCount);
  return {
    medium,
    vertexCount,
    out,
    in: incoming,
    ...vertexTables(context, layout, vertexCount, junctions.length),
    nodeBase: layout.nodeBase,
    poleBase: layout.poleBase,
    cameraBase: layout.cameraBase,
    sourceBase: layout.sourceBase,
    lineBase: layout.lineBase,
    junctionBase: layout.junctionBase,
    junctions,
  };
}

/** Points that unreferenced ends may snap to. */
function snappablePoints(context: GraphContext, layout: MediumLayout): RBush<PointItem> {
  const { input } = context;
  const pointItems: PointItem[] = [];
  const addPoints = (kind: EndpointKind, rows: readonly { id: string; location: Position; poleId?: string | null }[]) => {
    if (!layout.allowed.has(kind)) return;
    rows.forEach((row, index) => {
      if (!activeOf(context, kind, index)) return;
      const point = context.metric.projection.toMeters(row.location);
      const item: PointItem = { minX: point.x, minY: point.y, maxX: point.x, maxY: point.y, vertex: vertexOf(layout, kind, index), kind, id: row.id, point };
      if (kind === 'camera') item.mountPoleId = row.poleId ?? null;
      pointItems.push(item);
    });
  };
  addPoints('network_node', input.networkNodes);
  addPoints('pole', input.poles);
  addPoints('camera', input.cameras);
  addPoints('power_source', input.powerSources);
  const pointIndex = new RBush<PointItem>();
  pointIndex.load(pointItems);
  return pointIndex;
}

interface FreeEnd {
  lineIndex: number;
  end: LineEnd;
  position: Position;
  /** Projected metres. */
  point: PointMeters;
}

/**
 * Each end of each active line: to the element it references (dangling when that is unknown, of a
 * kind this medium does not allow, or excluded), else to the nearest point within snapping distance;
 * the ends that have neither are returned.
 */
function connectLineEnds(context: GraphContext, layout: MediumLayout, pointIndex: RBush<PointItem>, edges: DirectedEdgeCollector): FreeEnd[] {
  const { danglingEnds, snappedEnds, indexById } = context;
  const freeEnds: FreeEnd[] = [];
  layout.lines.forEach((line, lineIndex) => {
    if (!context.isActive(line.status)) return;
    const lineVertex = layout.lineBase + lineIndex;
    const lineReference: NetworkElementReference = { kind: layout.lineKind, id: line.id };
    const coordinates = line.path.coordinates;
    for (const end of ['from', 'to'] as const) {
      const position = end === 'from' ? coordinates[0] : coordinates[coordinates.length - 1];
      const reference = line[end];
      if (reference) {
        if (!layout.allowed.has(reference.kind)) {
          danglingEnds.push({ line: lineReference, end, position, reason: 'reference_kind_not_allowed', reference });
          continue;
        }
        const index = indexById[reference.kind].get(reference.id);
        if (index === undefined) {
          danglingEnds.push({ line: lineReference, end, position, reason: 'unknown_reference', reference });
          continue;
        }
        if (!activeOf(context, reference.kind, index)) {
          danglingEnds.push({ line: lineReference, end, position, reason: 'excluded_reference', reference });
          continue;
        }
        edges.addBothWays(lineVertex, vertexOf(layout, reference.kind, index));
        continue;
      }
      const point = context.metric.projection.toMeters(position);
      const nearest = nearestPointWithin(pointIndex, point, context.snappingDistanceMeters);
      if (nearest) {
        edges.addBothWays(lineVertex, nearest.item.vertex);
        snappedEnds.push({
          line: lineReference,
          end,
          position,
          snappedTo: { kind: nearest.item.kind, id: nearest.item.id },
          distanceMeters: nearest.distanceMeters,
        });
      } else {
        freeEnds.push({ lineIndex, end, position, point });
      }
    }
  });
  return freeEnds;
}

/** Clusters of free ends within snapping distance of each other (union-find over close pairs), as lists of free-end numbers. */
function clusterFreeEnds(freeEnds: readonly FreeEnd[], snappingDistanceMeters: number): number[][] {
  const parent = Int32Array.from(freeEnds, (_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) {
      parent[index] = parent[parent[index]];
      index = parent[index];
    }
    return index;
  };
  const freeEndIndex = new RBush<FreeEndItem>();
  freeEndIndex.load(
    freeEnds.map((freeEnd, index) => ({
      minX: freeEnd.point.x,
      minY: freeEnd.point.y,
      maxX: freeEnd.point.x,
      maxY: freeEnd.point.y,
      freeEndIndex: index,
    })),
  );
  freeEnds.forEach((freeEnd, index) => {
    const { x, y } = freeEnd.point;
    const candidates = freeEndIndex.search({
      minX: x - snappingDistanceMeters,
      minY: y - snappingDistanceMeters,
      maxX: x + snappingDistanceMeters,
      maxY: y + snappingDistanceMeters,
    });
    for (const candidate of candidates) {
      if (candidate.freeEndIndex === index) continue;
      const other = freeEnds[candidate.freeEndIndex].point;
      if (Math.hypot(other.x - x, other.y - y) <= snappingDistanceMeters) {
        const rootA = find(index);
        const rootB = find(candidate.freeEndIndex);
        if (rootA !== rootB) parent[rootA] = rootB;
      }
    }
  });
  const clusters = new Map<number, number[]>();
  freeEnds.forEach((_, index) => {
    const root = find(index);
    const members = clusters.get(root);
    if (members) members.push(index);
    else clusters.set(root, [index]);
  });
  return [...clusters.values()];
}

/** Unreferenced ends near each other are joined at a junction (at their mean position); a lone one dangles. */
function joinFreeEnds(context: GraphContext, layout: MediumLayout, freeEnds: readonly FreeEnd[], edges: DirectedEdgeCollector): Junction[] {
  const { medium, lines, lineKind } = layout;
  const junctions: Junction[] = [];
  for (const members of clusterFreeEnds(freeEnds, context.snappingDistanceMeters)) {
    if (members.length === 1) {
      const freeEnd = freeEnds[members[0]];
      context.danglingEnds.push({
        line: { kind: lineKind, id: lines[freeEnd.lineIndex].id },
        end: freeEnd.end,
        position: freeEnd.position,
        reason: 'nothing_within_snapping_distance',
      });
      continue;
    }
    let longitude = 0;
    let latitude = 0;
    for (const member of members) {
      longitude += freeEnds[member].position[0];
      latitude += freeEnds[member].position[1];
    }
    const position: Position = [longitude / members.length, latitude / members.length];
    const junction: Junction = { id: `${medium}-junction-${junctions.length}`, medium, position, ends: [] };
    const junctionVertex = layout.junctionBase + junctions.length;
    junctions.push(junction);
    for (const member of members) {
      const freeEnd = freeEnds[member];
      const lineReference: NetworkElementReference = { kind: lineKind, id: lines[freeEnd.lineIndex].id };
      junction.ends.push({ line: lineReference, end: freeEnd.end });
      edges.addBothWays(layout.lineBase + freeEnd.lineIndex, junctionVertex);
      context.snappedEnds.push({
        line: lineReference,
        end: freeEnd.end,
        position: freeEnd.position,
        snappedTo: { kind: 'junction', id: junction.id },
        distanceMeters: context.metric.distanceMeters(freeEnd.position, position),
      });
    }
  }
  return junctions;
}

/** A camera on a pole is reached through its pole, one way; the root feeds the control centres (fiber) or the sources (power). */
function addFixedEdges(context: GraphContext, layout: MediumLayout, edges: DirectedEdgeCollector): void {
  const { input, indexById, cameraActive, poleActive, nodeActive, sourceActive } = context;
  input.cameras.forEach((camera, cameraIndex) => {
    if (!cameraActive[cameraIndex] || camera.poleId == null) return;
    const poleIndex = indexById.pole.get(camera.poleId);
    if (poleIndex !== undefined && poleActive[poleIndex]) edges.add(layout.poleBase + poleIndex, layout.cameraBase + cameraIndex);
  });
  if (layout.medium === 'fiber') {
    input.networkNodes.forEach((node, index) => {
      if (node.kind === 'control_centre' && nodeActive[index]) edges.add(0, layout.nodeBase + index);
    });
  } else {
    input.powerSources.forEach((_, index) => {
      if (sourceActive[index]) edges.add(0, layout.sourceBase + index);
    });
  }
}

/** Per vertex: its kind, the index of its element in the input, whether it counts. */
function vertexTables(
  context: GraphContext,
  layout: MediumLayout,
  vertexCount: number,
  junctionCount: number,
): Pick<MediumGraph, 'vertexKind' | 'vertexEntityIndex' | 'vertexActive'> {
  const { input, nodeActive, poleActive, cameraActive, sourceActive } = context;
  const vertexKind = new Uint8Array(vertexCount);
  const vertexEntityIndex = new Int32Array(vertexCount);
  const vertexActive = new Uint8Array(vertexCount);
  const fill = (base: number, count: number, kind: number, active: (index: number) => boolean) => {
    for (let index = 0; index < count; index++) {
      vertexKind[base + index] = kind;
      vertexEntityIndex[base + index] = index;
      vertexActive[base + index] = active(index) ? 1 : 0;
    }
  };
  vertexKind[0] = VertexKind.root;
  vertexEntityIndex[0] = -1;
  vertexActive[0] = 1;
  fill(layout.nodeBase, input.networkNodes.length, VertexKind.networkNode, (index) => nodeActive[index] === 1);
  fill(layout.poleBase, input.poles.length, VertexKind.pole, (index) => poleActive[index] === 1);
  fill(layout.cameraBase, input.cameras.length, VertexKind.camera, (index) => cameraActive[index] === 1);
  if (layout.medium === 'power') {
    fill(layout.sourceBase, input.powerSources.length, VertexKind.powerSource, (index) => sourceActive[index] === 1);
  }
  fill(layout.lineBase, layout.lines.length, VertexKind.line, (index) => context.isActive(layout.lines[index].status));
  fill(layout.junctionBase, junctionCount, VertexKind.junction, () => true);
  return { vertexKind, vertexEntityIndex, vertexActive };
}


function indexIds(rows: readonly { id: string }[]): Map<string, number> {
  const map = new Map<string, number>();
  rows.forEach((row, index) => map.set(row.id, index));
  return map;
}

function nearestPointWithin(
  index: RBush<PointItem>,
  point: PointMeters,
  maximumMeters: number,
): { item: PointItem; distanceMeters: number } | null {
  const candidates = index.search({
    minX: point.x - maximumMeters,
    minY: point.y - maximumMeters,
    maxX: point.x + maximumMeters,
    maxY: point.y + maximumMeters,
  });
  let best: { item: PointItem; distanceMeters: number } | null = null;
  const within: PointItem[] = [];
  for (const item of candidates) {
    const distance = Math.hypot(item.point.x - point.x, item.point.y - point.y);
    if (distance > maximumMeters) continue;
    within.push(item);
    // Nearest first; equal distances by kind, then id: never by the index's internal order.
    if (best === null || distance < best.distanceMeters || (distance === best.distanceMeters && compareSnapTargets(item, best.item) < 0)) {
      best = { item, distanceMeters: distance };
    }
  }
  // A cable end near a camera and the pole it is mounted on is terminated on the pole (its splice or
  // breaker), and reaches the camera through it: taking the camera would skip the pole's losses.
  if (best?.item.kind === 'camera' && best.item.mountPoleId) {
    const pole = within.find((item) => item.kind === 'pole' && item.id === best!.item.mountPoleId);
    if (pole) best = { item: pole, distanceMeters: Math.hypot(pole.point.x - point.x, pole.point.y - point.y) };
  }
  return best;
}

const SNAP_KIND_ORDER: Record<EndpointKind, number> = { network_node: 0, power_source: 1, pole: 2, camera: 3 };
function compareSnapTargets(a: PointItem, b: PointItem): number {
  return SNAP_KIND_ORDER[a.kind] - SNAP_KIND_ORDER[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The element a vertex stands for; null for the root, junctions and vertices of another medium. */
export function elementOfVertex(graphs: NetworkGraphs, graph: MediumGraph, vertex: number): NetworkElementReference | null {
  const index = graph.vertexEntityIndex[vertex];
  switch (graph.vertexKind[vertex]) {
    case VertexKind.networkNode:
      return { kind: 'network_node', id: graphs.input.networkNodes[index].id };
    case VertexKind.pole:
      return { kind: 'pole', id: graphs.input.poles[index].id };
    case VertexKind.camera:
      return { kind: 'camera', id: graphs.input.cameras[index].id };
    case VertexKind.powerSource:
      return { kind: 'power_source', id: graphs.input.powerSources[index].id };
    case VertexKind.line:
      return graph.medium === 'fiber'
        ? { kind: 'fiber_run', id: graphs.input.fiberRuns[index].id }
        : { kind: 'power_feed', id: graphs.input.powerFeeds[index].id };
    default:
      return null;
  }
}

/** The vertex of an element in a medium graph, or -1 when the element is unknown or not in that medium. */
export function vertexOfElement(graphs: NetworkGraphs, graph: MediumGraph, reference: NetworkElementReference): number {
  const index = graphs.indexById[reference.kind].get(reference.id);
  if (index === undefined) return -1;
  switch (reference.kind) {
    case 'fiber_run':
      return graph.medium === 'fiber' ? graph.lineBase + index : -1;
    case 'power_feed':
      return graph.medium === 'power' ? graph.lineBase + index : -1;
    case 'power_source':
      return graph.medium === 'power' ? vertexOf(graph, reference.kind, index) : -1;
    default:
      return vertexOf(graph, reference.kind, index);
  }
}
