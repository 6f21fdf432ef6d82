/**
 * Circular sectors and discs as polygons. Arcs are cut into chords that never stray more than
 * `maximumDeviationMeters` (1 mm by default) from the true circle, on a chosen side of it:
 *  - 'inside' (inscribed chords, vertices on the circle) where the area lies inside the circle (a
 *    range limit): the polygon never claims ground beyond the range;
 *  - 'outside' (tangent segments, vertices just outside the circle) where the area lies outside it
 *    (a near blind zone, or a disc that is subtracted): the polygon never claims ground inside it.
 * So a drawn region is always within the exact one, less by at most the deviation along its arcs
 * (with 1 cm inscribed chords the blind zone of a camera covering a few m^2 was claimed 1.2% too large).
 */
import { degreesToRadians } from './angles';
import { PointMeters, Ring } from './planar';

export const DEFAULT_MAXIMUM_DEVIATION_METERS = 0.001;

/** Which side of the circle the polygon's arc runs on. */
export type ArcSide = 'inside' | 'outside';

/**
 * Angular step (radians) so that the polygon strays at most `maximumDeviationMeters` from a circle
 * of this radius: inscribed chords sag r (1 - cos(step / 2)), tangent vertices stand r (1 / cos(step / 2) - 1) out.
 */
export function arcStepRadians(radiusMeters: number, maximumDeviationMeters = DEFAULT_MAXIMUM_DEVIATION_METERS, side: ArcSide = 'inside'): number {
  if (!(maximumDeviationMeters > 0) || !Number.isFinite(maximumDeviationMeters)) return Math.PI / 4;
  if (side === 'inside' && radiusMeters <= maximumDeviationMeters) return Math.PI / 4;
  const step = side === 'inside'
    ? 2 * Math.acos(1 - maximumDeviationMeters / radiusMeters)
    : 2 * Math.acos(radiusMeters / (radiusMeters + maximumDeviationMeters));
  return Math.min(step, Math.PI / 4);
}

/** Radius of the vertices of tangent segments `step` radians apart (they circumscribe the circle). */
export function tangentVertexRadius(radiusMeters: number, stepRadians: number): number {
  return radiusMeters / Math.cos(stepRadians / 2);
}

export interface SectorShape {
  center: PointMeters;
  headingDegrees: number;
  /** Total opening; 360 or more gives a full disc. */
  widthDegrees: number;
  radiusMeters: number;
}

/**
 * Counter-clockwise ring of a sector (apex at the centre) or of a full disc. The arc's end points sit
 * on the circle; the steps are rounded up so all are equal. 'outside' puts the vertices in between
 * on the tangents (a sector's first and last segments are tangent at its arc's ends).
 */
export function sectorRing(shape: SectorShape, maximumDeviationMeters = DEFAULT_MAXIMUM_DEVIATION_METERS, side: ArcSide = 'inside'): Ring {
  const { center, radiusMeters } = shape;
  if (radiusMeters <= 0) return [];
  const step = arcStepRadians(radiusMeters, maximumDeviationMeters, side);
  const point = (angle: number, radius: number) => ({ x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) });
  if (shape.widthDegrees >= 360) {
    const count = Math.max(8, Math.ceil((2 * Math.PI) / step));
    const radius = side === 'inside' ? radiusMeters : tangentVertexRadius(radiusMeters, (2 * Math.PI) / count);
    const ring: Ring = new Array(count);
    for (let index = 0; index < count; index++) ring[index] = point((2 * Math.PI * index) / count, radius);
    return ring;
  }
  // Compass heading h (clockwise from north) is the planar angle 90 - h (counter-clockwise from east).
  const middle = degreesToRadians(90 - shape.headingDegrees);
  const halfWidth = degreesToRadians(shape.widthDegrees) / 2;
  const startAngle = middle - halfWidth;
  const count = Math.max(1, Math.ceil((2 * halfWidth) / step));
  const actualStep = (2 * halfWidth) / count;
  const ring: Ring = [{ x: center.x, y: center.y }];
  if (side === 'inside') {
    for (let index = 0; index <= count; index++) ring.push(point(startAngle + actualStep * index, radiusMeters));
    return ring;
  }
  const outer = tangentVertexRadius(radiusMeters, actualStep);
  ring.push(point(startAngle, radiusMeters));
  for (let index = 0; index < count; index++) ring.push(point(startAngle + actualStep * (index + 0.5), outer));
  ring.push(point(startAngle + 2 * halfWidth, radiusMeters));
  return ring;
}

/** Counter-clockwise disc ring. */
export function discRing(center: PointMeters, radiusMeters: number, maximumDeviationMeters = DEFAULT_MAXIMUM_DEVIATION_METERS, side: ArcSide = 'inside'): Ring {
  return sectorRing({ center, headingDegrees: 0, widthDegrees: 360, radiusMeters }, maximumDeviationMeters, side);
}
