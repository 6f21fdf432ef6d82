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
import { requireFinite } from '../core-input-error';
import { BoundingBox, PointMeters, Region, Ring, signedRingArea } from '../geometry/planar';
import { FlatRegion, flatToRegion } from '../geometry/flat-region';
import { differenceRegions } from '../geometry/polygon-operations';
import { DEFAULT_MAXIMUM_DEVIATION_METERS, discRing, sectorRing } from '../geometry/sector';
import { FlatObstacleData, FlatObstacleIndex, ObstacleIndex } from './obstacles';
import { LocalEdges, outputRegion, sweepVisibility } from './angular-sweep';

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

/**
 * Bounds of the sector (apex, arc ends and the axis extremes the arc passes), so a narrow camera only
 * meets the footprints in front of it. Padded by a millimetre against rounding. Written into `into`.
 */
function sectorBoundsInto(into: BoundingBox, center: PointMeters, headingDegrees: number, widthDegrees: number, radiusMeters: number): BoundingBox {
  const pad = 1e-3;
  if (!Number.isFinite(radiusMeters) || (widthDegrees < 360 && !Number.isFinite(headingDegrees))) {
    into.minX = -Infinity;
    into.minY = -Infinity;
    into.maxX = Infinity;
    into.maxY = Infinity;
    return into;
  }
  if (widthDegrees >= 360) {
    into.minX = center.x - radiusMeters - pad;
    into.minY = center.y - radiusMeters - pad;
    into.maxX = center.x + radiusMeters + pad;
    into.maxY = center.y + radiusMeters + pad;
    return into;
  }
  // Compass heading h is the planar angle 90 - h (counter-clockwise from east).
  const start = ((90 - headingDegrees - widthDegrees / 2) * Math.PI) / 180;
  const end = start + (widthDegrees * Math.PI) / 180;
  const startX = radiusMeters * Math.cos(start);
  const startY = radiusMeters * Math.sin(start);
  const endX = radiusMeters * Math.cos(end);
  const endY = radiusMeters * Math.sin(end);
  let minX = Math.min(0, startX, endX);
  let minY = Math.min(0, startY, endY);
  let maxX = Math.max(0, startX, endX);
  let maxY = Math.max(0, startY, endY);
  // Every axis direction the arc passes is an extreme of the sector.
  for (let quarter = Math.ceil(start / (Math.PI / 2)); quarter * (Math.PI / 2) < end; quarter++) {
    const axis = ((quarter % 4) + 4) % 4;
    if (axis === 0) maxX = radiusMeters;
    else if (axis === 1) maxY = radiusMeters;
    else if (axis === 2) minX = -radiusMeters;
    else minY = -radiusMeters;
  }
  into.minX = center.x + minX - pad;
  into.minY = center.y + minY - pad;
  into.maxX = center.x + maxX + pad;
  into.maxY = center.y + maxY + pad;
  return into;
}

const queryBounds: BoundingBox = { minX: 0, minY: 0, maxX: 0, maxY: 0 };

/** Footprints the sector's bounds touch (numbers in `index.hits`); returns how many. */
function querySector(viewpoint: Viewpoint, center: PointMeters, reachMeters: number, index: FlatObstacleIndex): number {
  const bounds = sectorBoundsInto(queryBounds, center, viewpoint.headingDegrees, viewpoint.horizontalFieldOfViewDegrees, reachMeters);
  return index.searchIndices(bounds.minX, bounds.minY, bounds.maxX, bounds.maxY);
}

/**
 * The lens position after the wall-mount rule (the query for the camera's position must be in
 * `index.hits`). Where the lens touches several footprints (a building part inside its building, two
 * buildings sharing a wall) the host is the first in input order, so the answer does not depend on
 * the order the grid returns them in (which varies with the query box).
 */
function wallMountOrigin(viewpoint: Viewpoint, reachMeters: number, index: FlatObstacleIndex, count: number): { origin: PointMeters; count: number } {
  const data: FlatObstacleData = index;
  const origin = viewpoint.positionMeters;
  let host = -1;
  for (let slot = 0; slot < count; slot++) {
    const obstacle = index.hits[slot];
    if ((host >= 0 && obstacle > host) || !nearBox(data, obstacle, origin, WALL_MOUNT_OFFSET_METERS)) continue;
    if (closestOnFootprint(data, obstacle, origin.x, origin.y).distance < WALL_MOUNT_OFFSET_METERS || insideFootprint(data, obstacle, origin.x, origin.y)) host = obstacle;
  }
  if (host < 0) return { origin, count };
  const moved = moveOutOfFootprint(data, host, origin);
  return { origin: moved, count: querySector(viewpoint, moved, reachMeters, index) };
}

/** Footprints within `reachMeters` of the sector after the wall-mount rule (object form only). */
function prepareLocalScene(viewpoint: Viewpoint, reachMeters: number, index: FlatObstacleIndex): { origin: PointMeters; obstacles: number[]; ignored: number[] } {
  const data: FlatObstacleData = index;
  const { origin, count } = wallMountOrigin(viewpoint, reachMeters, index, querySector(viewpoint, viewpoint.positionMeters, reachMeters, index));
  const obstacles: number[] = [];
  const ignored: number[] = [];
  for (let slot = 0; slot < count; slot++) {
    const obstacle = index.hits[slot];
    if (nearBox(data, obstacle, origin, 0) && insideFootprint(data, obstacle, origin.x, origin.y)) ignored.push(obstacle);
    else obstacles.push(obstacle);
  }
  return { origin, obstacles, ignored };
}

/**
 * Walls within reach of one camera, in camera-local metres, written into `edges` (reused between
 * cameras); returns the lens position after the wall-mount rule. The coverage engine's entry point:
 * it allocates nothing per footprint or per wall.
 */
export function prepareLocalEdges(viewpoint: Viewpoint, reachMeters: number, index: FlatObstacleIndex, edges: LocalEdges): PointMeters {
  const data: FlatObstacleData = index;
  const { origin, count } = wallMountOrigin(viewpoint, reachMeters, index, querySector(viewpoint, viewpoint.positionMeters, reachMeters, index));
  const originX = origin.x;
  const originY = origin.y;
  const { x, y, ringStart, vertexStart, minX, minY, maxX, maxY } = data;
  edges.clear();
  for (let slot = 0; slot < count; slot++) {
    const obstacle = index.hits[slot];
    // The footprint's box is out of reach (the sector's box holds its corners too): so is every wall.
    const gapX = originX < minX[obstacle] ? minX[obstacle] - originX : originX > maxX[obstacle] ? originX - maxX[obstacle] : 0;
    const gapY = originY < minY[obstacle] ? minY[obstacle] - originY : originY > maxY[obstacle] ? originY - maxY[obstacle] : 0;
    if (gapX * gapX + gapY * gapY >= reachMeters * reachMeters) continue;
    // Footprints the lens is still inside after the wall-mount rule are ignored.
    if (gapX === 0 && gapY === 0 && insideFootprint(data, obstacle, originX, originY)) continue;
    const height = data.height[obstacle];
    for (let ring = ringStart[obstacle]; ring < ringStart[obstacle + 1]; ring++) {
      const first = vertexStart[ring];
      const last = vertexStart[ring + 1] - 1;
      for (let vertex = first; vertex <= last; vertex++) {
        const next = vertex === last ? first : vertex + 1;
        edges.push(x[vertex] - originX, y[vertex] - originY, x[next] - originX, y[next] - originY, height);
      }
    }
  }
  return origin;
}

/** Finds the obstacles within `reachMeters` and applies the wall-mount rule (object form, for `shadowRings`). */
export function prepareViewpoint(viewpoint: Viewpoint, reachMeters: number, obstacles: ObstacleIndex): PreparedViewpoint {
  const scene = prepareLocalScene(viewpoint, reachMeters, obstacles.flat);
  const origin = scene.origin;
  const local = scene.obstacles.map((number): LocalObstacle => {
    const obstacle = obstacles.item(number);
    let farthest = 0;
    const rings = obstacle.rings.map((ring) =>
      ring.map((point) => {
        const local = { x: point.x - origin.x, y: point.y - origin.y };
        farthest = Math.max(farthest, Math.hypot(local.x, local.y));
        return local;
      }),
    );
    return { id: obstacle.id, rings, heightMeters: obstacle.heightMeters, farthestVertexMeters: farthest };
  });
  return { viewpoint, originMeters: origin, obstacles: local, ignoredObstacleIds: scene.ignored.map((number) => obstacles.item(number).id), reachMeters };
}

/** Is the point within `margin` of the footprint's bounding box (a cheap test before the exact ones)? */
function nearBox(data: FlatObstacleData, obstacle: number, point: PointMeters, margin: number): boolean {
  return point.x >= data.minX[obstacle] - margin && point.x <= data.maxX[obstacle] + margin
    && point.y >= data.minY[obstacle] - margin && point.y <= data.maxY[obstacle] + margin;
}

/** Non-zero rule over the footprint's rings (outer counter-clockwise, holes clockwise). */
function insideFootprint(data: FlatObstacleData, obstacle: number, x: number, y: number): boolean {
  let winding = 0;
  for (let ring = data.ringStart[obstacle]; ring < data.ringStart[obstacle + 1]; ring++) {
    const first = data.vertexStart[ring];
    const last = data.vertexStart[ring + 1] - 1;
    for (let index = first, previous = last; index <= last; previous = index++) {
      const ax = data.x[previous];
      const ay = data.y[previous];
      const bx = data.x[index];
      const by = data.y[index];
      if (ay <= y) {
        if (by > y && (bx - ax) * (y - ay) - (x - ax) * (by - ay) > 0) winding++;
      } else if (by <= y && (bx - ax) * (y - ay) - (x - ax) * (by - ay) < 0) {
        winding--;
      }
    }
  }
  return winding !== 0;
}

/** Closest point of the footprint's boundary to (x, y), with its distance. */
function closestOnFootprint(data: FlatObstacleData, obstacle: number, x: number, y: number): { point: PointMeters; distance: number } {
  let best: PointMeters = { x, y };
  let bestDistance = Infinity;
  for (let ring = data.ringStart[obstacle]; ring < data.ringStart[obstacle + 1]; ring++) {
    const first = data.vertexStart[ring];
    const last = data.vertexStart[ring + 1] - 1;
    for (let index = first, previous = last; index <= last; previous = index++) {
      const ax = data.x[previous];
      const ay = data.y[previous];
      const dx = data.x[index] - ax;
      const dy = data.y[index] - ay;
      const lengthSquared = dx * dx + dy * dy;
      let fraction = lengthSquared === 0 ? 0 : ((x - ax) * dx + (y - ay) * dy) / lengthSquared;
      fraction = fraction < 0 ? 0 : fraction > 1 ? 1 : fraction;
      const px = ax + fraction * dx;
      const py = ay + fraction * dy;
      const distance = Math.hypot(x - px, y - py);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = { x: px, y: py };
      }
    }
  }
  return { point: best, distance: bestDistance };
}

/**
 * Moves a lens that is inside, or within WALL_MOUNT_OFFSET_METERS of, its host footprint to
 * WALL_MOUNT_OFFSET_METERS outside it. Inside: straight out through the nearest wall. On the wall or a
 * corner (no clear direction): the nearby point, among 16 directions, that is outside and farthest from it.
 */
function moveOutOfFootprint(data: FlatObstacleData, host: number, origin: PointMeters): PointMeters {
  if (insideFootprint(data, host, origin.x, origin.y)) {
    const best = closestOnFootprint(data, host, origin.x, origin.y);
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
    if (insideFootprint(data, host, candidate.x, candidate.y)) continue;
    const distance = closestOnFootprint(data, host, candidate.x, candidate.y).distance;
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
  if (!shadows) return flatToRegion(sweepBand(viewpoint, edgesOf(prepared), band));
  const sector = sectorRing({
    center: { x: 0, y: 0 },
    headingDegrees: viewpoint.headingDegrees,
    widthDegrees: viewpoint.horizontalFieldOfViewDegrees,
    radiusMeters: band.farMeters,
  });
  const clip = shadows.slice();
  // The blind zone is subtracted: drawn around the circle, so no point of it stays visible.
  if (band.nearMeters > 0) clip.push(discRing({ x: 0, y: 0 }, band.nearMeters, DEFAULT_MAXIMUM_DEVIATION_METERS, 'outside'));
  return differenceRegions([sector], clip, { alreadyLocal: true });
}

/** Walls of prepared (object form) obstacles, for the sweep. */
function edgesOf(prepared: PreparedViewpoint): LocalEdges {
  const edges = new LocalEdges();
  for (const obstacle of prepared.obstacles) {
    const height = obstacle.heightMeters ?? Infinity;
    for (const ring of obstacle.rings) {
      for (let index = 0; index < ring.length; index++) {
        const a = ring[index];
        const b = ring[index + 1 === ring.length ? 0 : index + 1];
        edges.push(a.x, a.y, b.x, b.y, height);
      }
    }
  }
  return edges;
}

function sweepBand(viewpoint: Viewpoint, edges: LocalEdges, band: TargetBand, offset?: PointMeters): FlatRegion {
  const result = sweepVisibility({
    edges,
    mountHeightMeters: viewpoint.mountHeightMeters,
    headingDegrees: viewpoint.headingDegrees,
    horizontalFieldOfViewDegrees: viewpoint.horizontalFieldOfViewDegrees,
    targetHeights: [band.targetHeightMeters],
    levels: [{ heightIndex: 0, nearMeters: band.nearMeters, farMeters: band.farMeters }],
    outputs: [[0]],
    offset,
  });
  return outputRegion(result, result.outputs[0]);
}

/** Reused between calls: `computeVisibleArea` is synchronous. */
const sharedEdges = new LocalEdges();

/** Refuses NaN or infinite numbers (CoreInputError) instead of answering with an empty region. */
function requireFiniteView(viewpoint: Viewpoint, band: TargetBand): void {
  requireFinite(viewpoint.positionMeters.x, 'viewpoint position x');
  requireFinite(viewpoint.positionMeters.y, 'viewpoint position y');
  requireFinite(viewpoint.mountHeightMeters, 'viewpoint mountHeightMeters');
  requireFinite(viewpoint.headingDegrees, 'viewpoint headingDegrees');
  requireFinite(viewpoint.horizontalFieldOfViewDegrees, 'viewpoint horizontalFieldOfViewDegrees');
  requireFinite(band.targetHeightMeters, 'band targetHeightMeters');
  requireFinite(band.nearMeters, 'band nearMeters');
  requireFinite(band.farMeters, 'band farMeters');
}

/** The ground (or target plane) one camera sees within its sector and band, in projected metres. */
export function computeVisibleArea(viewpoint: Viewpoint, band: TargetBand, obstacles: ObstacleIndex): Region {
  requireFiniteView(viewpoint, band);
  if (band.farMeters <= band.nearMeters) return [];
  const origin = prepareLocalEdges(viewpoint, band.farMeters, obstacles.flat, sharedEdges);
  return flatToRegion(sweepBand(viewpoint, sharedEdges, band, origin));
}
