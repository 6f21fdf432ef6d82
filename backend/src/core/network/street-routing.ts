/**
 * Routing along streets: street centre lines become a graph (intersections are shared coordinates,
 * rounded to 1e-7 degree, about 1 cm), start and targets are attached by projecting them onto the
 * nearest street segment found through an R-tree, and a Dijkstra (binary heap) from the start stops at
 * the first target reached. "No route" is a normal answer. Every length is measured in the deployment's
 * projected CRS (core/geometry/metric.ts), so a proposed route measures what its path will measure once
 * stored as a cable.
 */
import RBush from 'rbush';
import type { LineString, MultiLineString, Position } from 'geojson';
import type { InstallMethod } from '../domain';
import { FIBER_RUN_ENDS } from './bill-of-quantities';
import { BinaryMinHeap, type CompressedAdjacency } from './compressed-adjacency';
import type { Projection } from '../geometry/projection';

interface SegmentItem {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  segment: number;
}

export interface StreetNetwork {
  /** The projected CRS every length and the segment index are in. */
  projection: Projection;
  vertexCount: number;
  longitude: Float64Array;
  latitude: Float64Array;
  /** Vertex positions in the projected CRS, metres. */
  x: Float64Array;
  y: Float64Array;
  /** Undirected adjacency: both directions stored. */
  adjacency: CompressedAdjacency & { lengthMeters: Float64Array };
  segmentFrom: Int32Array;
  segmentTo: Int32Array;
  segmentLengthMeters: Float64Array;
  /** Segment bounds in projected metres. */
  segmentIndex: RBush<SegmentItem>;
  /** Reused by queries (stamped, never cleared). */
  workspace: { distance: Float64Array; parent: Int32Array; stamp: Int32Array; generation: number; heap: BinaryMinHeap };
}

export function buildStreetNetwork(streets: readonly (LineString | MultiLineString)[], projection: Projection): StreetNetwork {
  const vertexByKey = new Map<string, number>();
  const longitudes: number[] = [];
  const latitudes: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const vertexOf = (position: Position): number => {
    const key = `${position[0].toFixed(7)},${position[1].toFixed(7)}`;
    let vertex = vertexByKey.get(key);
    if (vertex === undefined) {
      vertex = longitudes.length;
      vertexByKey.set(key, vertex);
      longitudes.push(position[0]);
      latitudes.push(position[1]);
    }
    return vertex;
  };
  const addLine = (coordinates: readonly Position[]) => {
    let previous = -1;
    for (const position of coordinates) {
      const vertex = vertexOf(position);
      if (previous !== -1 && previous !== vertex) {
        from.push(previous);
        to.push(vertex);
      }
      previous = vertex;
    }
  };
  for (const street of streets) {
    if (street.type === 'LineString') addLine(street.coordinates);
    else for (const line of street.coordinates) addLine(line);
  }
  const vertexCount = longitudes.length;
  const longitude = Float64Array.from(longitudes);
  const latitude = Float64Array.from(latitudes);
  const x = new Float64Array(vertexCount);
  const y = new Float64Array(vertexCount);
  for (let vertex = 0; vertex < vertexCount; vertex++) {
    const point = projection.toMeters([longitude[vertex], latitude[vertex]]);
    x[vertex] = point.x;
    y[vertex] = point.y;
  }
  const segmentCount = from.length;
  const segmentFrom = Int32Array.from(from);
  const segmentTo = Int32Array.from(to);
  const segmentLengthMeters = new Float64Array(segmentCount);
  const offsets = new Int32Array(vertexCount + 1);
  for (let segment = 0; segment < segmentCount; segment++) {
    segmentLengthMeters[segment] = Math.hypot(x[to[segment]] - x[from[segment]], y[to[segment]] - y[from[segment]]);
    offsets[from[segment] + 1]++;
    offsets[to[segment] + 1]++;
  }
  for (let vertex = 0; vertex < vertexCount; vertex++) offsets[vertex + 1] += offsets[vertex];
  const cursor = offsets.slice(0, vertexCount);
  const targets = new Int32Array(2 * segmentCount);
  const lengthMeters = new Float64Array(2 * segmentCount);
  for (let segment = 0; segment < segmentCount; segment++) {
    const a = segmentFrom[segment];
    const b = segmentTo[segment];
    targets[cursor[a]] = b;
    lengthMeters[cursor[a]++] = segmentLengthMeters[segment];
    targets[cursor[b]] = a;
    lengthMeters[cursor[b]++] = segmentLengthMeters[segment];
  }
  const segmentIndex = new RBush<SegmentItem>();
  const items: SegmentItem[] = new Array(segmentCount);
  for (let segment = 0; segment < segmentCount; segment++) {
    const a = segmentFrom[segment];
    const b = segmentTo[segment];
    items[segment] = {
      minX: Math.min(x[a], x[b]),
      minY: Math.min(y[a], y[b]),
      maxX: Math.max(x[a], x[b]),
      maxY: Math.max(y[a], y[b]),
      segment,
    };
  }
  segmentIndex.load(items);
  return {
    projection,
    vertexCount,
    longitude,
    latitude,
    x,
    y,
    adjacency: { offsets, targets, lengthMeters },
    segmentFrom,
    segmentTo,
    segmentLengthMeters,
    segmentIndex,
    workspace: {
      distance: new Float64Array(vertexCount),
      parent: new Int32Array(vertexCount),
      stamp: new Int32Array(vertexCount),
      generation: 0,
      heap: new BinaryMinHeap(1024),
    },
  };
}

export interface StreetAttachment {
  position: Position;
  segment: number;
  /** 0 at segmentFrom, 1 at segmentTo. */
  fraction: number;
  projected: Position;
  /** From the position to its projection on the street. */
  accessMeters: number;
}

/** Projects a position onto the nearest street segment (R-tree search in widening squares, in metres). */
export function attachToStreets(
  network: StreetNetwork,
  position: Position,
  maximumAccessMeters = 2000,
): StreetAttachment | null {
  const { x: px, y: py } = network.projection.toMeters(position);
  for (let radius = 25; ; radius *= 4) {
    const searchRadius = Math.min(radius, maximumAccessMeters);
    const candidates = network.segmentIndex.search({ minX: px - searchRadius, minY: py - searchRadius, maxX: px + searchRadius, maxY: py + searchRadius });
    let best: { segment: number; fraction: number; accessMeters: number } | null = null;
    for (const { segment } of candidates) {
      const a = network.segmentFrom[segment];
      const b = network.segmentTo[segment];
      const dx = network.x[b] - network.x[a];
      const dy = network.y[b] - network.y[a];
      const lengthSquared = dx * dx + dy * dy;
      const fraction = lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, ((px - network.x[a]) * dx + (py - network.y[a]) * dy) / lengthSquared));
      const accessMeters = Math.hypot(network.x[a] + fraction * dx - px, network.y[a] + fraction * dy - py);
      if (best === null || accessMeters < best.accessMeters) best = { segment, fraction, accessMeters };
    }
    // Every segment within searchRadius intersects the square: the best is final once within it.
    if (best && best.accessMeters <= searchRadius) {
      const a = network.segmentFrom[best.segment];
      const b = network.segmentTo[best.segment];
      const projected = network.projection.toLonLat({
        x: network.x[a] + best.fraction * (network.x[b] - network.x[a]),
        y: network.y[a] + best.fraction * (network.y[b] - network.y[a]),
      });
      return { position, segment: best.segment, fraction: best.fraction, projected, accessMeters: best.accessMeters };
    }
    if (searchRadius >= maximumAccessMeters) return null;
  }
}

export interface RoutingTarget {
  id: string;
  location: Position;
  /** Free text for the caller (e.g. 'switch', 'power_feed'). */
  kind?: string;
}

export interface PreparedRoutingTargets {
  targets: readonly RoutingTarget[];
  attachments: (StreetAttachment | null)[];
  /** Targets reachable from each street vertex: targetIndex[offsets[v] .. offsets[v+1]) with the remaining cost. */
  byVertex: { offsets: Int32Array; targetIndex: Int32Array; costMeters: Float64Array };
  /** Targets attached to each segment (for a start on the same segment). */
  bySegment: Map<number, number[]>;
}

/** Attaches targets once, so that many route queries can reuse them. */
export function prepareRoutingTargets(
  network: StreetNetwork,
  targets: readonly RoutingTarget[],
  maximumAccessMeters = 2000,
): PreparedRoutingTargets {
  const attachments = targets.map((target) => attachToStreets(network, target.location, maximumAccessMeters));
  const offsets = new Int32Array(network.vertexCount + 1);
  const bySegment = new Map<number, number[]>();
  attachments.forEach((attachment, index) => {
    if (!attachment) return;
    offsets[network.segmentFrom[attachment.segment] + 1]++;
    offsets[network.segmentTo[attachment.segment] + 1]++;
    const list = bySegment.get(attachment.segment);
    if (list) list.push(index);
    else bySegment.set(attachment.segment, [index]);
  });
  for (let vertex = 0; vertex < network.vertexCount; vertex++) offsets[vertex + 1] += offsets[vertex];
  const cursor = offsets.slice(0, network.vertexCount);
  const size = offsets[network.vertexCount];
  const targetIndex = new Int32Array(size);
  const costMeters = new Float64Array(size);
  attachments.forEach((attachment, index) => {
    if (!attachment) return;
    const length = network.segmentLengthMeters[attachment.segment];
    const a = network.segmentFrom[attachment.segment];
    const b = network.segmentTo[attachment.segment];
    targetIndex[cursor[a]] = index;
    costMeters[cursor[a]++] = attachment.fraction * length + attachment.accessMeters;
    targetIndex[cursor[b]] = index;
    costMeters[cursor[b]++] = (1 - attachment.fraction) * length + attachment.accessMeters;
  });
  return { targets, attachments, byVertex: { offsets, targetIndex, costMeters }, bySegment };
}

export type RouteResult =
  | {
      status: 'found';
      target: RoutingTarget;
      lengthMeters: number;
      /** Along street centre lines. */
      streetLengthMeters: number;
      /** From the start and the target to their streets. */
      accessLengthMeters: number;
      path: LineString;
    }
  | { status: 'no_route'; reason: 'no_targets' | 'start_not_near_a_street' | 'no_target_reachable' };

export interface RouteOptions {
  /** Farthest a start may be from a street. Default 2,000 m. */
  maximumAccessMeters?: number;
  /** Give up beyond this route length. Default unlimited. */
  maximumLengthMeters?: number;
}

export function routeToNearestTarget(
  network: StreetNetwork,
  start: Position,
  prepared: PreparedRoutingTargets,
  options: RouteOptions = {},
): RouteResult {
  if (!prepared.attachments.some((attachment) => attachment !== null)) return { status: 'no_route', reason: 'no_targets' };
  const startAttachment = attachToStreets(network, start, options.maximumAccessMeters ?? 2000);
  if (!startAttachment) return { status: 'no_route', reason: 'start_not_near_a_street' };
  const limit = options.maximumLengthMeters ?? Infinity;
  const segmentLength = network.segmentLengthMeters[startAttachment.segment];

  // A target on the start's own segment: straight along it.
  let bestCost = Infinity;
  let bestTarget = -1;
  let bestVertex = -1;
  for (const index of prepared.bySegment.get(startAttachment.segment) ?? []) {
    const attachment = prepared.attachments[index]!;
    const cost =
      startAttachment.accessMeters +
      Math.abs(startAttachment.fraction - attachment.fraction) * segmentLength +
      attachment.accessMeters;
    if (cost < bestCost) {
      bestCost = cost;
      bestTarget = index;
    }
  }

  const workspace = network.workspace;
  const generation = ++workspace.generation;
  const { distance, parent, stamp, heap } = workspace;
  heap.clear();
  const relax = (vertex: number, cost: number, from: number) => {
    if (stamp[vertex] !== generation || cost < distance[vertex]) {
      stamp[vertex] = generation;
      distance[vertex] = cost;
      parent[vertex] = from;
      heap.push(vertex, cost);
    }
  };
  relax(network.segmentFrom[startAttachment.segment], startAttachment.accessMeters + startAttachment.fraction * segmentLength, -1);
  relax(
    network.segmentTo[startAttachment.segment],
    startAttachment.accessMeters + (1 - startAttachment.fraction) * segmentLength,
    -1,
  );
  const { offsets, targets, lengthMeters } = network.adjacency;
  const { byVertex } = prepared;
  while (heap.size > 0) {
    const cost = heap.peekPriority();
    const vertex = heap.pop();
    if (cost > distance[vertex]) continue;
    if (cost >= bestCost || cost > limit) break;
    for (let entry = byVertex.offsets[vertex]; entry < byVertex.offsets[vertex + 1]; entry++) {
      const total = cost + byVertex.costMeters[entry];
      if (total < bestCost) {
        bestCost = total;
        bestTarget = byVertex.targetIndex[entry];
        bestVertex = vertex;
      }
    }
    for (let edge = offsets[vertex]; edge < offsets[vertex + 1]; edge++) {
      relax(targets[edge], cost + lengthMeters[edge], vertex);
    }
  }
  if (bestTarget === -1 || bestCost > limit) return { status: 'no_route', reason: 'no_target_reachable' };

  const targetAttachment = prepared.attachments[bestTarget]!;
  const coordinates: Position[] = [start, startAttachment.projected];
  if (bestVertex !== -1) {
    const streetVertices: number[] = [];
    for (let vertex = bestVertex; vertex !== -1; vertex = parent[vertex]) streetVertices.push(vertex);
    streetVertices.reverse();
    for (const vertex of streetVertices) coordinates.push([network.longitude[vertex], network.latitude[vertex]]);
  }
  coordinates.push(targetAttachment.projected, targetAttachment.position);
  const accessLengthMeters = startAttachment.accessMeters + targetAttachment.accessMeters;
  return {
    status: 'found',
    target: prepared.targets[bestTarget],
    lengthMeters: bestCost,
    streetLengthMeters: bestCost - accessLengthMeters,
    accessLengthMeters,
    path: { type: 'LineString', coordinates: dropRepeatedPositions(coordinates) },
  };
}

function dropRepeatedPositions(coordinates: Position[]): Position[] {
  const result: Position[] = [];
  for (const position of coordinates) {
    const last = result[result.length - 1];
    if (!last || last[0] !== position[0] || last[1] !== position[1]) result.push(position);
  }
  return result.length >= 2 ? result : [coordinates[0], coordinates[coordinates.length - 1]];
}

/** MAD per metre by install method (illustrative defaults: trench and duct in town is the dear one). */
export const DEFAULT_FIBER_COST_MAD_PER_METER: Record<InstallMethod, number> = {
  aerial: 45,
  underground_duct: 220,
  existing_duct: 40,
  facade: 70,
};
export const DEFAULT_POWER_COST_MAD_PER_METER: Record<InstallMethod, number> = {
  aerial: 60,
  underground_duct: 250,
  existing_duct: 55,
  facade: 80,
};

export interface RouteProposalOptions extends RouteOptions {
  installMethod?: InstallMethod;
  costMadPerMeterByInstallMethod?: Partial<Record<InstallMethod, number>>;
}

export interface FiberRouteProposalOptions extends RouteProposalOptions {
  /**
   * Fusion splicing and testing one end of the new run, MAD: the bill of quantities charges it at both
   * ends of every run (UnitCosts.fiberSplicingMadPerRunEnd). Default 0 (the caller holds the prices).
   */
  splicingMadPerRunEnd?: number;
}

export type RouteProposal =
  | (Extract<RouteResult, { status: 'found' }> & {
      installMethod: InstallMethod;
      costMadPerMeter: number;
      /** Costs that do not grow with length: splicing both ends of a new fiber run (0 for power). */
      splicingCostMad: number;
      /** length x costMadPerMeter + splicingCostMad. */
      costMad: number;
    })
  | Extract<RouteResult, { status: 'no_route' }>;

/**
 * A fiber route from a camera or pole to the nearest node with spare capacity (targets prepared by the
 * caller), costed as the bill of quantities would cost the new run: cable and laying per metre plus
 * splicing at both ends.
 */
export function proposeFiberRoute(
  network: StreetNetwork,
  from: Position,
  nodesWithSpareCapacity: PreparedRoutingTargets,
  options: FiberRouteProposalOptions = {},
): RouteProposal {
  const splicingCostMad = FIBER_RUN_ENDS * (options.splicingMadPerRunEnd ?? 0);
  return proposeRoute(network, from, nodesWithSpareCapacity, options, DEFAULT_FIBER_COST_MAD_PER_METER, splicingCostMad);
}

/** A power route to the nearest feed or source with spare capacity. */
export function proposePowerRoute(
  network: StreetNetwork,
  from: Position,
  feedsAndSourcesWithSpareCapacity: PreparedRoutingTargets,
  options: RouteProposalOptions = {},
): RouteProposal {
  return proposeRoute(network, from, feedsAndSourcesWithSpareCapacity, options, DEFAULT_POWER_COST_MAD_PER_METER, 0);
}

function proposeRoute(
  network: StreetNetwork,
  from: Position,
  prepared: PreparedRoutingTargets,
  options: RouteProposalOptions,
  defaults: Record<InstallMethod, number>,
  splicingCostMad: number,
): RouteProposal {
  const result = routeToNearestTarget(network, from, prepared, options);
  if (result.status === 'no_route') return result;
  const installMethod = options.installMethod ?? 'underground_duct';
  const costMadPerMeter = { ...defaults, ...options.costMadPerMeterByInstallMethod }[installMethod];
  return { ...result, installMethod, costMadPerMeter, splicingCostMad, costMad: result.lengthMeters * costMadPerMeter + splicingCostMad };
}
