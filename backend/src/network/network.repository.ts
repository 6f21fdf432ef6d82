import type { DataSource, EntityManager } from 'typeorm';
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { AssetStatus, DoriLevel, EndpointKind } from '../core/domain';
import type {
  Camera,
  FiberRun,
  NetworkElementKind,
  NetworkNode,
  Pole,
  PowerFeed,
  PowerSource,
} from '../core/network';
import { isUuid } from '../common/uuid';

/** Row shapes the network service reads; each has the code shown to people. */
export interface CodedRows {
  networkNodes: (NetworkNode & { code: string })[];
  poles: (Pole & { code: string })[];
  cameras: (Camera & { code: string; modelPriceMad: number })[];
  fiberRuns: (FiberRun & { code: string })[];
  powerSources: (PowerSource & { code: string })[];
  powerFeeds: (PowerFeed & { code: string })[];
}

export interface BlackSpotRow {
  id: string;
  code: string;
  name: string;
  priority: number;
  requiredLevel: DoriLevel;
  boundary: Polygon;
}

export interface CoverageOverBlackSpotRow {
  blackSpotId: string;
  cameraId: string;
  area: MultiPolygon;
}

export interface ZoneRow {
  id: string;
  code: string;
  name: string;
}

export const ELEMENT_TABLES: Record<NetworkElementKind, string> = {
  network_node: 'network_node',
  pole: 'pole',
  camera: 'camera',
  fiber_run: 'fiber_run',
  power_source: 'power_source',
  power_feed: 'power_feed',
};


const endpoint = (kind: EndpointKind, id: string | null) => (id ? { kind, id } : null);
const position = (row: { lon: number; lat: number }): Position => [row.lon, row.lat];

/**
 * The SQL the network features need, one method per question. Geometry comes back as GeoJSON in
 * EPSG:4326 (points as lon/lat numbers, lines as parsed GeoJSON); nothing is cached between calls.
 */
export class NetworkRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** Every node, pole, camera (with its model's power draw and price), run, source and feed, each with its existing flag. */
  async findNetworkRows(): Promise<CodedRows> {
    const m = this.manager;
    const nodes = await m.query(
      `SELECT id, code, kind, status, existing, port_count, strand_capacity, power_draw_watts, ups_autonomy_minutes,
              ST_X(location) AS lon, ST_Y(location) AS lat FROM network_node`,
    );
    const poles = await m.query(
      `SELECT id, code, kind, status, existing, ups_autonomy_minutes, ST_X(location) AS lon, ST_Y(location) AS lat FROM pole`,
    );
    const cameras = await m.query(
      `SELECT c.id, c.code, c.status, c.existing, c.pole_id, c.ups_autonomy_minutes, ST_X(c.location) AS lon, ST_Y(c.location) AS lat,
              m.code AS model_code, m.kind AS model_kind, m.power_draw_watts, m.unit_price_mad
         FROM camera c JOIN camera_model m ON m.id = c.model_id`,
    );
    const runs = await m.query(
      `SELECT id, code, status, existing, strand_count, cable_type, install_method, length_meters, ST_AsGeoJSON(path) AS path,
              from_network_node_id, from_pole_id, from_camera_id, to_network_node_id, to_pole_id, to_camera_id
         FROM fiber_run`,
    );
    const sources = await m.query(
      `SELECT id, code, kind, status, existing, capacity_watts, voltage, ST_X(location) AS lon, ST_Y(location) AS lat FROM power_source`,
    );
    const feeds = await m.query(
      `SELECT id, code, status, existing, capacity_watts, voltage, switched, install_method, length_meters, ST_AsGeoJSON(path) AS path,
              from_power_source_id, to_network_node_id, to_pole_id, to_camera_id
         FROM power_feed`,
    );
    return {
      networkNodes: nodes.map((row: any) => ({
        id: row.id, code: row.code, kind: row.kind, status: row.status as AssetStatus, existing: row.existing, location: position(row),
        portCount: row.port_count, strandCapacity: row.strand_capacity, upsAutonomyMinutes: row.ups_autonomy_minutes,
        powerDrawWatts: row.power_draw_watts,
      })),
      poles: poles.map((row: any) => ({
        id: row.id, code: row.code, kind: row.kind, status: row.status, existing: row.existing, location: position(row), upsAutonomyMinutes: row.ups_autonomy_minutes,
      })),
      cameras: cameras.map((row: any) => ({
        id: row.id, code: row.code, status: row.status, existing: row.existing, location: position(row), poleId: row.pole_id,
        powerDrawWatts: row.power_draw_watts, model: row.model_code, kind: row.model_kind, modelPriceMad: row.unit_price_mad,
        upsAutonomyMinutes: row.ups_autonomy_minutes,
      })),
      fiberRuns: runs.map((row: any) => ({
        id: row.id, code: row.code, status: row.status, existing: row.existing, path: JSON.parse(row.path) as LineString,
        strandCount: row.strand_count, cableType: row.cable_type, installMethod: row.install_method, lengthMeters: row.length_meters,
        from: endpoint('network_node', row.from_network_node_id) ?? endpoint('pole', row.from_pole_id) ?? endpoint('camera', row.from_camera_id),
        to: endpoint('network_node', row.to_network_node_id) ?? endpoint('pole', row.to_pole_id) ?? endpoint('camera', row.to_camera_id),
      })),
      powerSources: sources.map((row: any) => ({
        id: row.id, code: row.code, kind: row.kind, status: row.status, existing: row.existing, location: position(row),
        capacityWatts: row.capacity_watts, voltage: row.voltage,
      })),
      powerFeeds: feeds.map((row: any) => ({
        id: row.id, code: row.code, status: row.status, existing: row.existing, path: JSON.parse(row.path) as LineString,
        capacityWatts: row.capacity_watts, voltage: row.voltage, switched: row.switched, installMethod: row.install_method,
        lengthMeters: row.length_meters,
        from: endpoint('power_source', row.from_power_source_id),
        to: endpoint('network_node', row.to_network_node_id) ?? endpoint('pole', row.to_pole_id) ?? endpoint('camera', row.to_camera_id),
      })),
    };
  }

  /** The ids among `ids` that name no row of the kind's table (malformed ids count as missing). */
  async findMissingIds(kind: NetworkElementKind, ids: readonly string[]): Promise<string[]> {
    const wellFormed = ids.filter((id) => isUuid(id));
    const found: { id: string }[] = wellFormed.length
      ? await this.manager.query(`SELECT id FROM "${ELEMENT_TABLES[kind]}" WHERE id = ANY($1::uuid[])`, [wellFormed])
      : [];
    const present = new Set(found.map((row) => row.id));
    return ids.filter((id) => !present.has(id));
  }

  /** Where an endpoint (node, pole, camera, source) stands, or null when it does not exist. */
  async findEndpointLocation(kind: EndpointKind, id: string): Promise<{ location: Position; code: string } | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.manager.query(
      `SELECT code, ST_X(location) AS lon, ST_Y(location) AS lat FROM "${ELEMENT_TABLES[kind]}" WHERE id = $1`,
      [id],
    );
    return row ? { location: position(row), code: row.code } : null;
  }

  /** Power drawn by the cameras a pole carries (watts), for a power route to the pole. */
  async findPowerDrawOfCamerasOnPole(poleId: string): Promise<number> {
    const [row] = await this.manager.query(
      `SELECT coalesce(sum(m.power_draw_watts), 0)::float8 AS watts
         FROM camera c JOIN camera_model m ON m.id = c.model_id
        WHERE c.pole_id = $1 AND c.status <> 'decommissioned'`,
      [poleId],
    );
    return row.watts;
  }

  async findBlackSpots(): Promise<BlackSpotRow[]> {
    const rows = await this.manager.query(
      `SELECT id, code, name, priority, required_level, ST_AsGeoJSON(boundary) AS boundary FROM black_spot ORDER BY code`,
    );
    return rows.map((row: any) => ({
      id: row.id, code: row.code, name: row.name, priority: row.priority, requiredLevel: row.required_level,
      boundary: JSON.parse(row.boundary) as Polygon,
    }));
  }

  /**
   * Stored camera coverage at each black spot's required level, for the coverage rows that touch the
   * spot, limited to cameras in the given statuses (and, when given, to some black spots or cameras).
   */
  async findCoverageOverBlackSpots(
    cameraStatuses: readonly AssetStatus[],
    filter: { blackSpotIds?: readonly string[]; touchingCameraIds?: readonly string[] } = {},
  ): Promise<CoverageOverBlackSpotRow[]> {
    const parameters: unknown[] = [cameraStatuses];
    let where = '';
    if (filter.blackSpotIds) {
      parameters.push(filter.blackSpotIds);
      where += ` AND b.id = ANY($${parameters.length}::uuid[])`;
    }
    if (filter.touchingCameraIds) {
      // Only black spots that one of these cameras covers at their required level.
      parameters.push(filter.touchingCameraIds);
      where += ` AND b.id IN (SELECT b2.id FROM black_spot b2 JOIN camera_coverage c2
                               ON c2.level = b2.required_level AND ST_Intersects(c2.area, b2.boundary)
                            WHERE c2.camera_id = ANY($${parameters.length}::uuid[]))`;
    }
    const rows = await this.manager.query(
      `SELECT b.id AS black_spot_id, cc.camera_id, ST_AsGeoJSON(cc.area) AS area
         FROM black_spot b
         JOIN camera_coverage cc ON cc.level = b.required_level AND ST_Intersects(cc.area, b.boundary)
         JOIN camera c ON c.id = cc.camera_id
        WHERE c.status::text = ANY($1::text[]) AND NOT ST_IsEmpty(cc.area) ${where}`,
      parameters,
    );
    return rows.map((row: any) => ({ blackSpotId: row.black_spot_id, cameraId: row.camera_id, area: JSON.parse(row.area) }));
  }

  async findZones(): Promise<ZoneRow[]> {
    return this.manager.query(`SELECT id, code, name FROM zone ORDER BY code`);
  }

  /**
   * The zone each element belongs to (ST_Intersects with the zone boundary): a point in several zones
   * goes to the first by code; a line belongs where its midpoint is (first zone by code).
   */
  async findZoneOfEachElement(): Promise<{ zoneId: string; kind: NetworkElementKind; id: string }[]> {
    const pointTables: NetworkElementKind[] = ['camera', 'pole', 'network_node', 'power_source'];
    const lineTables: NetworkElementKind[] = ['fiber_run', 'power_feed'];
    const parts = [
      ...pointTables.map(
        (kind) => `(SELECT DISTINCT ON (e.id) '${kind}' AS kind, e.id, z.id AS zone_id
                      FROM "${ELEMENT_TABLES[kind]}" e JOIN zone z ON ST_Intersects(e.location, z.boundary)
                     ORDER BY e.id, z.code)`,
      ),
      ...lineTables.map(
        (kind) => `(SELECT DISTINCT ON (e.id) '${kind}' AS kind, e.id, z.id AS zone_id
                      FROM "${ELEMENT_TABLES[kind]}" e JOIN zone z ON ST_Intersects(ST_LineInterpolatePoint(e.path, 0.5), z.boundary)
                     ORDER BY e.id, z.code)`,
      ),
    ];
    const rows = await this.manager.query(parts.join(' UNION ALL '));
    return rows.map((row: any) => ({ zoneId: row.zone_id, kind: row.kind, id: row.id }));
  }
}
