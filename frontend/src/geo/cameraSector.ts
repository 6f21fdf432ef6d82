import type { Polygon, Position } from 'geojson';
import { geodesicDestination } from './destination';

export interface CameraOptics {
  /** GeoJSON `[lon, lat]` of the camera. */
  location: Position;
  /** Compass bearing of the optical axis: 0 = north, 90 = east. */
  headingDegrees: number;
  horizontalFieldOfViewDegrees: number;
  detectionRangeMeters: number;
}

export interface SectorOptions {
  /** Largest angle between two arc vertices. */
  maxStepDegrees?: number;
}

/**
 * The ground footprint of a camera's field of view: a circular sector centred on the camera, from
 * `heading - hfov/2` to `heading + hfov/2`, radius = detection range. Arc vertices are geodesic
 * destinations (turf's formula, great circle on the WGS84 mean sphere), so the radius is in true metres
 * whatever the latitude. Returns null when the camera has no usable optics.
 *
 *            arc (range)
 *         .-----------.
 *          \    |    /
 *           \ hfov  /
 *            \  |  /
 *             \ | /
 *               C   camera, heading up = 0 degrees (north)
 */
export function cameraSectorPolygon(optics: CameraOptics, options: SectorOptions = {}): Polygon | null {
  const { location, headingDegrees, horizontalFieldOfViewDegrees, detectionRangeMeters } = optics;
  if (
    !Number.isFinite(headingDegrees) ||
    !Number.isFinite(horizontalFieldOfViewDegrees) ||
    !Number.isFinite(detectionRangeMeters) ||
    detectionRangeMeters <= 0 ||
    horizontalFieldOfViewDegrees <= 0
  ) {
    return null;
  }
  const maxStepDegrees = options.maxStepDegrees ?? 4;
  const fieldOfView = Math.min(horizontalFieldOfViewDegrees, 360);
  const fullCircle = fieldOfView >= 360;
  const startBearing = headingDegrees - fieldOfView / 2;
  // An even number of steps puts a vertex exactly on the heading.
  const steps = 2 * Math.max(1, Math.ceil(fieldOfView / maxStepDegrees / 2));
  const center: Position = [location[0], location[1]];

  const arc: Position[] = [];
  for (let index = 0; index <= steps; index++) {
    if (fullCircle && index === steps) break;
    const bearing = normalizeBearing(startBearing + (fieldOfView * index) / steps);
    arc.push(geodesicDestination(center, detectionRangeMeters, bearing));
  }
  const ring = fullCircle ? [...arc, arc[0]] : [center, ...arc, center];
  return { type: 'Polygon', coordinates: [ring] };
}

/** A bearing in (-180, 180], the range turf expects. */
function normalizeBearing(bearing: number): number {
  const wrapped = ((bearing % 360) + 360) % 360;
  return wrapped > 180 ? wrapped - 360 : wrapped;
}
