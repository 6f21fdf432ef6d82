import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import type { MultiPolygon, Point, Polygon } from 'geojson';
import type { DoriLevel } from '../core/domain';
import { Camera } from '../cameras/camera.entity';
import { CameraModel } from '../camera-models/camera-model.entity';
import type { CoverageInputs } from './camera-coverage.entity';

/** Which cameras count in a black-spot analysis. */
export type CameraSelectionValue = 'planned' | 'live';

export interface BuildingWithinReach {
  id: string;
  version: number;
  heightMeters: number | null;
  footprint: MultiPolygon;
}

/** A camera's reach for the building lookup: buildings within `meters` of `location` matter to it. */
export interface ReachProbe {
  cameraId: string;
  location: Point;
  meters: number;
}

export interface StoredCoverageRow {
  cameraId: string;
  level: DoriLevel;
  area: MultiPolygon;
  areaSquareMeters: number;
  nearMeters: number | null;
  farMeters: number | null;
  unavailableReason: string | null;
  computedFrom: CoverageInputs;
}

export interface BlackSpotForAnalysis {
  id: string;
  requiredLevel: DoriLevel;
  priority: number;
  boundary: Polygon;
  /** The zone holding the black spot's representative point (ST_PointOnSurface), if any. */
  zoneId: string | null;
}

export interface CoverageTouchingBlackSpots {
  /** camera_coverage row id. */
  id: string;
  cameraId: string;
  level: DoriLevel;
  area: MultiPolygon;
  blackSpotIds: string[];
}

const METERS_PER_DEGREE = 111_320;

/** Half-size in degrees of an envelope that surely holds a `meters` circle (the longitude axis is the wider). */
function envelopeDegrees(location: Point, meters: number): number {
  return (meters / (METERS_PER_DEGREE * Math.max(0.05, Math.cos((location.coordinates[1] * Math.PI) / 180)))) * 1.02 + 1e-5;
}

/** SQL condition on `camera` (alias `cam`) for a camera selection. */
function selectionCondition(selection: CameraSelectionValue): string {
  return selection === 'live' ? `cam.status = 'commissioned'` : `cam.status <> 'decommissioned'`;
}

/**
 * Every SQL the coverage feature runs, each method named for what it finds or writes. Stateless:
 * every method takes the EntityManager to use, so that writes and the reads they depend on run in
 * the caller's transaction (the embedded database has a pool of one connection).
 */
@Injectable()
export class CoverageRepository {
  async findCameras(manager: EntityManager, cameraIds: readonly string[]): Promise<Camera[]> {
    return cameraIds.length === 0 ? [] : manager.find(Camera, { where: { id: In([...cameraIds]) } });
  }

  async findCamerasWithModels(manager: EntityManager, cameraIds: readonly string[]): Promise<{ camera: Camera; model: CameraModel }[]> {
    if (cameraIds.length === 0) return [];
    const cameras = await manager.find(Camera, { where: { id: In([...cameraIds]) }, order: { id: 'ASC' } });
    const models = await this.findModelsByIds(manager, [...new Set(cameras.map((camera) => camera.modelId))]);
    return cameras.map((camera) => ({ camera, model: models.get(camera.modelId) as CameraModel }));
  }

  async findModelsByIds(manager: EntityManager, modelIds: readonly string[]): Promise<Map<string, CameraModel>> {
    if (modelIds.length === 0) return new Map();
    const models = await manager.find(CameraModel, { where: { id: In([...modelIds]) } });
    return new Map(models.map((model) => [model.id, model]));
  }

  async findCameraIdsOfModel(manager: EntityManager, modelId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query('SELECT id FROM camera WHERE model_id = $1 ORDER BY id', [modelId]);
    return rows.map((row) => row.id);
  }

  async findAllCameraIds(manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query('SELECT id FROM camera ORDER BY id');
    return rows.map((row) => row.id);
  }

  async findExistingCameraIds(manager: EntityManager, cameraIds: readonly string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await manager.query('SELECT id FROM camera WHERE id = ANY($1::uuid[])', [[...cameraIds]]);
    return new Set(rows.map((row) => row.id));
  }

  /** What each camera's stored coverage was computed from (every level row of a camera holds the same). */
  async findStoredInputs(manager: EntityManager): Promise<Map<string, CoverageInputs>> {
    const rows: { camera_id: string; computed_from: CoverageInputs }[] = await manager.query(
      'SELECT DISTINCT ON (camera_id) camera_id, computed_from FROM camera_coverage ORDER BY camera_id, level',
    );
    return new Map(rows.map((row) => [row.camera_id, row.computed_from]));
  }

  /**
   * For many cameras at once, every footprint whose bounding box meets some camera's reach envelope
   * (a square in degrees, generous on both axes, on the GiST index), each once, ordered by id:
   * candidates only. Which camera each one is in reach of is decided by the caller, in metres, on the
   * projected footprints it needs anyway: a geodesic ST_DWithin per (camera, building) pair made this
   * query ~10x slower (400 ms for 500 cameras), and returning the pairs cost as much again.
   */
  async findBuildingsNear(manager: EntityManager, probes: readonly ReachProbe[]): Promise<BuildingWithinReach[]> {
    if (probes.length === 0) return [];
    const rows: { id: string; version: number; height_meters: number | null; footprint: string }[] = await manager.query(
      `SELECT b.id, b.version, b.height_meters, ST_AsGeoJSON(b.footprint) AS footprint
         FROM building b
        WHERE b.id IN (SELECT near.id
                         FROM unnest($1::float8[], $2::float8[], $3::float8[]) AS probe(lon, lat, degrees)
                         JOIN building near ON near.footprint && ST_Expand(ST_SetSRID(ST_MakePoint(probe.lon, probe.lat), 4326), probe.degrees))
        ORDER BY b.id`,
      [
        probes.map((probe) => probe.location.coordinates[0]),
        probes.map((probe) => probe.location.coordinates[1]),
        probes.map((probe) => envelopeDegrees(probe.location, probe.meters)),
      ],
    );
    return rows.map((row) => ({ id: row.id, version: row.version, heightMeters: row.height_meters, footprint: JSON.parse(row.footprint) as MultiPolygon }));
  }

  /** The (model, focal length) pairs of the cameras not decommissioned: their reach is computed once per pair. */
  async findOpticsInUse(manager: EntityManager): Promise<{ modelId: string; focalLengthMm: number | null }[]> {
    const rows: { model_id: string; focal_length_mm: number | null }[] = await manager.query(
      `SELECT DISTINCT model_id, focal_length_mm FROM camera WHERE status <> 'decommissioned' ORDER BY model_id, focal_length_mm`,
    );
    return rows.map((row) => ({ modelId: row.model_id, focalLengthMm: row.focal_length_mm }));
  }

  /**
   * Cameras (not decommissioned) whose reach comes within any of the given footprints: `reaches` gives
   * the reach in metres of each (model, focal length) pair, computed by the caller from the optics core
   * (no optics formula lives in SQL); the distance is planar in the deployment's projected CRS, as the
   * buildings-in-reach test that decides what a camera's coverage is computed from.
   */
  async findCamerasWithinReachOf(
    manager: EntityManager,
    footprints: readonly (Polygon | MultiPolygon)[],
    reaches: readonly { modelId: string; focalLengthMm: number | null; meters: number }[],
    projectedSrid: number,
  ): Promise<string[]> {
    if (footprints.length === 0 || reaches.length === 0) return [];
    const projected = (geometry: string) => `ST_Transform(${geometry}, ${Math.trunc(projectedSrid)})`;
    const rows: { id: string }[] = await manager.query(
      // Footprints parsed and projected once (MATERIALIZED: an undo passes thousands), then, as for stored
      // buildings, a box of each camera's reach in degrees (10 % wider than any metre-to-degree error)
      // before the planar distance decides.
      `WITH changed AS MATERIALIZED (
              SELECT footprint, ${projected('footprint')} AS projected
                FROM (SELECT ST_SetSRID(ST_GeomFromGeoJSON(geojson), 4326) AS footprint FROM unnest($1::text[]) AS geojson) AS parsed
            ),
            reach AS (
              SELECT * FROM unnest($2::uuid[], $3::float8[], $4::float8[]) AS r(model_id, focal_length_mm, meters)
            )
       SELECT cam.id
         FROM camera cam
         JOIN reach ON reach.model_id = cam.model_id AND reach.focal_length_mm IS NOT DISTINCT FROM cam.focal_length_mm
        WHERE cam.status <> 'decommissioned'
          AND EXISTS (
            SELECT 1 FROM changed
             WHERE changed.footprint && ST_Expand(cam.location, 1.1 * reach.meters / (111000 * greatest(0.01, cos(radians(ST_Y(cam.location))))), 1.1 * reach.meters / 110000)
               AND ST_DWithin(${projected('cam.location')}, changed.projected, reach.meters))
        ORDER BY cam.id`,
      [
        footprints.map((footprint) => JSON.stringify(footprint)),
        reaches.map((reach) => reach.modelId),
        reaches.map((reach) => reach.focalLengthMm),
        reaches.map((reach) => reach.meters),
      ],
    );
    return rows.map((row) => row.id);
  }

  /**
   * As findCamerasWithinReachOf, for buildings already stored: those with the given source ids (their footprints
   * before a bulk update), or those written by the current transaction (`updated_at = now()`, the transaction's
   * start: what a bulk import just inserted or changed). Each camera looks up the GiST index with a box of its
   * reach in degrees (10 % wider than any metre-to-degree error), then the planar distance decides.
   */
  async findCamerasWithinReachOfStoredBuildings(
    manager: EntityManager,
    buildings: { sourceIds: readonly string[] } | 'written-in-this-transaction',
    reaches: readonly { modelId: string; focalLengthMm: number | null; meters: number }[],
    projectedSrid: number,
  ): Promise<string[]> {
    if (reaches.length === 0 || (buildings !== 'written-in-this-transaction' && buildings.sourceIds.length === 0)) return [];
    const srid = Math.trunc(projectedSrid);
    const filter = buildings === 'written-in-this-transaction' ? 'b.updated_at = now()' : 'b.source_id = ANY($4::text[])';
    const rows: { id: string }[] = await manager.query(
      `WITH reach AS (SELECT * FROM unnest($1::uuid[], $2::float8[], $3::float8[]) AS r(model_id, focal_length_mm, meters))
       SELECT cam.id
         FROM camera cam
         JOIN reach ON reach.model_id = cam.model_id AND reach.focal_length_mm IS NOT DISTINCT FROM cam.focal_length_mm
        WHERE cam.status <> 'decommissioned'
          AND EXISTS (
            SELECT 1 FROM building b
             WHERE ${filter}
               AND b.footprint && ST_Expand(cam.location, 1.1 * reach.meters / (111000 * greatest(0.01, cos(radians(ST_Y(cam.location))))), 1.1 * reach.meters / 110000)
               AND ST_DWithin(ST_Transform(cam.location, ${srid}), ST_Transform(b.footprint, ${srid}), reach.meters))
        ORDER BY cam.id`,
      [
        reaches.map((reach) => reach.modelId),
        reaches.map((reach) => reach.focalLengthMm),
        reaches.map((reach) => reach.meters),
        ...(buildings === 'written-in-this-transaction' ? [] : [[...buildings.sourceIds]]),
      ],
    );
    return rows.map((row) => row.id);
  }

  async deleteCoverageOf(manager: EntityManager, cameraIds: readonly string[]): Promise<void> {
    if (cameraIds.length === 0) return;
    await manager.query('DELETE FROM camera_coverage WHERE camera_id = ANY($1::uuid[])', [[...cameraIds]]);
  }

  /**
   * Writes coverage rows (callers delete the cameras' old rows first). A polygon that reprojection
   * made invalid by a hair is repaired by PostGIS rather than refused by the table's CHECK.
   */
  async insertCoverage(manager: EntityManager, rows: readonly StoredCoverageRow[]): Promise<void> {
    for (let start = 0; start < rows.length; start += 200) {
      const values: unknown[] = [];
      const tuples = rows.slice(start, start + 200).map((row) => {
        const p = (value: unknown) => `$${values.push(value)}`;
        return `(${p(row.cameraId)}::uuid, ${p(row.level)}::dori_level, ${p(JSON.stringify(row.area))}, ${p(row.areaSquareMeters)}::float8,
                 ${p(row.nearMeters)}::float8, ${p(row.farMeters)}::float8, ${p(row.unavailableReason)}::varchar, ${p(JSON.stringify(row.computedFrom))}::jsonb)`;
      });
      await manager.query(
        `INSERT INTO camera_coverage (camera_id, level, area, area_square_meters, near_meters, far_meters, unavailable_reason, computed_from)
         SELECT camera_id, level,
                CASE WHEN ST_IsValid(g) THEN g ELSE ST_Multi(ST_CollectionExtract(ST_MakeValid(g), 3)) END,
                area_square_meters, near_meters, far_meters, unavailable_reason, computed_from
           FROM (SELECT v.camera_id, v.level, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(v.area), 4326)) AS g, v.area_square_meters,
                        v.near_meters, v.far_meters, v.unavailable_reason, v.computed_from
                   FROM (VALUES ${tuples.join(', ')}) AS v(camera_id, level, area, area_square_meters, near_meters, far_meters, unavailable_reason, computed_from)
                ) AS input`,
        values,
      );
    }
  }

  /** Black spots to analyse (all when ids is null), with the zone holding each one's representative point. */
  async findBlackSpotsForAnalysis(
    manager: EntityManager,
    filter: { ids?: readonly string[]; zoneId?: string },
  ): Promise<BlackSpotForAnalysis[]> {
    const conditions: string[] = [];
    const parameters: unknown[] = [];
    if (filter.ids) conditions.push(`b.id = ANY($${parameters.push([...filter.ids])}::uuid[])`);
    const rows: { id: string; required_level: DoriLevel; priority: number; boundary: string; zone_id: string | null }[] = await manager.query(
      `SELECT * FROM (
         SELECT b.id, b.required_level, b.priority, ST_AsGeoJSON(b.boundary) AS boundary,
                (SELECT z.id FROM zone z WHERE ST_Intersects(z.boundary, ST_PointOnSurface(b.boundary)) ORDER BY z.code, z.id LIMIT 1) AS zone_id
           FROM black_spot b
          ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
       ) AS spots
       ${filter.zoneId ? `WHERE zone_id = $${parameters.push(filter.zoneId)}::uuid` : ''}
       ORDER BY id`,
      parameters,
    );
    return rows.map((row) => ({
      id: row.id,
      requiredLevel: row.required_level,
      priority: row.priority,
      boundary: JSON.parse(row.boundary) as Polygon,
      zoneId: row.zone_id,
    }));
  }

  /**
   * Stored coverage polygons at each black spot's required level whose bounding box touches the
   * black spot (&& on the GiST index), for the selected cameras; each polygon once, with the black
   * spots it touches.
   */
  async findCoverageTouchingBlackSpots(
    manager: EntityManager,
    blackSpotIds: readonly string[],
    selection: CameraSelectionValue,
  ): Promise<CoverageTouchingBlackSpots[]> {
    if (blackSpotIds.length === 0) return [];
    const rows: { id: string; camera_id: string; level: DoriLevel; area: string; black_spot_ids: string[] }[] = await manager.query(
      `SELECT c.id, c.camera_id, c.level, ST_AsGeoJSON(c.area) AS area, array_agg(b.id::text ORDER BY b.id) AS black_spot_ids
         FROM black_spot b
         JOIN camera_coverage c ON c.area && b.boundary AND c.level = b.required_level
         JOIN camera cam ON cam.id = c.camera_id
        WHERE b.id = ANY($1::uuid[]) AND ${selectionCondition(selection)} AND NOT ST_IsEmpty(c.area)
        GROUP BY c.id
        ORDER BY c.camera_id`,
      [[...blackSpotIds]],
    );
    return rows.map((row) => ({
      id: row.id,
      cameraId: row.camera_id,
      level: row.level,
      area: JSON.parse(row.area) as MultiPolygon,
      blackSpotIds: row.black_spot_ids,
    }));
  }

  async findZones(manager: EntityManager): Promise<{ id: string; name: string }[]> {
    return manager.query('SELECT id, name FROM zone ORDER BY name, id');
  }

  async zoneExists(manager: EntityManager, zoneId: string): Promise<boolean> {
    const rows = await manager.query('SELECT 1 FROM zone WHERE id = $1', [zoneId]);
    return rows.length > 0;
  }
}
