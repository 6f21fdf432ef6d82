/** Normalises any angle in degrees to [0, 360). */
export function normalizeDegrees(degrees: number): number {
  const r = degrees % 360;
  return r < 0 ? r + 360 : r;
}

export function degreesToRadians(degrees: number): number {
  return (degrees * Math.PI) / 180;
}

export function radiansToDegrees(radians: number): number {
  return (radians * 180) / Math.PI;
}

/**
 * Unit vector (x east, y north) of a compass heading: 0 = north, 90 = east, clockwise.
 * Compass headings are clockwise from north while planar maths is counter-clockwise from east,
 * so every conversion goes through here.
 */
export function headingToDirection(headingDegrees: number): { x: number; y: number } {
  const radians = degreesToRadians(headingDegrees);
  return { x: Math.sin(radians), y: Math.cos(radians) };
}

/** Compass heading (0 = north, clockwise, in [0, 360)) of the vector (x east, y north). */
export function directionToHeading(x: number, y: number): number {
  return normalizeDegrees(radiansToDegrees(Math.atan2(x, y)));
}

/** Smallest absolute difference between two headings, in [0, 180]. */
export function headingDifferenceDegrees(a: number, b: number): number {
  const difference = normalizeDegrees(a - b);
  return difference > 180 ? 360 - difference : difference;
}
