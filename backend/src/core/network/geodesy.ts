/** Geodesic helpers on the WGS84 mean sphere (the radius turf uses), GeoJSON [lon, lat]. */
import type { Position } from 'geojson';

export const EARTH_RADIUS_METERS = 6371008.8;
const DEGREES_TO_RADIANS = Math.PI / 180;

export function haversineMeters(
  longitude1: number,
  latitude1: number,
  longitude2: number,
  latitude2: number,
): number {
  const deltaLatitude = (latitude2 - latitude1) * DEGREES_TO_RADIANS;
  const deltaLongitude = (longitude2 - longitude1) * DEGREES_TO_RADIANS;
  const sinLatitude = Math.sin(deltaLatitude / 2);
  const sinLongitude = Math.sin(deltaLongitude / 2);
  const a =
    sinLatitude * sinLatitude +
    Math.cos(latitude1 * DEGREES_TO_RADIANS) * Math.cos(latitude2 * DEGREES_TO_RADIANS) * sinLongitude * sinLongitude;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
}

export function distanceMeters(a: Position, b: Position): number {
  return haversineMeters(a[0], a[1], b[0], b[1]);
}

export function lineLengthMeters(coordinates: readonly Position[]): number {
  let total = 0;
  for (let i = 1; i < coordinates.length; i++) total += distanceMeters(coordinates[i - 1], coordinates[i]);
  return total;
}

/** Half-size in degrees of a box that contains every point within `meters` of `latitude`. */
export function degreesAround(latitude: number, meters: number): { longitudeDegrees: number; latitudeDegrees: number } {
  const latitudeDegrees = meters / (EARTH_RADIUS_METERS * DEGREES_TO_RADIANS);
  const cosine = Math.max(0.01, Math.cos(latitude * DEGREES_TO_RADIANS));
  return { longitudeDegrees: latitudeDegrees / cosine, latitudeDegrees: latitudeDegrees * 1.0001 };
}

export interface SegmentProjection {
  /** 0 at the segment start, 1 at its end. */
  fraction: number;
  point: Position;
  distanceMeters: number;
}

/**
 * Projects a point onto segment a-b in a local equirectangular plane centred on the point
 * (centimetre-accurate over a few kilometres), then measures geodesically.
 */
export function projectOntoSegment(point: Position, a: Position, b: Position): SegmentProjection {
  const cosine = Math.cos(point[1] * DEGREES_TO_RADIANS);
  const ax = (a[0] - point[0]) * cosine;
  const ay = a[1] - point[1];
  const bx = (b[0] - point[0]) * cosine;
  const by = b[1] - point[1];
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  let fraction = lengthSquared === 0 ? 0 : -(ax * dx + ay * dy) / lengthSquared;
  if (fraction < 0) fraction = 0;
  else if (fraction > 1) fraction = 1;
  const projected: Position = [a[0] + (b[0] - a[0]) * fraction, a[1] + (b[1] - a[1]) * fraction];
  return { fraction, point: projected, distanceMeters: distanceMeters(point, projected) };
}
