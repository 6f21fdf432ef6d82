/**
 * DORI (detection, observation, recognition, identification) per IEC/EN 62676-4, as configuration:
 * a ladder is an ordered list of rungs, coarsest first, so longer ladders (the 2025 edition adds
 * e.g. inspection levels) are expressed without code changes.
 */
import type { DoriLevel } from '../domain';
import { degreesToRadians } from '../geometry/angles';
import { verticalFieldOfViewDegrees } from './field-of-view';
import { depthForPixelDensity } from './pixel-density';

export interface DoriRung<Level extends string = string> {
  level: Level;
  /** Minimum pixel density on the target for this level. */
  pixelsPerMeter: number;
  /** Height of the plane the level is judged on: ~0 m (whole person, feet) or ~1.7 m (faces). */
  targetHeightMeters: number;
}

/** Ordered coarsest (lowest density) first. */
export type DoriLadder<Level extends string = string> = readonly DoriRung<Level>[];

/** IEC/EN 62676-4 thresholds; target heights are Vigie's defaults (configuration, not the standard). */
export const IEC_62676_4_DORI_LADDER: DoriLadder<DoriLevel> = [
  { level: 'detection', pixelsPerMeter: 25, targetHeightMeters: 0 },
  { level: 'observation', pixelsPerMeter: 62.5, targetHeightMeters: 0 },
  { level: 'recognition', pixelsPerMeter: 125, targetHeightMeters: 1.7 },
  { level: 'identification', pixelsPerMeter: 250, targetHeightMeters: 1.7 },
];

/** Throws when a ladder is not strictly increasing in density or repeats a level. */
export function assertValidDoriLadder(ladder: DoriLadder): void {
  const seen = new Set<string>();
  ladder.forEach((rung, index) => {
    if (seen.has(rung.level)) throw new Error(`DORI level "${rung.level}" appears twice`);
    seen.add(rung.level);
    if (!(rung.pixelsPerMeter > 0)) throw new Error(`DORI level "${rung.level}" needs a positive pixel density`);
    if (index > 0 && rung.pixelsPerMeter <= ladder[index - 1].pixelsPerMeter) {
      throw new Error(`DORI ladder must be ordered by increasing pixel density ("${rung.level}")`);
    }
  });
}

/** Ground-distance interval from the camera's foot, in metres; farMeters may be Infinity. */
export interface DistanceBand {
  nearMeters: number;
  farMeters: number;
}

/**
 * Ground distances at which a target plane at `targetHeightMeters` is inside the vertical field of
 * view of a camera tilted `tiltDegrees` below horizontal. The elevation of a target seen from the
 * camera, atan2(H - t, d), must lie between tilt - VFOV/2 and tilt + VFOV/2. Null when never in view.
 */
export function verticalViewBand(
  mountHeightMeters: number,
  targetHeightMeters: number,
  tiltDegrees: number,
  verticalFieldOfViewDegrees: number,
): DistanceBand | null {
  const heightAbove = mountHeightMeters - targetHeightMeters;
  const lowest = tiltDegrees + verticalFieldOfViewDegrees / 2; // steepest ray, degrees below horizontal
  const highest = tiltDegrees - verticalFieldOfViewDegrees / 2; // flattest ray
  let near = 0;
  let far = Infinity;
  if (heightAbove > 0) {
    // Elevation falls from 90 degrees at the foot towards 0 far away.
    if (lowest <= 0 || highest >= 90) return null;
    if (lowest < 90) near = heightAbove / Math.tan(degreesToRadians(lowest));
    if (highest > 0) far = heightAbove / Math.tan(degreesToRadians(highest));
  } else if (heightAbove < 0) {
    // Target above the camera: elevation rises from -90 degrees towards 0.
    if (highest >= 0 || lowest <= -90) return null;
    if (lowest < 0) far = heightAbove / Math.tan(degreesToRadians(lowest));
    if (highest > -90) near = heightAbove / Math.tan(degreesToRadians(highest));
  } else if (highest > 0 || lowest < 0) {
    return null;
  }
  return near < far ? { nearMeters: near, farMeters: far } : null;
}

export type DoriBandUnavailableReason =
  /** The slant distance giving the density is shorter than the camera's height above the target plane. */
  | 'density_needs_distance_below_mount_height'
  /** With this tilt and vertical FOV the target plane is never in the picture. */
  | 'target_plane_outside_vertical_view'
  /** The near blind zone ends beyond the distance where the density is lost. */
  | 'blind_zone_beyond_density_limit'
  /** The band starts beyond the camera's usable range (e.g. IR illumination). */
  | 'beyond_maximum_range';

export interface DoriBandResult<Level extends string = string> {
  level: Level;
  pixelsPerMeter: number;
  targetHeightMeters: number;
  /** Null when the level cannot be reached at all; `reason` says why. */
  band: DistanceBand | null;
  reason: DoriBandUnavailableReason | null;
}

export interface CameraViewOptics {
  horizontalPixels: number;
  verticalPixels: number;
  horizontalFieldOfViewDegrees: number;
  mountHeightMeters: number;
  /**
   * Degrees below horizontal. Null for a PTZ's reachable area: it can tilt to any distance, so the
   * vertical field of view limits nothing.
   */
  tiltDegrees: number | null;
  /** Usable range cap (IR illumination, analytics rating); Infinity when none. */
  maximumRangeMeters?: number;
}

/**
 * Per DORI level, the ground-distance band where a target at the level's height is both in the
 * vertical view and imaged with at least the level's pixel density. The density distance is taken
 * as the slant distance from the lens to the target (on-axis approximation).
 */
export function doriBands<Level extends string>(view: CameraViewOptics, ladder: DoriLadder<Level>): DoriBandResult<Level>[] {
  const verticalFieldOfView = verticalFieldOfViewDegrees(view.horizontalFieldOfViewDegrees, view.horizontalPixels, view.verticalPixels);
  const maximumRange = view.maximumRangeMeters ?? Infinity;
  return ladder.map((rung) => {
    const result = (band: DistanceBand | null, reason: DoriBandUnavailableReason | null): DoriBandResult<Level> => ({
      level: rung.level,
      pixelsPerMeter: rung.pixelsPerMeter,
      targetHeightMeters: rung.targetHeightMeters,
      band,
      reason,
    });
    const slantLimit = depthForPixelDensity(view.horizontalPixels, view.horizontalFieldOfViewDegrees, rung.pixelsPerMeter);
    const heightAbove = Math.abs(view.mountHeightMeters - rung.targetHeightMeters);
    if (slantLimit <= heightAbove) return result(null, 'density_needs_distance_below_mount_height');
    const densityFar = Math.sqrt(slantLimit * slantLimit - heightAbove * heightAbove);
    let vertical: DistanceBand | null = { nearMeters: 0, farMeters: Infinity };
    if (view.tiltDegrees !== null) {
      vertical = verticalViewBand(view.mountHeightMeters, rung.targetHeightMeters, view.tiltDegrees, verticalFieldOfView);
      if (!vertical) return result(null, 'target_plane_outside_vertical_view');
    }
    if (vertical.nearMeters >= densityFar) return result(null, 'blind_zone_beyond_density_limit');
    if (vertical.nearMeters >= maximumRange) return result(null, 'beyond_maximum_range');
    return result({ nearMeters: vertical.nearMeters, farMeters: Math.min(densityFar, vertical.farMeters, maximumRange) }, null);
  });
}

