/**
 * Circular sectors and discs as polygons. Arcs are cut into chords short enough that the chord
 * never strays more than `maximumSagittaMeters` (1 cm by default) inside the true circle, so a
 * range or distance band is exact to well under the 5 cm the coverage tests tolerate.
 */
import { degreesToRadians } from './angles';
import { PointMeters, Ring } from './planar';

export const DEFAULT_MAXIMUM_SAGITTA_METERS = 0.01;

/** Angular step (radians) so that a chord of a circle of this radius sags at most the given amount. */
export function arcStepRadians(radiusMeters: number, maximumSagittaMeters = DEFAULT_MAXIMUM_SAGITTA_METERS): number {
  if (radiusMeters <= maximumSagittaMeters || !Number.isFinite(maximumSagittaMeters)) return Math.PI / 4;
  const step = 2 * Math.acos(1 - maximumSagittaMeters / radiusMeters);
  return Math.min(step, Math.PI / 4);
}

export interface SectorShape {
  center: PointMeters;
  headingDegrees: number;
  /** Total opening; 360 or more gives a full disc. */
  widthDegrees: number;
  radiusMeters: number;
}

/**
 * Counter-clockwise ring of a sector (apex at the centre) or of a full disc.
 * Arc points sit on the circle; the number of chords is rounded up so all chords are equal.
 */
export function sectorRing(shape: SectorShape, maximumSagittaMeters = DEFAULT_MAXIMUM_SAGITTA_METERS): Ring {
  const { center, radiusMeters } = shape;
  if (radiusMeters <= 0) return [];
  const step = arcStepRadians(radiusMeters, maximumSagittaMeters);
  if (shape.widthDegrees >= 360) {
    const count = Math.max(8, Math.ceil((2 * Math.PI) / step));
    const ring: Ring = new Array(count);
    for (let index = 0; index < count; index++) {
      const angle = (2 * Math.PI * index) / count;
      ring[index] = { x: center.x + radiusMeters * Math.cos(angle), y: center.y + radiusMeters * Math.sin(angle) };
    }
    return ring;
  }
  // Compass heading h (clockwise from north) is the planar angle 90 - h (counter-clockwise from east).
  const middle = degreesToRadians(90 - shape.headingDegrees);
  const halfWidth = degreesToRadians(shape.widthDegrees) / 2;
  const startAngle = middle - halfWidth;
  const count = Math.max(1, Math.ceil((2 * halfWidth) / step));
  const ring: Ring = [{ x: center.x, y: center.y }];
  for (let index = 0; index <= count; index++) {
    const angle = startAngle + (2 * halfWidth * index) / count;
    ring.push({ x: center.x + radiusMeters * Math.cos(angle), y: center.y + radiusMeters * Math.sin(angle) });
  }
  return ring;
}

/** Counter-clockwise disc ring. */
export function discRing(center: PointMeters, radiusMeters: number, maximumSagittaMeters = DEFAULT_MAXIMUM_SAGITTA_METERS): Ring {
  return sectorRing({ center, headingDegrees: 0, widthDegrees: 360, radiusMeters }, maximumSagittaMeters);
}
