/**
 * What connecting a candidate camera mount costs: a fiber route along the streets to the nearest node
 * with a free port, and a power route to the nearest feed or source with spare capacity, priced as the
 * bill of quantities prices the same new cable. Where a street already carries a duct (a fiber run laid
 * underground, existing or in the design), the new cable is pulled through it and priced `existing_duct`:
 * the street graph is re-weighted by price (a metre along a duct weighs ductPrice / trenchPrice of a
 * trench metre), so the route found is the cheapest, not the shortest, and its cost is exact:
 * weighted length x trench price (+ splicing). The duct metres follow from the two lengths.
 */
import RBush from 'rbush';
import type { LineString, Position } from 'geojson';
import type { StreetNetwork, PreparedRoutingTargets, RoutingTarget } from '../network/street-routing';
import { prepareRoutingTargets, routeToNearestTarget } from '../network/street-routing';
import { BinaryMinHeap } from '../network/compressed-adjacency';
import { distanceToSegment, type PointMeters } from '../geometry/planar';

/** A street segment runs along a duct when its ends and middle are this close to one (metres). */
export const DUCT_TOLERANCE_METERS = 3;

export interface CablePrices {
  /** MAD per metre of new cable in a new trench (underground_duct). */
  trenchMadPerMeter: number;
  /** MAD per metre of new cable pulled through a duct already in the street (existing_duct). */
  ductMadPerMeter: number;
  /** Costs that do not grow with length (splicing both ends of a fiber run), MAD. */
  fixedMad: number;
}

/** The street graph with each segment weighted by its price relative to a trench (1, or less along a duct). */
export interface PricedStreetNetwork {
  network: StreetNetwork;
  prices: CablePrices;
  /** Per street segment: 1 when it runs along a duct. */
  alongDuct: Uint8Array;
}

interface DuctSegment {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  a: PointMeters;
  b: PointMeters;
}

/** Marks the street segments that run along one of the ducts and weights the graph by price. */
export function priceStreetNetwork(base: StreetNetwork, ducts: readonly LineString[], prices: CablePrices): PricedStreetNetwork {
  if (!(prices.trenchMadPerMeter > 0) || !(prices.ductMadPerMeter >= 0)) throw new RangeError('cable prices must be positive');
  const index = new RBush<DuctSegment>();
  const items: DuctSegment[] = [];
  for (const duct of ducts) {
    const points = duct.coordinates.map((position) => base.projection.toMeters(position));
    for (let i = 1; i < points.length; i++) {
      const [a, b] = [points[i - 1], points[i]];
      items.push({ minX: Math.min(a.x, b.x), minY: Math.min(a.y, b.y), maxX: Math.max(a.x, b.x), maxY: Math.max(a.y, b.y), a, b });
    }
  }
  index.load(items);
  const near = (x: number, y: number): boolean => {
    const t = DUCT_TOLERANCE_METERS;
    return index.search({ minX: x - t, minY: y - t, maxX: x + t, maxY: y + t }).some((segment) => distanceToSegment(x, y, segment.a, segment.b) <= t);
  };
  const segmentCount = base.segmentFrom.length;
  const alongDuct = new Uint8Array(segmentCount);
  const ratio = Math.min(1, prices.ductMadPerMeter / prices.trenchMadPerMeter);
  const segmentLengthMeters = new Float64Array(segmentCount);
  const weightOf = new Map<string, number>();
  for (let segment = 0; segment < segmentCount; segment++) {
    const a = base.segmentFrom[segment];
    const b = base.segmentTo[segment];
    const along = near(base.x[a], base.y[a]) && near(base.x[b], base.y[b]) && near((base.x[a] + base.x[b]) / 2, (base.y[a] + base.y[b]) / 2);
    alongDuct[segment] = along ? 1 : 0;
    segmentLengthMeters[segment] = base.segmentLengthMeters[segment] * (along ? ratio : 1);
    if (along) {
      weightOf.set(`${a}>${b}`, segmentLengthMeters[segment]);
      weightOf.set(`${b}>${a}`, segmentLengthMeters[segment]);
    }
  }
  // The adjacency lists both directions of every segment; re-weight the duct ones.
  const { offsets, targets, lengthMeters } = base.adjacency;
  const weighted = Float64Array.from(lengthMeters);
  if (weightOf.size) {
    for (let vertex = 0; vertex < base.vertexCount; vertex++) {
      for (let edge = offsets[vertex]; edge < offsets[vertex + 1]; edge++) {
        const w = weightOf.get(`${vertex}>${targets[edge]}`);
        if (w !== undefined) weighted[edge] = w;
      }
    }
  }
  const network: StreetNetwork = {
    ...base,
    adjacency: { offsets, targets, lengthMeters: weighted },
    segmentLengthMeters,
    workspace: {
      distance: new Float64Array(base.vertexCount),
      parent: new Int32Array(base.vertexCount),
      stamp: new Int32Array(base.vertexCount),
      generation: 0,
      heap: new BinaryMinHeap(1024),
    },
  };
  return { network, prices, alongDuct };
}

export type ConnectionRoute =
  | {
      status: 'found';
      target: RoutingTarget;
      path: LineString;
      /** Measured along the path, metres. */
      lengthMeters: number;
      /** Of which pulled through existing ducts. */
      ductMeters: number;
      costMad: number;
    }
  | { status: 'no_route'; reason: string };

/** The cheapest route from a position to the nearest (by price) of the prepared targets. */
export function cheapestConnection(priced: PricedStreetNetwork, from: Position, targets: PreparedRoutingTargets, maximumAccessMeters = 500): ConnectionRoute {
  const route = routeToNearestTarget(priced.network, from, targets, { maximumAccessMeters });
  if (route.status === 'no_route') return route;
  const points = route.path.coordinates.map((position) => priced.network.projection.toMeters(position));
  let lengthMeters = 0;
  for (let i = 1; i < points.length; i++) lengthMeters += Math.hypot(points[i].x - points[i - 1].x, points[i].y - points[i - 1].y);
  // Weighted metres = trench metres + ratio x duct metres, and trench + duct = the length.
  const { trenchMadPerMeter, ductMadPerMeter, fixedMad } = priced.prices;
  const ratio = Math.min(1, ductMadPerMeter / trenchMadPerMeter);
  const ductMeters = ratio < 1 ? Math.min(lengthMeters, Math.max(0, (lengthMeters - route.lengthMeters) / (1 - ratio))) : 0;
  return {
    status: 'found',
    target: route.target,
    path: route.path,
    lengthMeters,
    ductMeters,
    costMad: route.lengthMeters * trenchMadPerMeter + fixedMad,
  };
}

export { prepareRoutingTargets };
