import type { EntityManager } from 'typeorm';
import type { MultiPolygon, Polygon } from 'geojson';

/**
 * What the writers of cameras, camera models and buildings need from the coverage feature: keeping
 * stored coverage current inside their own transaction. They depend on this interface, injected by its
 * token; the coverage feature (which reads cameras, models and buildings) provides it. So coverage
 * depends on them and never the other way round (no import cycle between the folders).
 */
export const COVERAGE_MAINTENANCE = Symbol('COVERAGE_MAINTENANCE');

export interface CoverageMaintenance<LoadedCamera = unknown> {
  /** Recomputes the coverage of cameras the caller has just written and read back. */
  recomputeLoadedCameras(manager: EntityManager, cameras: readonly LoadedCamera[]): Promise<number>;
  /** Keeps a camera's stored coverage current across a write that changed nothing it depends on (status). */
  carryOverCoverage(manager: EntityManager, cameraId: string, fromVersion: number, toVersion: number): Promise<void>;
  /** Recomputes every camera of a camera model. */
  recomputeCamerasOfModel(manager: EntityManager, modelId: string): Promise<number>;
  /** Recomputes every camera whose reach comes near one of these (old or new) footprints. */
  recomputeCamerasNearFootprints(manager: EntityManager, footprints: readonly (Polygon | MultiPolygon | null | undefined)[]): Promise<number>;
  /** The cameras whose reach comes near stored buildings: with these source ids, or written by the current transaction (bulk imports). */
  findCamerasNearStoredBuildings(manager: EntityManager, buildings: { sourceIds: readonly string[] } | 'written-in-this-transaction'): Promise<string[]>;
  /** Recomputes these cameras (ids), as one batch. */
  recomputeCameras(manager: EntityManager, cameraIds: readonly string[]): Promise<number>;
}
