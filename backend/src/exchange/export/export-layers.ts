import type { Geometry } from 'geojson';
import type { EntityManager } from 'typeorm';
import type { BlackSpotCoverageView } from '../../coverage/coverage.service';
import type { ResolvedScope } from '../../report/design-report.service';

/** Every layer a GIS user can take out of Vigie. */
export const EXPORT_LAYERS = [
  'cameras', 'poles', 'network_nodes', 'fiber_runs', 'power_sources', 'power_feeds', 'black_spots', 'zones', 'buildings', 'coverage', 'uncovered',
] as const;
export type ExportLayer = (typeof EXPORT_LAYERS)[number];

export type AttributeValue = string | number | boolean | null;
export type FieldType = 'string' | 'integer' | 'real' | 'boolean';

export interface ExportFeature {
  geometry: Geometry;
  properties: Record<string, AttributeValue>;
}

export interface ExportTable {
  layer: ExportLayer;
  /** GDAL's geometry type for the layer (-nlt): a Shapefile holds one. */
  geometryType: 'POINT' | 'LINESTRING' | 'POLYGON' | 'MULTIPOLYGON';
  /** Attribute names (at most 10 characters: a Shapefile's limit, so every format carries the same names) and types, in order. */
  fields: readonly { name: string; type: FieldType }[];
  features: ExportFeature[];
}

/** What the export of a layer may filter on besides the scope: the ids of a selection. */
export interface ExportFilter {
  scope: ResolvedScope;
  /** Only these records (for coverage: these cameras; for uncovered: these black spots). */
  ids: readonly string[] | null;
  /** The black spots in scope with their coverage (black_spots and uncovered layers). */
  blackSpots: () => Promise<BlackSpotCoverageView[]>;
  /** The cameras in scope (coverage layer). */
  cameraIds: () => Promise<string[]>;
}

type Field = { name: string; type: FieldType; sql: string };
const f = (name: string, type: FieldType, sql: string): Field => ({ name, type, sql });

const ASSET_STATE = [f('id', 'string', 't.id::text'), f('code', 'string', 't.code'), f('status', 'string', 't.status::text'), f('existing', 'boolean', 't.existing')];
const coverageOf = (level: string, name: string) =>
  f(name, 'real', `(SELECT cc.area_square_meters FROM camera_coverage cc WHERE cc.camera_id = t.id AND cc.level::text = '${level}' LIMIT 1)`);

/** Physical assets: one table each, scoped by zone (intersecting it) or by package membership. */
const ASSET_LAYERS: Partial<Record<ExportLayer, { table: string; assetType: string; geometry: string; geometryType: ExportTable['geometryType']; joins?: string; fields: Field[] }>> = {
  cameras: {
    table: 'camera', assetType: 'camera', geometry: 'location', geometryType: 'POINT',
    joins: 'JOIN camera_model m ON m.id = t.model_id LEFT JOIN pole p ON p.id = t.pole_id',
    fields: [
      ...ASSET_STATE, f('name', 'string', 't.name'), f('model', 'string', 'm.code'), f('model_name', 'string', 'm.name'), f('cam_kind', 'string', 'm.kind::text'),
      f('pole', 'string', 'p.code'), f('heading', 'real', 't.heading_degrees'), f('tilt', 'real', 't.tilt_degrees'), f('height_m', 'real', 't.mount_height_meters'),
      f('focal_mm', 'real', 't.focal_length_mm'),
      coverageOf('detection', 'det_m2'), coverageOf('observation', 'obs_m2'), coverageOf('recognition', 'rec_m2'), coverageOf('identification', 'idf_m2'),
    ],
  },
  poles: {
    table: 'pole', assetType: 'pole', geometry: 'location', geometryType: 'POINT',
    fields: [...ASSET_STATE, f('kind', 'string', 't.kind::text'), f('height_m', 'real', 't.height_meters'), f('owner', 'string', 't.owner')],
  },
  network_nodes: {
    table: 'network_node', assetType: 'network_node', geometry: 'location', geometryType: 'POINT',
    fields: [...ASSET_STATE, f('name', 'string', 't.name'), f('kind', 'string', 't.kind::text'), f('ports', 'integer', 't.port_count'), f('strands', 'integer', 't.strand_capacity')],
  },
  fiber_runs: {
    table: 'fiber_run', assetType: 'fiber_run', geometry: 'path', geometryType: 'LINESTRING',
    fields: [
      ...ASSET_STATE, f('cable_type', 'string', 't.cable_type::text'), f('install', 'string', 't.install_method::text'), f('strands', 'integer', 't.strand_count'),
      f('length_m', 'real', 't.length_meters'),
    ],
  },
  power_sources: {
    table: 'power_source', assetType: 'power_source', geometry: 'location', geometryType: 'POINT',
    fields: [...ASSET_STATE, f('name', 'string', 't.name'), f('kind', 'string', 't.kind::text'), f('capacity_w', 'real', 't.capacity_watts'), f('voltage', 'real', 't.voltage')],
  },
  power_feeds: {
    table: 'power_feed', assetType: 'power_feed', geometry: 'path', geometryType: 'LINESTRING',
    fields: [
      ...ASSET_STATE, f('capacity_w', 'real', 't.capacity_watts'), f('voltage', 'real', 't.voltage'), f('switched', 'boolean', 't.switched'),
      f('install', 'string', 't.install_method::text'), f('length_m', 'real', 't.length_meters'),
    ],
  },
};

/** Builds `WHERE` conditions with numbered parameters. */
class Conditions {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];
  add(sql: (placeholder: string) => string, value: unknown): void {
    this.params.push(value);
    this.parts.push(sql(`$${this.params.length}`));
  }
  get where(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}

/** The area a zone or package scope covers, as SQL on a parameter, or null for the city. */
function scopeArea(scope: ResolvedScope): string | null {
  return scope.area ? JSON.stringify(scope.area) : null;
}

async function selectRows(manager: EntityManager, sql: string, fields: readonly Field[], geometrySql: string, conditions: Conditions, orderBy: string) {
  const rows: Record<string, unknown>[] = await manager.query(
    `${sql.replace('$FIELDS', `${fields.map((field) => `${field.sql} AS "${field.name}"`).join(', ')}, ST_AsGeoJSON(${geometrySql}, 9) AS "__geometry"`)} ${conditions.where} ORDER BY ${orderBy}`,
    conditions.params,
  );
  return rows.map((row) => ({
    geometry: JSON.parse(String(row.__geometry)) as Geometry,
    properties: Object.fromEntries(fields.map((field) => [field.name, valueOf(row[field.name], field.type)])),
  }));
}

function valueOf(value: unknown, type: FieldType): AttributeValue {
  if (value === null || value === undefined) return null;
  if (type === 'real' || type === 'integer') return Number(value);
  if (type === 'boolean') return value === true || value === 't' || value === 'true';
  return String(value);
}

const fieldsOf = (fields: readonly Field[]) => fields.map(({ name, type }) => ({ name, type }));

/** The rows of one layer for a scope and selection. */
export async function loadExportTable(manager: EntityManager, layer: ExportLayer, filter: ExportFilter): Promise<ExportTable> {
  const { scope, ids } = filter;
  const asset = ASSET_LAYERS[layer];
  if (asset) {
    const conditions = new Conditions();
    if (scope.members) conditions.add((p) => `t.id = ANY(${p}::uuid[])`, scope.members.get(asset.assetType) ?? []);
    else if (scope.kind === 'zone') conditions.add((p) => `ST_Intersects(t.${asset.geometry}, (SELECT boundary FROM zone WHERE id = ${p}))`, scope.id);
    if (ids) conditions.add((p) => `t.id = ANY(${p}::uuid[])`, ids);
    const features = await selectRows(manager, `SELECT $FIELDS FROM "${asset.table}" t ${asset.joins ?? ''}`, asset.fields, `t.${asset.geometry}`, conditions, 't.code');
    return { layer, geometryType: asset.geometryType, fields: fieldsOf(asset.fields), features };
  }
  if (layer === 'zones') {
    const fields = [f('id', 'string', 't.id::text'), f('code', 'string', 't.code'), f('name', 'string', 't.name')];
    const conditions = new Conditions();
    if (scope.kind === 'zone' || (scope.kind === 'work_package' && scope.zoneId)) conditions.add((p) => `t.id = ${p}`, scope.zoneId);
    else if (scope.kind === 'work_package') conditions.add((p) => `ST_Intersects(t.boundary, ST_GeomFromGeoJSON(${p}))`, scopeArea(scope) ?? '{"type":"MultiPolygon","coordinates":[]}');
    if (ids) conditions.add((p) => `t.id = ANY(${p}::uuid[])`, ids);
    const features = await selectRows(manager, 'SELECT $FIELDS FROM zone t', fields, 'ST_Multi(t.boundary)', conditions, 't.code');
    return { layer, geometryType: 'MULTIPOLYGON', fields: fieldsOf(fields), features };
  }
  if (layer === 'buildings') {
    const fields = [f('id', 'string', 't.id::text'), f('height_m', 'real', 't.height_meters'), f('source_id', 'string', 't.source_id')];
    const conditions = new Conditions();
    const area = scopeArea(scope);
    if (scope.kind !== 'city') conditions.add((p) => `ST_Intersects(t.footprint, ST_GeomFromGeoJSON(${p}))`, area ?? '{"type":"MultiPolygon","coordinates":[]}');
    if (ids) conditions.add((p) => `t.id = ANY(${p}::uuid[])`, ids);
    const features = await selectRows(manager, 'SELECT $FIELDS FROM building t', fields, 'ST_Multi(t.footprint)', conditions, 't.id');
    return { layer, geometryType: 'MULTIPOLYGON', fields: fieldsOf(fields), features };
  }
  if (layer === 'coverage') {
    const fields = [
      f('id', 'string', 't.id::text'), f('camera_id', 'string', 'c.id::text'), f('camera', 'string', 'c.code'), f('level', 'string', 't.level::text'),
      f('status', 'string', 'c.status::text'), f('existing', 'boolean', 'c.existing'), f('area_m2', 'real', 't.area_square_meters'),
      f('near_m', 'real', 't.near_meters'), f('far_m', 'real', 't.far_meters'),
    ];
    const conditions = new Conditions();
    conditions.parts.push('NOT ST_IsEmpty(t.area)');
    if (scope.kind !== 'city') conditions.add((p) => `c.id = ANY(${p}::uuid[])`, await filter.cameraIds());
    if (ids) conditions.add((p) => `c.id = ANY(${p}::uuid[])`, ids);
    const order = `c.code, array_position(ARRAY['detection','observation','recognition','identification'], t.level::text)`;
    const features = await selectRows(manager, 'SELECT $FIELDS FROM camera_coverage t JOIN camera c ON c.id = t.camera_id', fields, 'ST_Multi(t.area)', conditions, order);
    return { layer, geometryType: 'MULTIPOLYGON', fields: fieldsOf(fields), features };
  }
  // Black spots and their uncovered parts: the coverage analysis of the spots in scope.
  const analyses = (await filter.blackSpots()).filter((spot) => !ids || ids.includes(spot.blackSpotId));
  const byId = new Map(analyses.map((spot) => [spot.blackSpotId, spot]));
  const fields = [
    f('id', 'string', 't.id::text'), f('code', 'string', 't.code'), f('name', 'string', 't.name'), f('category', 'string', 't.category::text'),
    f('priority', 'integer', 't.priority'), f('req_level', 'string', 't.required_level::text'),
  ];
  const conditions = new Conditions();
  conditions.add((p) => `t.id = ANY(${p}::uuid[])`, [...byId.keys()]);
  const rows = await selectRows(manager, 'SELECT $FIELDS FROM black_spot t', fields, 'ST_Multi(t.boundary)', conditions, 't.code');
  const figures = (spot: BlackSpotCoverageView) => ({
    area_m2: round(spot.areaSquareMeters, 2),
    covered_m2: round(spot.coveredAreaSquareMeters, 2),
    uncov_m2: round(Math.max(0, spot.areaSquareMeters - spot.coveredAreaSquareMeters), 2),
    cover_pct: round(100 * spot.coveredFraction, 2),
    cameras: spot.contributingCameraIds.length,
  });
  const figureFields = [
    { name: 'area_m2', type: 'real' as const }, { name: 'covered_m2', type: 'real' as const }, { name: 'uncov_m2', type: 'real' as const },
    { name: 'cover_pct', type: 'real' as const }, { name: 'cameras', type: 'integer' as const },
  ];
  const features = rows.flatMap((row) => {
    const spot = byId.get(String(row.properties.id))!;
    if (layer === 'black_spots') return [{ geometry: row.geometry, properties: { ...row.properties, ...figures(spot) } }];
    if (!spot.uncovered.coordinates.length) return [];
    return [{ geometry: spot.uncovered as Geometry, properties: { ...row.properties, ...figures(spot) } }];
  });
  return { layer, geometryType: 'MULTIPOLYGON', fields: [...fieldsOf(fields), ...figureFields], features };
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
