import type { Position } from 'geojson';

/** Metres between two [lon, lat] positions (haversine on the WGS84 mean sphere, as turf). */
export function distanceMeters(a: Position, b: Position): number {
  const R = 6_371_008.8;
  const toRad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * toRad;
  const dLon = (b[0] - a[0]) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * toRad) * Math.cos(b[1] * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Compass bearing from a to b, degrees in [0, 360): 0 = north, 90 = east. */
export function bearingDegrees(a: Position, b: Position): number {
  const toRad = Math.PI / 180;
  const y = Math.sin((b[0] - a[0]) * toRad) * Math.cos(b[1] * toRad);
  const x = Math.cos(a[1] * toRad) * Math.sin(b[1] * toRad) - Math.sin(a[1] * toRad) * Math.cos(b[1] * toRad) * Math.cos((b[0] - a[0]) * toRad);
  const bearing = (Math.atan2(y, x) * 180) / Math.PI;
  return ((bearing % 360) + 360) % 360;
}

export const POLE_SNAP_METERS = 15;

export interface SnapCandidate<TKind extends string = string> {
  kind: TKind;
  id: string;
  code?: string;
  location: Position;
}

export interface Snap<TKind extends string = string> {
  target: SnapCandidate<TKind>;
  distanceMeters: number;
}

/** The nearest candidate within `toleranceMeters` of `point` (ties: the first listed), or null. */
export function nearestWithin<TKind extends string>(
  point: Position,
  candidates: Iterable<SnapCandidate<TKind>>,
  toleranceMeters = POLE_SNAP_METERS,
): Snap<TKind> | null {
  let best: Snap<TKind> | null = null;
  for (const candidate of candidates) {
    const distance = distanceMeters(point, candidate.location);
    if (distance <= toleranceMeters && (!best || distance < best.distanceMeters)) best = { target: candidate, distanceMeters: distance };
  }
  return best;
}

export type CameraPlacement =
  | { mount: 'pole'; poleId: string; poleCode?: string; location: Position; distanceMeters: number }
  | { mount: 'free'; location: Position };

/**
 * Where a camera clicked at `point` goes: on the nearest pole within 15 m (at the pole's position,
 * poleId set), else a wall mount / free location at the clicked point.
 */
export function placeCamera(point: Position, poles: Iterable<{ id: string; code?: string; location: { coordinates: Position } }>, toleranceMeters = POLE_SNAP_METERS): CameraPlacement {
  const candidates = (function* () {
    for (const pole of poles) yield { kind: 'pole' as const, id: pole.id, code: pole.code, location: pole.location.coordinates };
  })();
  const snap = nearestWithin(point, candidates, toleranceMeters);
  if (!snap) return { mount: 'free', location: [point[0], point[1]] };
  return { mount: 'pole', poleId: snap.target.id, poleCode: snap.target.code, location: snap.target.location, distanceMeters: snap.distanceMeters };
}

/**
 * A drawn line's ends snapped to assets: each end within tolerance of an asset moves onto it and
 * records it as the run's endpoint.
 */
export function snapLineEnds<TKind extends string>(
  path: Position[],
  candidates: readonly SnapCandidate<TKind>[],
  toleranceMeters = POLE_SNAP_METERS,
): { path: Position[]; from: SnapCandidate<TKind> | null; to: SnapCandidate<TKind> | null } {
  if (path.length < 2) return { path, from: null, to: null };
  const start = nearestWithin(path[0], candidates, toleranceMeters);
  const end = nearestWithin(path[path.length - 1], candidates, toleranceMeters);
  const snapped = path.map((position) => [position[0], position[1]]);
  if (start) snapped[0] = [...start.target.location];
  if (end) snapped[snapped.length - 1] = [...end.target.location];
  return { path: snapped, from: start?.target ?? null, to: end?.target ?? null };
}
