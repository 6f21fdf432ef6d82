/**
 * Plain planar types for metric work (projected CRS such as UTM, or camera-local metres).
 * Points use {x, y} so they can be handed to Clipper2 without copying.
 */

export interface PointMeters {
  x: number;
  y: number;
}

/** A closed ring; the first point is NOT repeated at the end (unlike GeoJSON). */
export type Ring = PointMeters[];

/**
 * An area as a set of rings under the non-zero winding rule: counter-clockwise rings add,
 * clockwise rings (holes) subtract. Normalised regions (from Clipper) never overlap themselves;
 * any region produced by this core has a winding number of 0 or 1 everywhere.
 */
export type Region = Ring[];

/** One polygon: outer ring (counter-clockwise) followed by its holes (clockwise). */
export type PolygonRings = Ring[];

export interface BoundingBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Signed area: positive for counter-clockwise rings. */
export function signedRingArea(ring: Ring): number {
  let twiceArea = 0;
  for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
    twiceArea += (ring[previous].x - ring[index].x) * (ring[previous].y + ring[index].y);
  }
  return twiceArea / 2;
}

/** Area of a region: the sum of signed ring areas (holes are clockwise and subtract). */
export function regionArea(region: Region): number {
  let area = 0;
  for (const ring of region) area += signedRingArea(ring);
  return area;
}

export function emptyBounds(): BoundingBox {
  return { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
}

export function ringBounds(ring: Ring, into: BoundingBox = emptyBounds()): BoundingBox {
  for (const point of ring) {
    if (point.x < into.minX) into.minX = point.x;
    if (point.y < into.minY) into.minY = point.y;
    if (point.x > into.maxX) into.maxX = point.x;
    if (point.y > into.maxY) into.maxY = point.y;
  }
  return into;
}

export function regionBounds(region: Region): BoundingBox {
  const bounds = emptyBounds();
  for (const ring of region) ringBounds(ring, bounds);
  return bounds;
}

export function boundsIntersect(a: BoundingBox, b: BoundingBox): boolean {
  return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}

export function isEmptyBounds(bounds: BoundingBox): boolean {
  return !(bounds.minX <= bounds.maxX && bounds.minY <= bounds.maxY);
}

/** Winding number of a ring around a point (0 outside, +1 inside a counter-clockwise ring). */
export function ringWindingNumber(ring: Ring, x: number, y: number): number {
  let winding = 0;
  for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
    const a = ring[previous];
    const b = ring[index];
    if (a.y <= y) {
      if (b.y > y && (b.x - a.x) * (y - a.y) - (x - a.x) * (b.y - a.y) > 0) winding++;
    } else if (b.y <= y && (b.x - a.x) * (y - a.y) - (x - a.x) * (b.y - a.y) < 0) {
      winding--;
    }
  }
  return winding;
}

/** Non-zero rule: is the point inside the region? (Points exactly on an edge may go either way.) */
export function isPointInRegion(region: Region, x: number, y: number): boolean {
  let winding = 0;
  for (const ring of region) winding += ringWindingNumber(ring, x, y);
  return winding !== 0;
}

/** Distance from (x, y) to the segment a-b. */
export function distanceToSegment(x: number, y: number, a: PointMeters, b: PointMeters): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  let fraction = lengthSquared === 0 ? 0 : ((x - a.x) * dx + (y - a.y) * dy) / lengthSquared;
  fraction = fraction < 0 ? 0 : fraction > 1 ? 1 : fraction;
  return Math.hypot(x - (a.x + fraction * dx), y - (a.y + fraction * dy));
}

/** Distance from (x, y) to a polygon (outer ring, then holes): 0 inside it, else to its nearest edge. */
export function distanceToPolygon(polygon: PolygonRings, x: number, y: number): number {
  if (polygon.length === 0) return Infinity;
  let inside = ringWindingNumber(polygon[0], x, y) !== 0;
  for (let hole = 1; inside && hole < polygon.length; hole++) inside = ringWindingNumber(polygon[hole], x, y) === 0;
  if (inside) return 0;
  let best = Infinity;
  for (const ring of polygon) {
    for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
      const distance = distanceToSegment(x, y, ring[previous], ring[index]);
      if (distance < best) best = distance;
    }
  }
  return best;
}

/** Closest point of a ring's boundary to (x, y), with its distance. */
export function closestPointOnRing(ring: Ring, x: number, y: number): { point: PointMeters; distance: number } {
  let best: PointMeters = ring[0];
  let bestDistance = Infinity;
  for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
    const a = ring[previous];
    const b = ring[index];
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const lengthSquared = dx * dx + dy * dy;
    let fraction = lengthSquared === 0 ? 0 : ((x - a.x) * dx + (y - a.y) * dy) / lengthSquared;
    fraction = fraction < 0 ? 0 : fraction > 1 ? 1 : fraction;
    const point = { x: a.x + fraction * dx, y: a.y + fraction * dy };
    const distance = Math.hypot(x - point.x, y - point.y);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = point;
    }
  }
  return { point: best, distance: bestDistance };
}

export function translateRegion(region: Region, dx: number, dy: number): Region {
  return region.map((ring) => ring.map((point) => ({ x: point.x + dx, y: point.y + dy })));
}

/** Copy of the ring with the requested orientation (counter-clockwise when `counterClockwise`). */
export function orientRing(ring: Ring, counterClockwise: boolean): Ring {
  const isCounterClockwise = signedRingArea(ring) > 0;
  return isCounterClockwise === counterClockwise ? ring.slice() : ring.slice().reverse();
}

/**
 * Orients a polygon's rings the way the non-zero rule expects (outer counter-clockwise, holes
 * clockwise) and drops a repeated closing point, so data from GeoJSON can be used directly.
 */
export function normalizePolygonRings(polygon: PolygonRings): PolygonRings {
  return polygon.map((ring, index) => orientRing(dropClosingPoint(ring), index === 0));
}

export function dropClosingPoint(ring: Ring): Ring {
  if (ring.length > 1) {
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (first.x === last.x && first.y === last.y) return ring.slice(0, -1);
  }
  return ring;
}
