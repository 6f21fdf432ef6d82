/**
 * Per camera, one region (projected metres) per DORI level:
 *   level = sector(band near..far) minus shadows for the level's target height,
 * all levels of a camera computed by one angular sweep (visibility/angular-sweep.ts),
 * the band coming from pixel density and the vertical view (near blind zone, far limit).
 *
 * Nesting: a finer level implies the coarser ones (where a face can be identified a person can be
 * detected), so each level's region is the union of its own region and those of all finer levels.
 * With the default ladder this only adds something where finer levels use a higher target plane
 * (faces seen over a low wall, or nearer the pole than the feet).
 */
import type { DoriLevel } from '../domain';
import { normalizeDegrees } from '../geometry/angles';
import { BoundingBox, PointMeters, Region, emptyBounds, regionBounds } from '../geometry/planar';
import { DoriBandResult, DoriBandUnavailableReason, DoriLadder, IEC_62676_4_DORI_LADDER, doriBands } from '../optics/dori';
import { LensSpecification, resolveHorizontalFieldOfViewDegrees } from '../optics/field-of-view';
import { ObstacleIndex } from '../visibility/obstacles';
import { sweepVisibility } from '../visibility/angular-sweep';
import { PreparedViewpoint, prepareViewpoint } from '../visibility/visible-area';

export interface CoverageCamera {
  id: string;
  /** Projected metres (UTM). */
  positionMeters: PointMeters;
  mountHeightMeters: number;
  /** 0 = north, clockwise. */
  headingDegrees: number;
  /** Degrees below horizontal; null when tilt does not limit the view (PTZ reachable area). */
  tiltDegrees: number | null;
  /** Horizontal opening of the covered sector (the lens HFOV, or a PTZ's pan range plus HFOV). */
  horizontalFieldOfViewDegrees: number;
  /** HFOV of the lens itself, for pixel density; defaults to horizontalFieldOfViewDegrees. */
  lensHorizontalFieldOfViewDegrees?: number;
  horizontalPixels: number;
  verticalPixels: number;
  maximumRangeMeters?: number;
}

export interface LevelCoverage<Level extends string = string> {
  level: Level;
  /** Ground-distance band, null when the level is unreachable (see reason). */
  band: { nearMeters: number; farMeters: number } | null;
  reason: DoriBandUnavailableReason | null;
  /** Nested region in projected metres (non-zero rule; normalised by Clipper). */
  region: Region;
  areaSquareMeters: number;
  bounds: BoundingBox;
}

export interface CameraCoverage<Level extends string = string> {
  cameraId: string;
  /** Where the lens was taken to be (moved out of its own footprint for wall mounts). */
  originMeters: PointMeters;
  /** Coarsest level first, in ladder order. */
  levels: LevelCoverage<Level>[];
}

export function computeCameraCoverage<Level extends string = DoriLevel>(
  camera: CoverageCamera,
  obstacles: ObstacleIndex,
  ladder: DoriLadder<Level> = IEC_62676_4_DORI_LADDER as unknown as DoriLadder<Level>,
): CameraCoverage<Level> {
  const lensFieldOfView = camera.lensHorizontalFieldOfViewDegrees ?? camera.horizontalFieldOfViewDegrees;
  const bands = doriBands(
    {
      horizontalPixels: camera.horizontalPixels,
      verticalPixels: camera.verticalPixels,
      horizontalFieldOfViewDegrees: lensFieldOfView,
      mountHeightMeters: camera.mountHeightMeters,
      tiltDegrees: camera.tiltDegrees,
      maximumRangeMeters: camera.maximumRangeMeters,
    },
    ladder,
  );
  let reachMeters = 0;
  for (const result of bands) if (result.band) reachMeters = Math.max(reachMeters, result.band.farMeters);
  const prepared = prepareViewpoint(
    {
      positionMeters: camera.positionMeters,
      mountHeightMeters: camera.mountHeightMeters,
      headingDegrees: normalizeDegrees(camera.headingDegrees),
      horizontalFieldOfViewDegrees: camera.horizontalFieldOfViewDegrees,
    },
    reachMeters,
    obstacles,
  );
  const origin = prepared.originMeters;
  const nested = nestedLevelRegions(prepared, bands, origin);
  const levels = bands.map((result, index): LevelCoverage<Level> => {
    const { region, areaSquareMeters } = nested[index];
    return {
      level: result.level,
      band: result.band,
      reason: result.reason,
      region,
      areaSquareMeters,
      bounds: region.length > 0 ? regionBounds(region) : emptyBounds(),
    };
  });
  return { cameraId: camera.id, originMeters: origin, levels };
}

/**
 * All levels in ONE angular sweep (projected metres): every distinct target height gets its own shadow
 * counter, every level its band, and each level's output is the union, bearing by bearing, of its own
 * band and those of all finer levels (the nesting), so no polygon union is needed.
 */
function nestedLevelRegions(prepared: PreparedViewpoint, bands: DoriBandResult[], origin: PointMeters) {
  const targetHeights: number[] = [];
  const levels = bands.map((result) => {
    let heightIndex = targetHeights.indexOf(result.targetHeightMeters);
    if (heightIndex < 0) heightIndex = targetHeights.push(result.targetHeightMeters) - 1;
    return result.band
      ? { heightIndex, nearMeters: result.band.nearMeters, farMeters: result.band.farMeters }
      : { heightIndex, nearMeters: 0, farMeters: 0 };
  });
  const outputs = bands.map((_, index) => bands.map((__, other) => other).filter((other) => other >= index && bands[other].band !== null));
  const { viewpoint } = prepared;
  return sweepVisibility({
    obstacles: prepared.obstacles,
    mountHeightMeters: viewpoint.mountHeightMeters,
    headingDegrees: viewpoint.headingDegrees,
    horizontalFieldOfViewDegrees: viewpoint.horizontalFieldOfViewDegrees,
    targetHeights,
    levels,
    outputs,
    offset: origin,
  });
}

/** A PTZ camera: pan range around a centre heading and an optical-zoom lens. */
export interface PtzCamera {
  id: string;
  positionMeters: PointMeters;
  mountHeightMeters: number;
  /** Centre of the pan range (ignored for 360 degrees). */
  panCenterHeadingDegrees: number;
  /** 360 for continuous pan. */
  panRangeDegrees: number;
  lens: LensSpecification;
  horizontalPixels: number;
  verticalPixels: number;
  maximumRangeMeters?: number;
  presets?: PtzPreset[];
}

export interface PtzPreset {
  name: string;
  headingDegrees: number;
  zoomFactor: number;
  tiltDegrees: number;
}

/**
 * Area a PTZ can reach over its pan range at one zoom: the lens sweeps a sector as wide as the pan
 * range plus its HFOV (a full circle for continuous pan), and it can tilt to any distance, so only
 * pixel density and obstacles bound it.
 */
export function computePtzReachableCoverage<Level extends string = DoriLevel>(
  camera: PtzCamera,
  zoomFactor: number,
  obstacles: ObstacleIndex,
  ladder?: DoriLadder<Level>,
): CameraCoverage<Level> {
  const lensFieldOfView = resolveHorizontalFieldOfViewDegrees(camera.lens, { zoomFactor });
  const sweep = camera.panRangeDegrees >= 360 ? 360 : Math.min(360, camera.panRangeDegrees + lensFieldOfView);
  return computeCameraCoverage(
    {
      id: camera.id,
      positionMeters: camera.positionMeters,
      mountHeightMeters: camera.mountHeightMeters,
      headingDegrees: camera.panCenterHeadingDegrees,
      tiltDegrees: null,
      horizontalFieldOfViewDegrees: sweep,
      lensHorizontalFieldOfViewDegrees: lensFieldOfView,
      horizontalPixels: camera.horizontalPixels,
      verticalPixels: camera.verticalPixels,
      maximumRangeMeters: camera.maximumRangeMeters,
    },
    obstacles,
    ladder,
  );
}

/** Each preset's view, as a fixed camera at the preset's heading, zoom and tilt. */
export function computePtzPresetCoverages<Level extends string = DoriLevel>(
  camera: PtzCamera,
  obstacles: ObstacleIndex,
  ladder?: DoriLadder<Level>,
): { presetName: string; coverage: CameraCoverage<Level> }[] {
  return (camera.presets ?? []).map((preset) => {
    const lensFieldOfView = resolveHorizontalFieldOfViewDegrees(camera.lens, { zoomFactor: preset.zoomFactor });
    return {
      presetName: preset.name,
      coverage: computeCameraCoverage(
        {
          id: camera.id,
          positionMeters: camera.positionMeters,
          mountHeightMeters: camera.mountHeightMeters,
          headingDegrees: preset.headingDegrees,
          tiltDegrees: preset.tiltDegrees,
          horizontalFieldOfViewDegrees: lensFieldOfView,
          horizontalPixels: camera.horizontalPixels,
          verticalPixels: camera.verticalPixels,
          maximumRangeMeters: camera.maximumRangeMeters,
        },
        obstacles,
        ladder,
      ),
    };
  });
}

/** The region of one level of a coverage (empty when the level is absent). */
export function levelRegion(coverage: CameraCoverage, level: string): LevelCoverage | undefined {
  return coverage.levels.find((entry) => entry.level === level);
}
