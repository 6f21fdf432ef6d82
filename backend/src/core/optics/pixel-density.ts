/**
 * Pixel density on a target across the optical axis:
 * pixelsPerMeter = horizontalPixels / (2 * depth * tan(HFOV / 2)),
 * i.e. the image width in pixels over the scene width in metres at that depth.
 */
import { degreesToRadians } from '../geometry/angles';

export function pixelDensityAtDepth(horizontalPixels: number, horizontalFieldOfViewDegrees: number, depthMeters: number): number {
  return horizontalPixels / (2 * depthMeters * Math.tan(degreesToRadians(horizontalFieldOfViewDegrees) / 2));
}

/** Depth along the optical axis at which the density falls to `pixelsPerMeter` (closer is denser). */
export function depthForPixelDensity(horizontalPixels: number, horizontalFieldOfViewDegrees: number, pixelsPerMeter: number): number {
  if (pixelsPerMeter <= 0) throw new RangeError('pixel density must be positive');
  return horizontalPixels / (2 * pixelsPerMeter * Math.tan(degreesToRadians(horizontalFieldOfViewDegrees) / 2));
}
