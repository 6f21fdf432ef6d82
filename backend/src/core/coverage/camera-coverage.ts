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
import { requireFinite } from '../core-input-error';
import type { DoriLevel } from '../domain';
import { normalizeDegrees } from '../geometry/angles';
import { BoundingBox, PointMeters, Region } from '../geometry/planar';
import { FlatRegion, flatToRegion } from '../geometry/flat-region';
import { DoriBandResult, DoriBandUnavailableReason, DoriLadder, IEC_62676_4_DORI_LADDER, doriBands } from '../optics/dori';
import { LensSpecification, resolveHorizontalFieldOfViewDegrees } from '../optics/field-of-view';
import { FlatObstacleIndex, ObstacleIndex } from '../visibility/obstacles';
import { LocalEdges, SweepBands, SweepLevel, SweepOutput, SweepResult, sweepBands } from '../visibility/angular-sweep';
import { Viewpoint, prepareLocalEdges } from '../visibility/visible-area';

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
  /**
   * Nested region in projected metres (non-zero rule, winding 0/1). On coverages computed by the core
   * it is built from `flat` on first read.
   */
  region: Region;
  areaSquareMeters: number;
  bounds: BoundingBox;
  /** The same region as typed arrays (possibly shared with other levels); set on coverages computed by the core. */
  flat?: FlatRegion;
}

export interface CameraCoverage<Level extends string = string> {
  cameraId: string;
  /** Where the lens was taken to be (moved out of its own footprint for wall mounts). */
  originMeters: PointMeters;
  /** Coarsest level first, in ladder order. */
  levels: LevelCoverage<Level>[];
}

/**
 * A level computed by the core. Its geometry stays in the typed arrays the sweep filled (shared by
 * the camera's levels: the level owns rings [firstRing, firstRing + ringCount)); the `Region` (one
 * object per vertex) is only built when someone reads `region` (GeoJSON export), so a city-wide run
 * does not fill the heap with ~450,000 point objects that most callers never read.
 */
class ComputedLevelCoverage<Level extends string> implements LevelCoverage<Level> {
  private materialized: Region | null = null;

  constructor(
    readonly level: Level,
    readonly band: { nearMeters: number; farMeters: number } | null,
    readonly reason: DoriBandUnavailableReason | null,
    private readonly coordinates: Float64Array,
    private readonly ringStarts: Int32Array,
    private readonly firstRing: number,
    private readonly ringCount: number,
    readonly areaSquareMeters: number,
    readonly bounds: BoundingBox,
  ) {}

  get flat(): FlatRegion {
    return { coordinates: this.coordinates, ringStarts: this.ringStarts.subarray(this.firstRing, this.firstRing + this.ringCount + 1) };
  }

  get region(): Region {
    if (this.materialized === null) this.materialized = flatToRegion(this.flat);
    return this.materialized;
  }
}

/**
 * A level from a sweep's result: rings [firstRing, firstRing +
 * ringCount) of `geometry`.
 */
export function computedLevelCoverage<Level extends string>(
  level: Level,
  band: { nearMeters: number; farMeters: number } | null,
  reason: DoriBandUnavailableReason | null,
  geometry: FlatRegion,
  output: SweepOutput,
): LevelCoverage<Level> {
  return new ComputedLevelCoverage(level, band, reason, geometry.coordinates, geometry.ringStarts, output.firstRing, output.ringCount, output.areaSquareMeters, output.bounds);
}

/** What a camera's coverage needs before any geometry: its DORI bands and the sweep's level setup. */
export interface CoveragePlan<Level extends string = string> {
  bands: DoriBandResult<Level>[];
  viewpoint: Viewpoint;
  reachMeters: number;
  targetHeights: number[];
  levels: SweepLevel[];
  /** Per level, the levels whose union it is (itself and every finer reachable level). */
  outputs: number[][];
}

/**
 * Refuses a camera the core cannot place or aim (CoreInputError, BAD_USER_INPUT at the API): a NaN
 * or infinite number anywhere used to give empty regions without a word.
 */
export function requireFiniteCamera(camera: CoverageCamera): void {
  const field = (name: string) => `camera ${camera.id} ${name}`;
  requireFinite(camera.positionMeters.x, field('position x'));
  requireFinite(camera.positionMeters.y, field('position y'));
  requireFinite(camera.mountHeightMeters, field('mountHeightMeters'));
  requireFinite(camera.headingDegrees, field('headingDegrees'));
  if (camera.tiltDegrees !== null) requireFinite(camera.tiltDegrees, field('tiltDegrees'));
  requireFinite(camera.horizontalFieldOfViewDegrees, field('horizontalFieldOfViewDegrees'));
  if (camera.lensHorizontalFieldOfViewDegrees !== undefined) requireFinite(camera.lensHorizontalFieldOfViewDegrees, field('lensHorizontalFieldOfViewDegrees'));
  requireFinite(camera.horizontalPixels, field('horizontalPixels'));
  requireFinite(camera.verticalPixels, field('verticalPixels'));
  if (camera.maximumRangeMeters !== undefined) requireFinite(camera.maximumRangeMeters, field('maximumRangeMeters'));
}

export function planCameraCoverage<Level extends string>(camera: CoverageCamera, ladder: DoriLadder<Level>): CoveragePlan<Level> {
  requireFiniteCamera(camera);
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
  // All levels in ONE angular sweep: every distinct target height gets its own shadow counter, every
  // level its band, and each level's output is the union, bearing by bearing, of its own band and
  // those of all finer levels (the nesting), so no polygon union is needed.
  const targetHeights: number[] = [];
  const levels = bands.map((result): SweepLevel => {
    let heightIndex = targetHeights.indexOf(result.targetHeightMeters);
    if (heightIndex < 0) heightIndex = targetHeights.push(result.targetHeightMeters) - 1;
    return result.band
      ? { heightIndex, nearMeters: result.band.nearMeters, farMeters: result.band.farMeters }
      : { heightIndex, nearMeters: 0, farMeters: 0 };
  });
  const outputs = bands.map((_, index) => {
    const members: number[] = [];
    for (let other = index; other < bands.length; other++) if (bands[other].band !== null) members.push(other);
    return members;
  });
  return {
    bands,
    viewpoint: {
      positionMeters: camera.positionMeters,
      mountHeightMeters: camera.mountHeightMeters,
      headingDegrees: normalizeDegrees(camera.headingDegrees),
      horizontalFieldOfViewDegrees: camera.horizontalFieldOfViewDegrees,
    },
    reachMeters,
    targetHeights,
    levels,
    outputs,
  };
}

/** Reused from camera to camera (the computation is synchronous). */
const sharedEdges = new LocalEdges();
const sharedBands = new SweepBands();

/** The geometry of a plan: the lens position after the wall-mount rule and one region per level (projected metres). */
export function sweepCameraCoverage(plan: CoveragePlan, index: FlatObstacleIndex): { originMeters: PointMeters; result: SweepResult } {
  const originMeters = prepareLocalEdges(plan.viewpoint, plan.reachMeters, index, sharedEdges);
  const bands = sharedBands;
  bands.reset(plan.targetHeights.length, plan.levels.length, plan.outputs.length);
  for (let height = 0; height < plan.targetHeights.length; height++) bands.targetHeights[height] = plan.targetHeights[height];
  for (let level = 0; level < plan.levels.length; level++) {
    bands.levelHeight[level] = plan.levels[level].heightIndex;
    bands.levelNearMeters[level] = plan.levels[level].nearMeters;
    bands.levelFarMeters[level] = plan.levels[level].farMeters;
  }
  for (let output = 0; output < plan.outputs.length; output++) {
    for (const level of plan.outputs[output]) bands.members[output * bands.levelCount + level] = 1;
  }
  const { viewpoint } = plan;
  const result = sweepBands(
    sharedEdges,
    bands,
    viewpoint.mountHeightMeters,
    viewpoint.headingDegrees,
    viewpoint.horizontalFieldOfViewDegrees,
    originMeters.x,
    originMeters.y,
  );
  return { originMeters, result };
}

/** A camera's coverage from its plan and the per-level results of the sweep. */
export function assembleCameraCoverage<Level extends string>(
  cameraId: string,
  plan: CoveragePlan<Level>,
  originMeters: PointMeters,
  result: SweepResult,
): CameraCoverage<Level> {
  const levels: LevelCoverage<Level>[] = new Array(plan.bands.length);
  for (let index = 0; index < plan.bands.length; index++) {
    const band = plan.bands[index];
    levels[index] = computedLevelCoverage(band.level, band.band, band.reason, result, result.outputs[index]);
  }
  return { cameraId, originMeters, levels };
}

export function computeCameraCoverage<Level extends string = DoriLevel>(
  camera: CoverageCamera,
  obstacles: ObstacleIndex,
  ladder: DoriLadder<Level> = IEC_62676_4_DORI_LADDER as unknown as DoriLadder<Level>,
): CameraCoverage<Level> {
  return computeCameraCoverageOn(camera, obstacles.flat, ladder);
}

/** As computeCameraCoverage, on the flat index alone. */
export function computeCameraCoverageOn<Level extends string>(camera: CoverageCamera, index: FlatObstacleIndex, ladder: DoriLadder<Level>): CameraCoverage<Level> {
  const plan = planCameraCoverage(camera, ladder);
  const { originMeters, result } = sweepCameraCoverage(plan, index);
  return assembleCameraCoverage(camera.id, plan, originMeters, result);
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
