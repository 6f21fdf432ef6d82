import type { MultiPolygon, Polygon, Position } from 'geojson';

type Polygonal = Polygon | MultiPolygon;

function polygonsOf(geometry: Polygonal): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Even-odd test of a point against a ring (closed or not). */
function inRing(point: Position, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > point[1]) !== (yj > point[1]) && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inPolygon(point: Position, rings: readonly Position[][]): boolean {
  return rings.length > 0 && inRing(point, rings[0]) && !rings.slice(1).some((hole) => inRing(point, hole));
}

function orientation(a: Position, b: Position, c: Position): number {
  return Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
}

function segmentsCross(a: Position, b: Position, c: Position, d: Position): boolean {
  return orientation(a, b, c) * orientation(a, b, d) < 0 && orientation(c, d, a) * orientation(c, d, b) < 0;
}

function bounds(geometry: Polygonal): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygonsOf(geometry)) for (const [x, y] of polygon[0] ?? []) {
    box[0] = Math.min(box[0], x); box[1] = Math.min(box[1], y); box[2] = Math.max(box[2], x); box[3] = Math.max(box[3], y);
  }
  return box;
}

/**
 * Whether two polygonal areas overlap (share more than a boundary touch, up to floating point): a vertex
 * of one inside the other, or two edges crossing. Plane geometry on [lon, lat]: crossings and containment
 * do not depend on the projection at city scale.
 */
export function polygonalIntersects(first: Polygonal, second: Polygonal): boolean {
  const [a, b] = [bounds(first), bounds(second)];
  if (a[0] > b[2] || b[0] > a[2] || a[1] > b[3] || b[1] > a[3]) return false;
  const firstPolygons = polygonsOf(first);
  const secondPolygons = polygonsOf(second);
  for (const one of firstPolygons) {
    for (const other of secondPolygons) {
      if (one.length === 0 || other.length === 0) continue;
      if (one[0].some((point) => inPolygon(point, other)) || other[0].some((point) => inPolygon(point, one))) return true;
      for (const ring of one) for (let i = 1; i < ring.length; i++) {
        for (const otherRing of other) for (let j = 1; j < otherRing.length; j++) {
          if (segmentsCross(ring[i - 1], ring[i], otherRing[j - 1], otherRing[j])) return true;
        }
      }
    }
  }
  return false;
}
