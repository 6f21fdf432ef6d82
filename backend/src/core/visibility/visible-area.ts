/**
 * What one camera sees on a target plane, in metres.
 *
 * Model (2.5D): a building is a prism of its footprint up to its height (unknown height = infinitely
 * tall). A target point at height t and ground distance D is hidden when the straight sight line from
 * the lens (height H) to it passes through a prism. The sight line descends linearly, so along one
 * bearing a building crossing the ray on [entry, exit] hides the distances
 *   [entry, exit * (H - t) / (H - h))
 * i.e. its shadow ENDS where the line over its far wall comes back down to the target plane
 * (h >= H: it never does, the shadow is unbounded; h <= t: no shadow at all).
 *
 * As polygons, in camera-local metres (camera at the origin):
 *  - a full blocker's shadow is the union, over each chain of edges facing the camera, of the chain
 *    and its radial projection far beyond the range;
 *  - a low building's shadow is its footprint plus, over each chain of edges facing away, the strip
 *    between the chain and the chain scaled by (H - t) / (H - h) about the camera.
 * The visible area is the sector band minus the union of those shadows. It is computed by an angular
 * sweep (angular-sweep.ts) that applies these rules bearing by bearing; `shadowRings` keeps the polygon
 * form (used when a caller supplies its own shadows, and as the documented model).
 */
import { PointMeters, Region, Ring, closestPointOnRing, isPointInRegion, signedRingArea } from '../geometry/planar';
import { differenceRegions } from '../geometry/polygon-operations';
import { discRing, sectorRing } from '../geometry/sector';
import { IndexedObstacle, ObstacleIndex } from './obstacles';
import { sweepVisibility } from './angular-sweep';

export interface Viewpoint {
  /** Projected metres (UTM). */
  positionMeters: PointMeters;
  mountHeightMeters: number;
  /** Compass heading of the optical axis: 0 = north, clockwise. */
  headingDegrees: number;
  /** Horizontal opening of the area; 360 or more for a full circle. */
  horizontalFieldOfViewDegrees: number;
}

export interface TargetBand {
  /** Height of the plane the targets are on (0 = ground, ~1.7 m = faces). */
  targetHeightMeters: number;
  /** Ground distances from the foot of the camera. */
  nearMeters: number;
  farMeters: number;
}

/**
 * Wall and corner mounts are digitised on, or slightly inside, their own building. We treat that
 * building's walls as the camera's boundary (they still hide what lies behind them, so a sector turned
 * towards the wall sees nothing) by moving the lens this far outside the footprint.
 */
export const WALL_MOUNT_OFFSET_METERS = 0.02;

interface LocalObstacle {
  id: string;
  rings: Ring[];
  heightMeters: number | null;
  farthestVertexMeters: number;
}

/** A camera with its nearby obstacles moved to camera-local coordinates, reusable across bands. */
export interface PreparedViewpoint {
  viewpoint: Viewpoint;
  /** Where the lens is taken to be (moved out of a host footprint if needed), projected metres. */
  originMeters: PointMeters;
  obstacles: LocalObstacle[];
  /** Footprints ignored because the camera is still inside them after the wall-mount adjustment. */
  ignoredObstacleIds: string[];
  reachMeters: number;
}

function toLocal(obstacle: IndexedObstacle, origin: PointMeters): LocalObstacle {
  let farthest = 0;
  const rings = obstacle.rings.map((ring) =>
    ring.map((point) => {
      const local = { x: point.x - origin.x, y: point.y - origin.y };
      const distance = Math.hypot(local.x, local.y);
      if (distance > farthest) farthest = distance;
      return local;
    }),
  );
  return { id: obstacle.id, rings, heightMeters: obstacle.heightMeters, farthestVertexMeters: farthest };
}

/** Finds the obstacles within `reachMeters` and applies the wall-mount rule. */
export function prepareViewpoint(viewpoint: Viewpoint, reachMeters: number, obstacles: ObstacleIndex): PreparedViewpoint {
  let origin = viewpoint.positionMeters;
  // Query with the bounds of the sector itself (not the whole range disc): a narrow camera then
  // only meets the footprints in front of it. Coarse arc (45 degree chords) padded to contain the arc.
  const query = (center: PointMeters) => {
    const outline = sectorRing(
      { center, headingDegrees: viewpoint.headingDegrees, widthDegrees: viewpoint.horizontalFieldOfViewDegrees, radiusMeters: reachMeters / Math.cos(Math.PI / 8) },
      Infinity,
    );
    const bounds = { minX: center.x, minY: center.y, maxX: center.x, maxY: center.y };
    for (const point of outline) {
      if (point.x < bounds.minX) bounds.minX = point.x;
      if (point.y < bounds.minY) bounds.minY = point.y;
      if (point.x > bounds.maxX) bounds.maxX = point.x;
      if (point.y > bounds.maxY) bounds.maxY = point.y;
    }
    return obstacles.search(bounds);
  };
  let candidates = query(origin);
  const host = candidates.find((obstacle) => nearBox(obstacle, origin, WALL_MOUNT_OFFSET_METERS)
    && (distanceToFootprint(obstacle, origin) < WALL_MOUNT_OFFSET_METERS || isPointInRegion(obstacle.rings, origin.x, origin.y)));
  if (host) {
    origin = moveOutOfFootprint(host, origin);
    candidates = query(origin);
  }
  const ignoredObstacleIds: string[] = [];
  const local: LocalObstacle[] = [];
  for (const candidate of candidates) {
    if (nearBox(candidate, origin, 0) && isPointInRegion(candidate.rings, origin.x, origin.y)) {
      ignoredObstacleIds.push(candidate.id);
      continue;
    }
    local.push(toLocal(candidate, origin));
  }
  return { viewpoint, originMeters: origin, obstacles: local, ignoredObstacleIds, reachMeters };
}

/** Is the point within `margin` of the obstacle's bounding box (a cheap test before the exact ones)? */
function nearBox(obstacle: IndexedObstacle, point: PointMeters, margin: number): boolean {
  return point.x >= obstacle.minX - margin && point.x <= obstacle.maxX + margin && point.y >= obstacle.minY - margin && point.y <= obstacle.maxY + margin;
}

function distanceToFootprint(obstacle: IndexedObstacle, point: PointMeters): number {
  let distance = Infinity;
  for (const ring of obstacle.rings) distance = Math.min(distance, closestPointOnRing(ring, point.x, point.y).distance);
  return distance;
}

/**
 * Moves a lens that is inside, or within WALL_MOUNT_OFFSET_METERS of, its host footprint to
 * WALL_MOUNT_OFFSET_METERS outside it. Inside: straight out through the nearest wall. On the wall or a
 * corner (no clear direction): the nearby point, among 16 directions, that is outside and farthest from it.
 */
function moveOutOfFootprint(host: IndexedObstacle, origin: PointMeters): PointMeters {
  const inside = isPointInRegion(host.rings, origin.x, origin.y);
  if (inside) {
    let best = { point: origin, distance: Infinity };
    for (const ring of host.rings) {
      const closest = closestPointOnRing(ring, origin.x, origin.y);
      if (closest.distance < best.distance) best = closest;
    }
    if (best.distance > 1e-6) {
      const scale = (best.distance + WALL_MOUNT_OFFSET_METERS) / best.distance;
      return { x: origin.x + (best.point.x - origin.x) * scale, y: origin.y + (best.point.y - origin.y) * scale };
    }
  }
  let bestPoint = origin;
  let bestDistance = -Infinity;
  for (let step = 0; step < 16; step++) {
    const angle = (step * Math.PI) / 8;
    const candidate = {
      x: origin.x + WALL_MOUNT_OFFSET_METERS * Math.cos(angle),
      y: origin.y + WALL_MOUNT_OFFSET_METERS * Math.sin(angle),
    };
    if (isPointInRegion(host.rings, candidate.x, candidate.y)) continue;
    const distance = distanceToFootprint(host, candidate);
    if (distance > bestDistance) {
      bestDistance = distance;
      bestPoint = candidate;
    }
  }
  return bestPoint;
}

/** Largest bearing span of one shadow chain, so each shadow polygon stays simple. */
const MAXIMUM_CHAIN_SPAN_RADIANS = (2 * Math.PI) / 3;

type Shadow = 'none' | 'full' | { stretch: number };

/**
 * How an obstacle of height h shadows targets at height t from a lens at height H.
 * stretch = (H - t) / (H - h) is the factor from the far wall to the end of the shadow.
 */
export function shadowKind(mountHeightMeters: number, targetHeightMeters: number, heightMeters: number | null): Shadow {
  if (heightMeters === null) return 'full';
  if (heightMeters <= targetHeightMeters) return 'none';
  if (targetHeightMeters >= mountHeightMeters) {
    // Looking level or upwards: anything taller than the lens hides; a simplification (conservative).
    return heightMeters > mountHeightMeters ? 'full' : 'none';
  }
  if (heightMeters >= mountHeightMeters) return 'full';
  return { stretch: (mountHeightMeters - targetHeightMeters) / (mountHeightMeters - heightMeters) };
}

/** Signed bearing change from a to b seen from the origin (positive = counter-clockwise). */
function bearingChange(a: PointMeters, b: PointMeters): number {
  return Math.atan2(a.x * b.y - a.y * b.x, a.x * b.x + a.y * b.y);
}

/**
 * Maximal runs of consecutive ring edges on one side of the camera, each split so it spans at most
 * MAXIMUM_CHAIN_SPAN_RADIANS of bearing. `facingCamera` selects edges whose outside faces the camera.
 */
function edgeChains(ring: Ring, facingCamera: boolean): { points: PointMeters[]; spanRadians: number }[] {
  const count = ring.length;
  const selected = (index: number): boolean => {
    const a = ring[index];
    const b = ring[(index + 1) % count];
    const cross = a.x * b.y - a.y * b.x; // solid is left of each edge: cross < 0 means the camera is outside
    return facingCamera ? cross < 0 : cross > 0;
  };
  let start = 0;
  while (start < count && selected(start)) start++;
  if (start === count) start = 0; // every edge selected: the camera is inside a courtyard
  const chains: { points: PointMeters[]; spanRadians: number }[] = [];
  let current: { points: PointMeters[]; spanRadians: number } | null = null;
  for (let step = 0; step < count; step++) {
    const index = (start + step) % count;
    if (!selected(index)) {
      current = null;
      continue;
    }
    const a = ring[index];
    const b = ring[(index + 1) % count];
    const pieces = splitEdgeByBearing(a, b);
    for (let pieceIndex = 1; pieceIndex < pieces.length; pieceIndex++) {
      const from = pieces[pieceIndex - 1];
      const to = pieces[pieceIndex];
      const change = Math.abs(bearingChange(from, to));
      if (!current || current.spanRadians + change > MAXIMUM_CHAIN_SPAN_RADIANS) {
        current = { points: [from], spanRadians: 0 };
        chains.push(current);
      }
      current.points.push(to);
      current.spanRadians += change;
    }
  }
  return chains;
}

/** Splits an edge seen under a wide angle (camera close to it) into pieces of at most half the chain span. */
function splitEdgeByBearing(a: PointMeters, b: PointMeters): PointMeters[] {
  const change = Math.abs(bearingChange(a, b));
  if (change <= MAXIMUM_CHAIN_SPAN_RADIANS / 2) return [a, b];
  const middle = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const first = splitEdgeByBearing(a, middle);
  return first.concat(splitEdgeByBearing(middle, b).slice(1));
}

function positive(ring: Ring): Ring {
  return signedRingArea(ring) < 0 ? ring.reverse() : ring;
}

/**
 * Shadow rings (camera-local, each ring of winding 0/1 so the non-zero rule gives their union) of all
 * prepared obstacles for targets at `targetHeightMeters`, extending beyond `farMeters`.
 */
export function shadowRings(prepared: PreparedViewpoint, targetHeightMeters: number, farMeters: number): Region {
  const shadows: Region = [];
  const mountHeight = prepared.viewpoint.mountHeightMeters;
  for (const obstacle of prepared.obstacles) {
    const kind = shadowKind(mountHeight, targetHeightMeters, obstacle.heightMeters);
    if (kind === 'none') continue;
    if (kind === 'full') {
      // Far enough that the chord between two far points (at most 45 degrees apart) clears the range.
      const farDistance = 1.2 * Math.max(farMeters, obstacle.farthestVertexMeters) + 1;
      for (const ring of obstacle.rings) {
        for (const chain of edgeChains(ring, true)) {
          const points = chain.points;
          const last = points[points.length - 1];
          const polygon: Ring = points.slice();
          const lastBearing = Math.atan2(last.y, last.x);
          const steps = Math.max(1, Math.ceil(chain.spanRadians / (Math.PI / 4)));
          // The chain turns clockwise; walk back counter-clockwise along the far arc.
          for (let step = 0; step <= steps; step++) {
            const bearing = lastBearing + (chain.spanRadians * step) / steps;
            polygon.push({ x: farDistance * Math.cos(bearing), y: farDistance * Math.sin(bearing) });
          }
          shadows.push(positive(polygon));
        }
      }
    } else {
      for (const ring of obstacle.rings) shadows.push(ring);
      for (const ring of obstacle.rings) {
        for (const chain of edgeChains(ring, false)) {
          const polygon: Ring = chain.points.slice();
          for (let index = chain.points.length - 1; index >= 0; index--) {
            const point = chain.points[index];
            polygon.push({ x: point.x * kind.stretch, y: point.y * kind.stretch });
          }
          shadows.push(positive(polygon));
        }
      }
    }
  }
  return shadows;
}

/**
 * Sector band seen from a prepared viewpoint, camera-local metres.
 *
 * Without `shadows` the region comes from the angular sweep (angular-sweep.ts), which applies the same
 * shadow rules as `shadowRings` directly along each bearing. With caller-supplied `shadows` (any ring
 * set) it falls back to one Clipper2 difference: sector band minus those rings.
 */
export function visibleRegionLocal(prepared: PreparedViewpoint, band: TargetBand, shadows?: Region): Region {
  if (band.farMeters <= band.nearMeters) return [];
  const { viewpoint } = prepared;
  if (!shadows) return sweepBand(prepared, band).region;
  const sector = sectorRing({
    center: { x: 0, y: 0 },
    headingDegrees: viewpoint.headingDegrees,
    widthDegrees: viewpoint.horizontalFieldOfViewDegrees,
    radiusMeters: band.farMeters,
  });
  const clip = shadows.slice();
  if (band.nearMeters > 0) clip.push(discRing({ x: 0, y: 0 }, band.nearMeters));
  return differenceRegions([sector], clip, { alreadyLocal: true });
}

function sweepBand(prepared: PreparedViewpoint, band: TargetBand, offset?: PointMeters) {
  const { viewpoint } = prepared;
  return sweepVisibility({
    obstacles: prepared.obstacles,
    mountHeightMeters: viewpoint.mountHeightMeters,
    headingDegrees: viewpoint.headingDegrees,
    horizontalFieldOfViewDegrees: viewpoint.horizontalFieldOfViewDegrees,
    targetHeights: [band.targetHeightMeters],
    levels: [{ heightIndex: 0, nearMeters: band.nearMeters, farMeters: band.farMeters }],
    outputs: [[0]],
    offset,
  })[0];
}

/** The ground (or target plane) one camera sees within its sector and band, in projected metres. */
export function computeVisibleArea(viewpoint: Viewpoint, band: TargetBand, obstacles: ObstacleIndex): Region {
  if (band.farMeters <= band.nearMeters) return [];
  const prepared = prepareViewpoint(viewpoint, band.farMeters, obstacles);
  return sweepBand(prepared, band, prepared.originMeters).region;
}
