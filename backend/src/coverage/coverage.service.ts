import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { GraphQLError } from 'graphql';
import type { MultiPolygon, Point, Polygon } from 'geojson';
import { translateDatabaseError } from '../common/crud/crud.service';
import { RevisionedCache } from '../common/data-revision';
import { badInput, notFound } from '../common/errors/vigie-errors';
import type { CoverageMaintenance } from '../common/coverage-maintenance';
import { VIGIE_CONFIG, type VigieConfig } from '../config/vigie-config';
import { DORI_LEVELS, type DoriLevel } from '../core/domain';
import { distanceToPolygon } from '../core/geometry/planar';
import { projectPolygon, type Projection } from '../core/geometry/projection';
import { metricPolicy } from '../core/geometry/metric';
import { IEC_62676_4_DORI_LADDER, type DoriLadder } from '../core/optics/dori';
import { depthForPixelDensity } from '../core/optics/pixel-density';
import { resolveHorizontalFieldOfViewDegrees } from '../core/optics/field-of-view';
import { type Obstacle, ObstacleIndex, obstaclesFromGeoJson } from '../core/visibility/obstacles';
import {
  aggregateBlackSpotCoverage,
  analyzeBlackSpot,
  computeCameraCoverage,
  computePtzReachableCoverage,
  computePtzPresetCoverages,
  type PtzCamera,
  regionToGeoJson,
  type CameraCoverage as CoreCameraCoverage,
  type CoverageCamera,
  type LevelTotals,
} from '../core/coverage';
import type { Camera } from '../cameras/camera.entity';
import type { CameraModel } from '../camera-models/camera-model.entity';
import { checkFocalLength, lensOf, zoomLensOf, type ZoomLens } from '../cameras/camera-optics';
import type { CoverageInputs } from './camera-coverage.entity';
import { roundMultiPolygon } from './served-precision';
import {
  CoverageRepository,
  type BlackSpotForAnalysis,
  type BuildingWithinReach,
  type CameraSelectionValue,
  type ReachProbe,
  type StoredCoverageRow,
} from './coverage.repository';
import { coverageFromStoredArea } from './stored-coverage';
import { isUuid } from '../common/uuid';

/** The GraphQL CameraCoverage shape: a stored row or a preview computed on the fly. */
export interface CameraCoverageView {
  cameraId: string;
  level: DoriLevel;
  area: MultiPolygon;
  areaSquareMeters: number;
  nearMeters: number | null;
  farMeters: number | null;
  unavailableReason: string | null;
}

export interface BlackSpotCoverageView {
  blackSpotId: string;
  requiredLevel: DoriLevel;
  areaSquareMeters: number;
  coveredAreaSquareMeters: number;
  coveredFraction: number;
  uncovered: MultiPolygon;
  contributingCameraIds: string[];
  /** The contributing cameras themselves, when the analysis came with them (the city-wide one, cached by revision). */
  contributingCameras?: Camera[];
}

export interface LevelSummaryView extends LevelTotals {
  uncoveredAreaSquareMeters: number;
}

export interface CoverageSummaryView {
  zoneId: string | null;
  zoneName: string | null;
  levels: LevelSummaryView[];
}

const withUncovered = (levels: readonly LevelTotals[]): LevelSummaryView[] =>
  levels.map((totals) => ({ ...totals, uncoveredAreaSquareMeters: Math.max(0, totals.areaSquareMeters - totals.coveredAreaSquareMeters) }));

/** Where and how a camera is placed and aimed: a stored camera or unsaved preview parameters. */
export interface CameraPlacement {
  id: string;
  code?: string;
  version: number;
  location: Point;
  mountHeightMeters: number;
  headingDegrees: number;
  tiltDegrees: number;
  focalLengthMm: number | null;
}

export interface CoveragePreviewParameters {
  cameraId?: string | null;
  location?: Point | null;
  modelId?: string | null;
  mountHeightMeters?: number | null;
  headingDegrees?: number | null;
  tiltDegrees?: number | null;
  focalLengthMm?: number | null;
}

/** Stand-in camera id of a preview with no cameraId. */
export const PREVIEW_CAMERA_ID = 'preview';
/** Metres added to the detection far limit when looking up the buildings in reach. */
export const REACH_MARGIN_METERS = 1;

/** Every black spot analysed for one camera selection, and the zones: what the black-spot reads answer from. */
interface CityAnalysis {
  analyzed: { spot: BlackSpotForAnalysis; view: BlackSpotCoverageView }[];
  zones: { id: string; name: string }[];
}

/**
 * Camera coverage per DORI level, stored and kept current, and black-spot analyses computed from the
 * stored polygons. Geometry work is the pure core's, in the deployment's UTM zone (projectedSrid);
 * SQL lives in CoverageRepository. Write methods take the caller's EntityManager so they run inside
 * the write that made them necessary.
 *
 * Decommissioned cameras have NO stored coverage rows (their rows are deleted when they are
 * decommissioned, and rebuilt if they come back).
 */
@Injectable()
export class CoverageService implements CoverageMaintenance<Camera> {
  readonly ladder: DoriLadder<DoriLevel> = IEC_62676_4_DORI_LADDER;
  private readonly projection: Projection;
  private readonly repository = new CoverageRepository();
  private readonly ladderDescription: string;
  /**
   * The city's black-spot analysis per selection, kept while the 'coverage' data revision stays (any
   * write to black spots, zones, stored coverage or cameras moves it, from any process): repeated reads
   * cost one revision read instead of the polygons and the geometry. Null when the cache is off.
   */
  private readonly cityAnalyses: RevisionedCache<CityAnalysis> | null;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(VIGIE_CONFIG) config: Pick<VigieConfig, 'projectedSrid'> & Partial<Pick<VigieConfig, 'analysisCache'>>,
  ) {
    this.cityAnalyses = config.analysisCache === false ? null : new RevisionedCache(dataSource, 'coverage');
    this.projection = metricPolicy(config.projectedSrid).projection;
    this.ladderDescription = this.ladder.map((rung) => `${rung.level}:${rung.pixelsPerMeter}ppm@${rung.targetHeightMeters}m`).join(',');
  }

  // ---- Keeping stored coverage current (inside the caller's transaction) ----

  /**
   * Recomputes and stores the coverage of these cameras; returns how many cameras were rewritten.
   * One building query and one obstacle index serve all of them (a city-wide run no longer pays a
   * query and an index per camera). Sharing the index changes no result: a footprint outside a
   * camera's reach cannot hide anything inside it, since the reach is a disc around the camera.
   * One thread: the geometry is 3-10% of a bulk recompute (2,000 cameras on the server database:
   * 0.6-1.2 s of 12-18 s, the rest is queries, GeoJSON and inserts), so worker threads could save at
   * most half of that on 2 cores; the worker pool that was tried was removed (issue 10).
   */
  async recomputeCameras(manager: EntityManager, cameraIds: readonly string[]): Promise<number> {
    return this.recompute(manager, await this.repository.findCamerasWithModels(manager, [...new Set(cameraIds)]));
  }

  /**
   * A camera write that changed nothing its coverage depends on (its status, when a fault takes it out
   * of service or gives it back): the stored coverage stays, recorded as computed from the new version,
   * if it was current for the old one (a stale one stays stale).
   */
  async carryOverCoverage(manager: EntityManager, cameraId: string, fromVersion: number, toVersion: number): Promise<void> {
    await manager.query(
      `UPDATE camera_coverage SET computed_from = jsonb_set(computed_from, '{cameraVersion}', to_jsonb($3::int))
        WHERE camera_id = $1 AND computed_from->>'cameraVersion' = $2::text`,
      [cameraId, fromVersion, toVersion],
    );
  }

  /** As recomputeCameras, for cameras the caller has just read (a write's result): only their models are read again. */
  async recomputeLoadedCameras(manager: EntityManager, cameras: readonly Camera[]): Promise<number> {
    const models = await this.repository.findModelsByIds(manager, [...new Set(cameras.map((camera) => camera.modelId))]);
    return this.recompute(manager, cameras.map((camera) => ({ camera, model: models.get(camera.modelId) as CameraModel })));
  }

  private async recompute(manager: EntityManager, cameras: readonly { camera: Camera; model: CameraModel }[]): Promise<number> {
    await this.repository.deleteCoverageOf(manager, cameras.map(({ camera }) => camera.id));
    const live = cameras
      .filter(({ camera }) => camera.status !== 'decommissioned')
      .map(({ camera, model }) => ({ camera, model, fieldOfViewDegrees: this.fieldOfView(camera, model) }));
    const { byCamera, index } = await this.findBuildingsWithinReach(
      manager,
      live.map(({ camera, model, fieldOfViewDegrees }) => ({ cameraId: camera.id, location: camera.location, meters: this.reachMeters(model, fieldOfViewDegrees) })),
    );
    const rows: StoredCoverageRow[] = [];
    for (const { camera, model, fieldOfViewDegrees } of live) {
      const coverage = computeCameraCoverage<DoriLevel>(this.coverageCamera(camera, model, fieldOfViewDegrees), index, this.ladder);
      const inReach = byCamera.get(camera.id) ?? [];
      const computedFrom: CoverageInputs = {
        cameraVersion: camera.version,
        modelId: model.id,
        modelVersion: model.version,
        buildingsDigest: digestOf(inReach),
        buildingCount: inReach.length,
        ladder: this.ladderDescription,
        projectedSrid: this.projection.epsg,
      };
      rows.push(...this.toViews(coverage, camera.id).map((view) => ({ ...view, computedFrom })));
      if (rows.length >= 400) await this.repository.insertCoverage(manager, rows.splice(0));
    }
    await this.repository.insertCoverage(manager, rows);
    return cameras.length;
  }

  async recomputeCamerasOfModel(manager: EntityManager, modelId: string): Promise<number> {
    return this.recomputeCameras(manager, await this.repository.findCameraIdsOfModel(manager, modelId));
  }

  /** After a building change: every camera whose reach comes near the old or the new footprint. */
  async recomputeCamerasNearFootprints(manager: EntityManager, footprints: readonly (Polygon | MultiPolygon | null | undefined)[]): Promise<number> {
    const present = footprints.filter((footprint): footprint is Polygon | MultiPolygon => !!footprint);
    if (present.length === 0) return 0;
    const cameraIds = await this.repository.findCamerasWithinReachOf(manager, present, await this.reachesInUse(manager), this.projection.epsg);
    return this.recomputeCameras(manager, cameraIds);
  }

  /** The cameras whose reach comes near stored buildings (by source id, or those written by this transaction): bulk imports. */
  async findCamerasNearStoredBuildings(manager: EntityManager, buildings: { sourceIds: readonly string[] } | 'written-in-this-transaction'): Promise<string[]> {
    return this.repository.findCamerasWithinReachOfStoredBuildings(manager, buildings, await this.reachesInUse(manager), this.projection.epsg);
  }

  /** Each camera's reach as recompute() computes it (optics core), once per model and focal length in use. */
  private async reachesInUse(manager: EntityManager): Promise<{ modelId: string; focalLengthMm: number | null; meters: number }[]> {
    const optics = await this.repository.findOpticsInUse(manager);
    const models = await this.repository.findModelsByIds(manager, [...new Set(optics.map((pair) => pair.modelId))]);
    return optics.flatMap(({ modelId, focalLengthMm }) => {
      const model = models.get(modelId) as CameraModel;
      try {
        return [{ modelId, focalLengthMm, meters: this.reachMeters(model, this.fieldOfView({ focalLengthMm }, model)) }];
      } catch (error) {
        // Parameters no lens takes cannot be recomputed anyway (coverageFreshness reports them).
        if (error instanceof GraphQLError) return [];
        throw error;
      }
    });
  }

  async recomputeAllCameras(manager: EntityManager): Promise<number> {
    return this.recomputeCameras(manager, await this.repository.findAllCameraIds(manager));
  }

  /** The recomputeCoverage mutation: the given cameras (NOT_FOUND for any unknown id) or all, in one transaction. */
  async recomputeCoverage(cameraIds?: readonly string[] | null): Promise<number> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (!cameraIds) return this.recomputeAllCameras(manager);
        const invalid = cameraIds.find((id) => !isUuid(id));
        if (invalid !== undefined) throw notFound('Camera', invalid);
        const existing = await this.repository.findExistingCameraIds(manager, cameraIds);
        const missing = cameraIds.find((id) => !existing.has(id));
        if (missing !== undefined) throw notFound('Camera', missing);
        return this.recomputeCameras(manager, cameraIds);
      });
    } catch (error) {
      throw translateDatabaseError(error, 'CameraCoverage');
    }
  }

  // ---- Computing one camera ----

  /** The core's coverage of unsaved parameters for a fixed view (PTZ: at its set focal length). */
  private async computeFixedView(manager: EntityManager, placement: CameraPlacement, model: CameraModel): Promise<CoreCameraCoverage<DoriLevel>> {
    const fieldOfViewDegrees = this.fieldOfView(placement, model);
    const { index } = await this.findBuildingsWithinReach(manager, [
      { cameraId: placement.id, location: placement.location, meters: this.reachMeters(model, fieldOfViewDegrees) },
    ]);
    return computeCameraCoverage<DoriLevel>(this.coverageCamera(placement, model, fieldOfViewDegrees), index, this.ladder);
  }

  /**
   * The buildings within each camera's reach (planar distance in the deployment's UTM zone, from the
   * camera to the footprint, at most the reach), and one obstacle index over all of them. Digests of
   * stored coverage and the freshness check both come from here, so they agree by construction.
   */
  private async findBuildingsWithinReach(
    manager: EntityManager,
    probes: readonly ReachProbe[],
  ): Promise<{ byCamera: Map<string, BuildingWithinReach[]>; index: ObstacleIndex }> {
    const buildings = await this.repository.findBuildingsNear(manager, probes);
    // One index over every candidate: a footprint beyond a camera's reach cannot hide anything within it.
    const buildingOf = new Map<string, BuildingWithinReach>();
    const obstacles: Obstacle[] = [];
    for (const building of buildings) {
      for (const obstacle of obstaclesFromGeoJson(building.id, building.footprint, building.heightMeters, this.projection)) {
        buildingOf.set(obstacle.id, building);
        obstacles.push(obstacle);
      }
    }
    const index = new ObstacleIndex(obstacles);
    const byCamera = new Map<string, BuildingWithinReach[]>();
    for (const { cameraId, location, meters } of probes) {
      const { x, y } = this.projection.toMeters(location.coordinates);
      const inReach = new Set<BuildingWithinReach>();
      for (const obstacle of index.search({ minX: x - meters, minY: y - meters, maxX: x + meters, maxY: y + meters })) {
        const building = buildingOf.get(obstacle.id) as BuildingWithinReach;
        if (!inReach.has(building) && distanceToPolygon(obstacle.rings, x, y) <= meters) inReach.add(building);
      }
      byCamera.set(cameraId, [...inReach]);
    }
    return { byCamera, index };
  }

  private coverageCamera(placement: CameraPlacement, model: CameraModel, fieldOfViewDegrees: number): CoverageCamera {
    return {
      id: placement.id,
      positionMeters: this.projection.toMeters(placement.location.coordinates),
      mountHeightMeters: placement.mountHeightMeters,
      headingDegrees: placement.headingDegrees,
      tiltDegrees: placement.tiltDegrees,
      horizontalFieldOfViewDegrees: fieldOfViewDegrees,
      horizontalPixels: model.horizontalPixels,
      verticalPixels: model.verticalPixels,
    };
  }

  /** How far buildings can matter: the detection far limit on the optical axis, plus a margin. */
  private reachMeters(model: CameraModel, lensFieldOfViewDegrees: number): number {
    return depthForPixelDensity(model.horizontalPixels, lensFieldOfViewDegrees, this.ladder[0].pixelsPerMeter) + REACH_MARGIN_METERS;
  }

  private fieldOfView(placement: Pick<CameraPlacement, 'focalLengthMm' | 'code'>, model: CameraModel): number {
    try {
      return resolveHorizontalFieldOfViewDegrees(lensOf(model), { focalLengthMillimeters: placement.focalLengthMm ?? undefined });
    } catch (error) {
      if (error instanceof RangeError) {
        throw badInput(
          `${placement.code ? `Camera ${placement.code}: ` : ''}focal length ${placement.focalLengthMm} mm does not fit ${model.name} (${error.message}).`,
        );
      }
      throw error;
    }
  }

  private toViews(coverage: CoreCameraCoverage<DoriLevel>, cameraId: string): CameraCoverageView[] {
    return coverage.levels.map((level) => ({
      cameraId,
      level: level.level,
      area: regionToGeoJson(level.region, this.projection),
      areaSquareMeters: level.areaSquareMeters,
      nearMeters: level.band?.nearMeters ?? null,
      farMeters: level.band?.farMeters ?? null,
      unavailableReason: level.reason,
    }));
  }

  // ---- Is the stored coverage current? ----

  /**
   * Compares what every camera's stored coverage was computed from with the data as it is now. Edits
   * through the API keep coverage current in the same transaction, so anything stale here came from
   * outside it (SQL or bulk loads, a restore, a changed DORI ladder or projection): the report says
   * which cameras and why, and recomputeCoverage(cameraIds) repairs exactly those.
   */
  async coverageFreshness(): Promise<CoverageFreshnessView> {
    const manager = this.dataSource.manager;
    const cameras = await this.repository.findCamerasWithModels(manager, await this.repository.findAllCameraIds(manager));
    const stored = await this.repository.findStoredInputs(manager);
    const probes: ReachProbe[] = [];
    const unusable = new Set<string>();
    for (const { camera, model } of cameras) {
      if (camera.status === 'decommissioned') continue;
      try {
        probes.push({ cameraId: camera.id, location: camera.location, meters: this.reachMeters(model, this.fieldOfView(camera, model)) });
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        unusable.add(camera.id);
      }
    }
    const { byCamera: buildings } = await this.findBuildingsWithinReach(manager, probes);
    const stale: StaleCameraCoverageView[] = [];
    for (const { camera, model } of cameras) {
      const reasons = unusable.has(camera.id)
        ? (['parameters_invalid'] as const)
        : staleCoverageReasons(stored.get(camera.id), {
            decommissioned: camera.status === 'decommissioned',
            cameraVersion: camera.version,
            modelId: model.id,
            modelVersion: model.version,
            buildingsDigest: camera.status === 'decommissioned' ? '' : digestOf(buildings.get(camera.id) ?? []),
            ladder: this.ladderDescription,
            projectedSrid: this.projection.epsg,
          });
      if (reasons.length > 0) stale.push({ cameraId: camera.id, cameraCode: camera.code, reasons: [...reasons] });
    }
    return { checkedCameraCount: cameras.length, currentCount: cameras.length - stale.length, stale, checkedAt: new Date() };
  }

  // ---- Reads ----

  /**
   * Coverage of unsaved parameters, written nowhere. With a cameraId, parameters left out are the
   * camera's own; without one, location, modelId, mountHeightMeters and headingDegrees are required.
   */
  async coveragePreview(input: CoveragePreviewParameters): Promise<CameraCoverageView[]> {
    const manager = this.dataSource.manager;
    let current: { camera: Camera; model: CameraModel } | undefined;
    if (input.cameraId) {
      if (!isUuid(input.cameraId)) throw notFound('Camera', input.cameraId);
      [current] = await this.repository.findCamerasWithModels(manager, [input.cameraId]);
      if (!current) throw notFound('Camera', input.cameraId);
    }
    const modelId = input.modelId ?? current?.camera.modelId;
    const missing = (['location', 'modelId', 'mountHeightMeters', 'headingDegrees'] as const).filter(
      (field) => (field === 'modelId' ? modelId : (input[field] ?? current?.camera[field])) == null,
    );
    if (missing.length) throw badInput(`A preview without cameraId needs ${missing.join(', ')}.`, { fields: missing });
    if (!isUuid(modelId as string)) throw notFound('CameraModel', modelId as string);
    const model = (await this.repository.findModelsByIds(manager, [modelId as string])).get(modelId as string);
    if (!model) throw notFound('CameraModel', modelId as string);
    // A changed model resets a focal length that was the old model's.
    const focalLengthMm =
      input.focalLengthMm !== undefined ? input.focalLengthMm : current && modelId === current.camera.modelId ? current.camera.focalLengthMm : null;
    // The same rule as for a saved camera.
    checkFocalLength(model, focalLengthMm);
    const placement: CameraPlacement = {
      id: current?.camera.id ?? PREVIEW_CAMERA_ID,
      version: current?.camera.version ?? 0,
      location: (input.location ?? current?.camera.location) as Point,
      mountHeightMeters: (input.mountHeightMeters ?? current?.camera.mountHeightMeters) as number,
      headingDegrees: (input.headingDegrees ?? current?.camera.headingDegrees) as number,
      tiltDegrees: input.tiltDegrees ?? current?.camera.tiltDegrees ?? 0,
      focalLengthMm: focalLengthMm ?? null,
    };
    return this.toViews(await this.computeFixedView(manager, placement, model), placement.id);
  }

  /**
   * What a PTZ camera can reach over its whole pan range at one zoom (1 = widest): not stored, since
   * it depends on the zoom asked for. Tilt limits nothing; pixel density and buildings do.
   */
  async ptzReachableCoverage(cameraId: string, zoomFactor: number): Promise<CameraCoverageView[]> {
    const { camera, model, lens } = await this.findPtz(cameraId, 'it has no pan range');
    if (!(zoomFactor >= 1 && zoomFactor <= lens.maximumOpticalZoom)) {
      throw badInput(`zoomFactor must be from 1 to ${lens.maximumOpticalZoom} for ${model.name}; got ${zoomFactor}.`);
    }
    const reach = this.reachMeters(model, resolveHorizontalFieldOfViewDegrees(lens, { zoomFactor }));
    const { index } = await this.findBuildingsWithinReach(this.dataSource.manager, [{ cameraId: camera.id, location: camera.location, meters: reach }]);
    const coverage = computePtzReachableCoverage<DoriLevel>(this.ptzOf(camera, model, lens), zoomFactor, index, this.ladder);
    return this.toViews(coverage, camera.id);
  }

  /** Each preset's view of a PTZ camera, per DORI level (computed, not stored: presets are few and change). */
  async ptzPresetCoverage(cameraId: string): Promise<{ presetName: string; coverage: CameraCoverageView[] }[]> {
    const { camera, model, lens } = await this.findPtz(cameraId, 'it has no presets');
    if (camera.ptzPresets.length === 0) return [];
    // Buildings as far as the most zoomed-in preset (the narrowest view) reaches at detection density.
    const narrowest = Math.min(...camera.ptzPresets.map((preset) => resolveHorizontalFieldOfViewDegrees(lens, { zoomFactor: preset.zoomFactor })));
    const { index } = await this.findBuildingsWithinReach(this.dataSource.manager, [
      { cameraId: camera.id, location: camera.location, meters: this.reachMeters(model, narrowest) },
    ]);
    const presets = computePtzPresetCoverages<DoriLevel>({ ...this.ptzOf(camera, model, lens), presets: camera.ptzPresets }, index, this.ladder);
    return presets.map(({ presetName, coverage }) => ({ presetName, coverage: this.toViews(coverage, camera.id) }));
  }

  /** A PTZ camera with its model and zoom lens; NOT_FOUND or BAD_USER_INPUT (`why` a fixed camera cannot). */
  private async findPtz(cameraId: string, why: string): Promise<{ camera: Camera; model: CameraModel; lens: ZoomLens }> {
    if (!isUuid(cameraId)) throw notFound('Camera', cameraId);
    const [found] = await this.repository.findCamerasWithModels(this.dataSource.manager, [cameraId]);
    if (!found) throw notFound('Camera', cameraId);
    const { camera, model } = found;
    if (model.kind !== 'ptz') throw badInput(`Camera ${camera.code} is a ${model.kind}, not a PTZ: ${why}.`);
    return { camera, model, lens: zoomLensOf(model) };
  }

  private ptzOf(camera: Camera, model: CameraModel, lens: ZoomLens): PtzCamera {
    return {
      id: camera.id,
      positionMeters: this.projection.toMeters(camera.location.coordinates),
      mountHeightMeters: camera.mountHeightMeters,
      panCenterHeadingDegrees: camera.headingDegrees,
      panRangeDegrees: model.panRangeDegrees ?? 360,
      lens,
      horizontalPixels: model.horizontalPixels,
      verticalPixels: model.verticalPixels,
    };
  }

  /** Black-spot coverage, each black spot from the stored polygons touching it; ordered by black spot id. */
  async blackSpotCoverages(
    selection: CameraSelectionValue,
    filter: { ids?: readonly string[]; zoneId?: string | null } = {},
  ): Promise<BlackSpotCoverageView[]> {
    const manager = this.dataSource.manager;
    if (this.cityAnalyses) {
      const city = await this.cityAnalysis(selection);
      if (filter.zoneId && !(isUuid(filter.zoneId) && city.zones.some((zone) => zone.id === filter.zoneId))) throw notFound('Zone', filter.zoneId);
      const ids = filter.ids ? new Set(filter.ids) : null;
      return city.analyzed
        .filter(({ spot }) => (!ids || ids.has(spot.id)) && (!filter.zoneId || spot.zoneId === filter.zoneId))
        .map(({ view }) => view);
    }
    if (filter.zoneId) {
      if (!isUuid(filter.zoneId) || !(await this.repository.zoneExists(manager, filter.zoneId))) throw notFound('Zone', filter.zoneId);
    }
    const spots = await this.repository.findBlackSpotsForAnalysis(manager, { ids: filter.ids, zoneId: filter.zoneId ?? undefined });
    return (await this.analyze(manager, spots, selection)).map(({ view }) => view);
  }

  /** City and per-zone totals by required level (a black spot counts in the zone holding its representative point). */
  async coverageSummary(selection: CameraSelectionValue): Promise<{ city: CoverageSummaryView; zones: CoverageSummaryView[] }> {
    const { analyzed, zones: zoneRows } = await this.cityAnalysis(selection);
    const aggregation = aggregateBlackSpotCoverage(
      analyzed.map(({ spot, view }) => ({
        blackSpotId: spot.id,
        zoneId: spot.zoneId,
        priority: spot.priority,
        requiredLevel: spot.requiredLevel,
        areaSquareMeters: view.areaSquareMeters,
        coveredAreaSquareMeters: view.coveredAreaSquareMeters,
      })),
      DORI_LEVELS,
    );
    const levelsOfZone = new Map(aggregation.zones.map((zone) => [zone.zoneId, zone.levels]));
    const zones: CoverageSummaryView[] = zoneRows.map((zone) => ({
      zoneId: zone.id,
      zoneName: zone.name,
      levels: withUncovered(levelsOfZone.get(zone.id) ?? []),
    }));
    if (levelsOfZone.has(null)) zones.push({ zoneId: null, zoneName: null, levels: withUncovered(levelsOfZone.get(null) as LevelTotals[]) });
    return { city: { zoneId: null, zoneName: null, levels: withUncovered(aggregation.city) }, zones };
  }

  /** Every black spot analysed for this selection, from the cache when it is on and current. */
  private async cityAnalysis(selection: CameraSelectionValue): Promise<CityAnalysis> {
    const build = async (): Promise<CityAnalysis> => {
      const manager = this.dataSource.manager;
      const analyzed = await this.analyze(manager, await this.repository.findBlackSpotsForAnalysis(manager, {}), selection);
      // With the cache, the cameras too, in one query: loaded once per revision ('coverage' moves with
      // every camera write) instead of once per request by contributingCameras.
      if (!this.cityAnalyses) return { analyzed, zones: await this.repository.findZones(manager) };
      const ids = new Set(analyzed.flatMap(({ view }) => view.contributingCameraIds));
      const cameras = new Map((await this.repository.findCameras(manager, [...ids])).map((camera) => [camera.id, camera]));
      for (const { view } of analyzed) {
        view.contributingCameras = view.contributingCameraIds.flatMap((id) => cameras.get(id) ?? []);
      }
      return { analyzed, zones: await this.repository.findZones(manager) };
    };
    return this.cityAnalyses ? (await this.cityAnalyses.get(selection, build)).value : build();
  }

  private async analyze(
    manager: EntityManager,
    spots: readonly BlackSpotForAnalysis[],
    selection: CameraSelectionValue,
  ): Promise<{ spot: BlackSpotForAnalysis; view: BlackSpotCoverageView }[]> {
    const touching = await this.repository.findCoverageTouchingBlackSpots(manager, spots.map((spot) => spot.id), selection);
    const coveragesBySpot = new Map<string, CoreCameraCoverage[]>();
    for (const row of touching) {
      const coverage = coverageFromStoredArea(row.cameraId, row.level, row.area, this.projection);
      if (!coverage) continue;
      for (const blackSpotId of row.blackSpotIds) {
        const list = coveragesBySpot.get(blackSpotId) ?? [];
        list.push(coverage);
        coveragesBySpot.set(blackSpotId, list);
      }
    }
    return spots.map((spot) => {
      const result = analyzeBlackSpot(
        { id: spot.id, polygon: projectPolygon(spot.boundary, this.projection), requiredLevel: spot.requiredLevel },
        coveragesBySpot.get(spot.id) ?? [],
      );
      return {
        spot,
        view: {
          blackSpotId: spot.id,
          requiredLevel: spot.requiredLevel,
          areaSquareMeters: result.areaSquareMeters,
          coveredAreaSquareMeters: result.coveredAreaSquareMeters,
          coveredFraction: result.coveredFraction,
          uncovered: roundMultiPolygon(regionToGeoJson(result.uncovered, this.projection)),
          contributingCameraIds: [...result.contributingCameraIds].sort(),
        },
      };
    });
  }
}

/** Ids and versions of the buildings in reach, order-independent. */
function digestOf(buildings: readonly Pick<BuildingWithinReach, 'id' | 'version'>[]): string {
  const hash = createHash('sha1');
  for (const building of [...buildings].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) hash.update(`${building.id}:${building.version};`);
  return hash.digest('hex');
}

export type CoverageStaleReason =
  | 'missing'
  | 'camera_changed'
  | 'model_changed'
  | 'buildings_changed'
  | 'ladder_changed'
  | 'projection_changed'
  | 'decommissioned_with_coverage'
  | 'parameters_invalid';

export interface StaleCameraCoverageView {
  cameraId: string;
  cameraCode: string;
  reasons: CoverageStaleReason[];
}

export interface CoverageFreshnessView {
  checkedCameraCount: number;
  currentCount: number;
  stale: StaleCameraCoverageView[];
  checkedAt: Date;
}

/** Why a camera's stored coverage no longer matches its inputs (empty: it is current). */
export function staleCoverageReasons(
  stored: CoverageInputs | undefined,
  now: Omit<CoverageInputs, 'buildingCount'> & { decommissioned: boolean },
): CoverageStaleReason[] {
  if (now.decommissioned) return stored ? ['decommissioned_with_coverage'] : [];
  if (!stored) return ['missing'];
  const reasons: CoverageStaleReason[] = [];
  if (stored.cameraVersion !== now.cameraVersion) reasons.push('camera_changed');
  if (stored.modelId !== now.modelId || stored.modelVersion !== now.modelVersion) reasons.push('model_changed');
  if (stored.buildingsDigest !== now.buildingsDigest) reasons.push('buildings_changed');
  if (stored.ladder !== now.ladder) reasons.push('ladder_changed');
  if (stored.projectedSrid !== now.projectedSrid) reasons.push('projection_changed');
  return reasons;
}
