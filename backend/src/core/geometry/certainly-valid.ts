/**
 * A conservative validity test for the footprints of bulk imports: true only for a polygon of one ring that
 * PostGIS (GEOS) certainly finds valid, so that the common case (a building's simple ring) skips the database;
 * anything else (holes, several parts, a vertex touching an edge, a near-zero turn, many vertices) returns
 * false and is checked by ST_IsValid as before. A false "true" would let a bad footprint reach the table's
 * CHECK (ST_IsValid), which refuses the whole import: safe, but the test errs on the side of false.
 */
type Position = readonly number[];

/** Above this many vertices the pairwise edge test costs more than asking PostGIS. */
const MAXIMUM_VERTICES = 256;

function orientation(a: Position, b: Position, c: Position): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

/** The rings of a GeoJSON Polygon or MultiPolygon's coordinates, if it is a single polygon with no hole. */
export function isCertainlyValidPolygon(geometry: { type: string; coordinates: unknown }): boolean {
  let rings: Position[][];
  if (geometry.type === 'Polygon') rings = geometry.coordinates as Position[][];
  else if (geometry.type === 'MultiPolygon' && (geometry.coordinates as Position[][][]).length === 1) rings = (geometry.coordinates as Position[][][])[0];
  else return false;
  if (rings.length !== 1) return false;
  return isCertainlySimpleRing(rings[0]);
}

export function isCertainlySimpleRing(ring: readonly Position[]): boolean {
  const n = ring.length - 1; // edges
  if (n < 3 || n > MAXIMUM_VERTICES) return false;
  const first = ring[0];
  const last = ring[n];
  if (first[0] !== last[0] || first[1] !== last[1]) return false;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const p of ring) {
    if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) return false;
    if (p[0] < minX) minX = p[0];
    if (p[0] > maxX) maxX = p[0];
    if (p[1] < minY) minY = p[1];
    if (p[1] > maxY) maxY = p[1];
  }
  const size = Math.max(maxX - minX, maxY - minY);
  if (!(size > 0)) return false;
  // Orientations smaller than this (relative to the ring's size squared) count as "touching": left to GEOS.
  const epsilon = size * size * 1e-9;
  let twiceArea = 0;
  for (let i = 0; i < n; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    if (a[0] === b[0] && a[1] === b[1]) return false;
    const c = ring[(i + 2) % n];
    // A turn of (almost) 180° or 0° at a vertex: a spike or a collinear point, left to GEOS.
    if (Math.abs(orientation(a, b, c)) <= epsilon) return false;
    twiceArea += (a[0] - first[0]) * (b[1] - first[1]) - (b[0] - first[0]) * (a[1] - first[1]);
  }
  if (Math.abs(twiceArea) <= epsilon) return false;
  for (let i = 0; i < n; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue; // the closing edge meets the first at the first vertex
      const c = ring[j];
      const d = ring[j + 1];
      if (Math.max(a[0], b[0]) < Math.min(c[0], d[0]) || Math.max(c[0], d[0]) < Math.min(a[0], b[0])) continue;
      if (Math.max(a[1], b[1]) < Math.min(c[1], d[1]) || Math.max(c[1], d[1]) < Math.min(a[1], b[1])) continue;
      const o1 = orientation(a, b, c);
      const o2 = orientation(a, b, d);
      const o3 = orientation(c, d, a);
      const o4 = orientation(c, d, b);
      // Touching or nearly: not certain.
      if (Math.abs(o1) <= epsilon || Math.abs(o2) <= epsilon || Math.abs(o3) <= epsilon || Math.abs(o4) <= epsilon) return false;
      if (o1 > 0 !== o2 > 0 && o3 > 0 !== o4 > 0) return false;
    }
  }
  return true;
}
