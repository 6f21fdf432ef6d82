/**
 * Footprints as the core computes with them: valid polygons (outer ring counter-clockwise, holes
 * clockwise, no closing point), whatever was imported.
 *
 * - Degenerate rings have no area and are ignored, whatever their vertex count: two points, three
 *   collinear points, repeated points (a "building" drawn as a line hides nothing). An outer ring
 *   with no area drops the whole polygon (its holes mean nothing without it).
 * - Rings that cross themselves or each other (a bow-tie, a hole drawn across its outer ring, a hole
 *   outside it) are repaired with ST_MakeValid semantics (polygon-operations.ts `repairPolygon`):
 *   the area enclosed an odd number of times, possibly several polygons. Before, the orientation of
 *   a bow-tie came from its net signed area, so one lobe's walls had the solid on the wrong side.
 * Valid polygons (every building of a normal import) are checked, not rebuilt, so their coordinates stay exact.
 */
import { PointMeters, PolygonRings, Ring, dropClosingPoint, orientRing, ringWindingNumber } from './planar';
import { repairPolygon } from './polygon-operations';

/** Rings enclosing less than this (m^2) are degenerate: a square millimetre, far above rounding at UTM magnitudes. */
export const DEGENERATE_RING_AREA_SQUARE_METERS = 1e-6;

/** Above this many edges the pairwise simplicity check is skipped and the polygon repaired directly. */
const MAXIMUM_CHECKED_EDGES = 512;

/** Signed area computed about the ring's first point (no cancellation with UTM-sized coordinates). */
function localSignedArea(ring: Ring): number {
  const ox = ring[0].x;
  const oy = ring[0].y;
  let twice = 0;
  for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
    twice += (ring[previous].x - ox) * (ring[index].y - oy) - (ring[index].x - ox) * (ring[previous].y - oy);
  }
  return twice / 2;
}

export function isDegenerateRing(ring: Ring): boolean {
  return ring.length < 3 || Math.abs(localSignedArea(ring)) < DEGENERATE_RING_AREA_SQUARE_METERS;
}

/** The valid polygons of one polygon (outer ring first, then holes); [] when it has no area. */
export function validPolygons(polygon: PolygonRings): PolygonRings[] {
  const rings = polygon.map(dropClosingPoint);
  if (rings.length === 0 || rings[0].length < 3) return [];
  const drawn = rings.filter((ring) => ring.length >= 3);
  // A crossing ring's net signed area says nothing of what it encloses (a bow-tie's is 0): repair first.
  if (!isSimplePolygon(drawn)) return repairPolygon(drawn).filter((repaired) => !isDegenerateRing(repaired[0]));
  if (isDegenerateRing(drawn[0])) return [];
  const valid: PolygonRings = [orientRing(drawn[0], true)];
  for (let index = 1; index < drawn.length; index++) if (!isDegenerateRing(drawn[index])) valid.push(orientRing(drawn[index], false));
  return [valid];
}

/** Orientation of c about the line a -> b (positive: left), in coordinates relative to `origin`. */
function orientation(a: PointMeters, b: PointMeters, c: PointMeters, origin: PointMeters): number {
  const ax = a.x - origin.x;
  const ay = a.y - origin.y;
  return (b.x - origin.x - ax) * (c.y - origin.y - ay) - (b.y - origin.y - ay) * (c.x - origin.x - ax);
}

function onSegment(a: PointMeters, b: PointMeters, p: PointMeters): boolean {
  return Math.min(a.x, b.x) <= p.x && p.x <= Math.max(a.x, b.x) && Math.min(a.y, b.y) <= p.y && p.y <= Math.max(a.y, b.y);
}

/** Do the closed segments a-b and c-d share any point (crossing, touching or overlapping)? */
function segmentsMeet(a: PointMeters, b: PointMeters, c: PointMeters, d: PointMeters): boolean {
  const origin = a;
  const abc = orientation(a, b, c, origin);
  const abd = orientation(a, b, d, origin);
  const cda = orientation(c, d, a, origin);
  const cdb = orientation(c, d, b, origin);
  if (((abc > 0 && abd < 0) || (abc < 0 && abd > 0)) && ((cda > 0 && cdb < 0) || (cda < 0 && cdb > 0))) return true;
  return (abc === 0 && onSegment(a, b, c)) || (abd === 0 && onSegment(a, b, d)) || (cda === 0 && onSegment(c, d, a)) || (cdb === 0 && onSegment(c, d, b));
}

/**
 * No ring crosses or touches itself or another (apart from consecutive edges at their shared
 * vertex, which must not fold back), and every hole lies inside the outer ring and outside the
 * other holes. O(edges^2): footprints have a handful of edges; large ones go straight to repair.
 */
function isSimplePolygon(rings: PolygonRings): boolean {
  let edgeCount = 0;
  for (const ring of rings) edgeCount += ring.length;
  if (edgeCount > MAXIMUM_CHECKED_EDGES) return false;
  for (let ringA = 0; ringA < rings.length; ringA++) {
    const a = rings[ringA];
    for (let i = 0; i < a.length; i++) {
      const a0 = a[i];
      const a1 = a[(i + 1) % a.length];
      if (a0.x === a1.x && a0.y === a1.y) return false;
      // The next edge of the same ring shares a1: it must not fold back over this one.
      const a2 = a[(i + 2) % a.length];
      if (orientation(a0, a1, a2, a0) === 0 && (a2.x - a1.x) * (a1.x - a0.x) + (a2.y - a1.y) * (a1.y - a0.y) < 0) return false;
      for (let ringB = ringA; ringB < rings.length; ringB++) {
        const b = rings[ringB];
        for (let j = ringB === ringA ? i + 1 : 0; j < b.length; j++) {
          if (ringB === ringA && (j === i + 1 || (i === 0 && j === a.length - 1))) continue;
          if (segmentsMeet(a0, a1, b[j], b[(j + 1) % b.length])) return false;
        }
      }
    }
  }
  for (let hole = 1; hole < rings.length; hole++) {
    const probe = rings[hole][0];
    if (ringWindingNumber(rings[0], probe.x, probe.y) === 0) return false;
    for (let other = 1; other < rings.length; other++) {
      if (other !== hole && ringWindingNumber(rings[other], probe.x, probe.y) !== 0) return false;
    }
  }
  return true;
}
