import type { Geometry } from 'geojson';
import { BLACK_SPOT_CATEGORIES, CABLE_TYPES, DORI_LEVELS, INSTALL_METHODS, NETWORK_NODE_KINDS, POLE_KINDS, POWER_SOURCE_KINDS, ASSET_STATUSES } from '../../core/domain';
import { BOUNDS, MAX_VERTICES, type NumberBound } from '../../core/bounds';
import type { OsmLayer } from '../formats/osm-tags';

/**
 * What an import can write, per Vigie type: the fields a source column (or an OSM tag) can fill, with the
 * names a suggestion looks for, their kinds, defaults and physical bounds (core/bounds.ts, the same as the
 * API and the CHECK constraints), the geometry accepted, and, for OpenStreetMap, which features belong.
 * Plain data and functions: no Nest, no TypeORM.
 */
export const IMPORT_TARGETS = ['building', 'pole', 'camera', 'black_spot', 'zone', 'street', 'fiber_run', 'power_feed', 'power_source', 'network_node'] as const;
export type ImportTargetType = (typeof IMPORT_TARGETS)[number];

export type FieldKind = 'number' | 'integer' | 'text' | 'enum' | 'boolean' | 'heading' | 'uuid';

export interface TargetField {
  /** The Vigie property (camelCase) and its column (snake_case). */
  name: string;
  kind: FieldKind;
  /** Source names tried in order for the suggestion (case-insensitive), OSM tags included. */
  suggest: string[];
  required?: boolean;
  /** Used when the source has no value (the report says so when the field was mapped). */
  fallback?: unknown;
  values?: readonly string[];
  /** Synonyms of enum values found in the wild. */
  synonyms?: Record<string, string>;
  bound?: NumberBound;
  maxLength?: number;
  /** Not written: read to derive others (building levels). */
  virtual?: boolean;
}

export type StoredGeometry = 'Point' | 'LineString' | 'Polygon' | 'MultiPolygon';

export interface ImportTarget {
  type: ImportTargetType;
  /** Audit entity type (GraphQL type name) and table. */
  typeName: string;
  table: string;
  geometryColumn: string;
  geometry: StoredGeometry;
  maxVertices?: number;
  /** Physical assets carry code, status and existing. */
  physical: boolean;
  /** Code prefix of generated codes. */
  codePrefix?: string;
  fields: TargetField[];
  /** OSM: which GDAL layers to read and which features belong. */
  osm: { layers: OsmLayer[]; accepts: (tags: Record<string, unknown>) => boolean };
  /** Values derived from the source after mapping (estimated heights, kinds from OSM tags...). */
  derive?: (values: Record<string, unknown>, properties: Record<string, unknown>, notes: string[]) => void;
}

const STATUS_FIELD: TargetField = { name: 'status', kind: 'enum', values: ASSET_STATUSES, suggest: ['status', 'etat', 'state'], fallback: 'installed' };
const EXISTING_FIELD: TargetField = { name: 'existing', kind: 'boolean', suggest: ['existing', 'existant'], fallback: true };
const CODE_FIELD: TargetField = { name: 'code', kind: 'text', suggest: ['code', 'ref', 'reference', 'id', 'identifier'], maxLength: 64 };
const NAME_FIELD = (required: boolean): TargetField => ({ name: 'name', kind: 'text', suggest: ['name', 'nom', 'libelle', 'label', 'title', 'description'], maxLength: 200, required, fallback: required ? undefined : null });

const tag = (tags: Record<string, unknown>, key: string) => (typeof tags[key] === 'string' ? (tags[key] as string) : null);

const ROAD_CLASSES = new Set([
  'motorway', 'trunk', 'primary', 'secondary', 'tertiary', 'unclassified', 'residential', 'service', 'living_street', 'pedestrian',
  'motorway_link', 'trunk_link', 'primary_link', 'secondary_link', 'tertiary_link', 'road', 'footway', 'path', 'track', 'cycleway', 'steps',
]);

export const TARGETS: Record<ImportTargetType, ImportTarget> = {
  building: {
    type: 'building', typeName: 'Building', table: 'building', geometryColumn: 'footprint', geometry: 'MultiPolygon', maxVertices: MAX_VERTICES.Building, physical: false,
    fields: [
      { name: 'heightMeters', kind: 'number', suggest: ['height', 'heightMeters', 'height_m', 'hauteur', 'haut', 'h'], bound: BOUNDS.Building.heightMeters, fallback: null },
      { name: 'levels', kind: 'number', suggest: ['building:levels', 'levels', 'floors', 'etages', 'nb_etages', 'storeys'], virtual: true, fallback: null },
    ],
    osm: { layers: ['multipolygons'], accepts: (tags) => !!tag(tags, 'building') && tag(tags, 'building') !== 'no' },
    derive: (values, _properties, notes) => {
      values.heightEstimated = false;
      const levels = values.levels as number | null;
      delete values.levels;
      if (values.heightMeters === null && typeof levels === 'number' && levels > 0 && levels < 300) {
        // The usual rule of thumb, marked estimated so that nobody mistakes it for a survey.
        values.heightMeters = Math.round(levels * 3 * 100) / 100;
        values.heightEstimated = true;
        notes.push(`height estimated from ${levels} levels x 3 m`);
      }
    },
  },
  pole: {
    type: 'pole', typeName: 'Pole', table: 'pole', geometryColumn: 'location', geometry: 'Point', physical: true, codePrefix: 'POL',
    fields: [
      CODE_FIELD,
      { name: 'kind', kind: 'enum', values: POLE_KINDS, suggest: ['kind', 'type', 'pole_kind'], fallback: 'street_light',
        synonyms: { street_lamp: 'street_light', lamp: 'street_light', lampadaire: 'street_light', candelabre: 'street_light', pole: 'utility_pole', poteau: 'utility_pole', wall: 'wall_mount', facade: 'wall_mount' } },
      { name: 'heightMeters', kind: 'number', suggest: ['height', 'heightMeters', 'height_m', 'hauteur'], bound: BOUNDS.Pole.heightMeters, required: true, fallback: 8 },
      { name: 'owner', kind: 'text', suggest: ['owner', 'operator', 'proprietaire', 'exploitant'], maxLength: 200, fallback: null },
      STATUS_FIELD, EXISTING_FIELD,
    ],
    osm: { layers: ['points'], accepts: (tags) => tag(tags, 'highway') === 'street_lamp' || tag(tags, 'power') === 'pole' },
    derive: (values, properties) => {
      if (tag(properties, 'power') === 'pole' && !('kind' in properties)) values.kind = 'utility_pole';
      if (tag(properties, 'highway') === 'street_lamp' && !('kind' in properties)) values.kind = 'street_light';
    },
  },
  camera: {
    type: 'camera', typeName: 'Camera', table: 'camera', geometryColumn: 'location', geometry: 'Point', physical: true, codePrefix: 'CAM',
    fields: [
      CODE_FIELD,
      NAME_FIELD(false),
      { name: 'modelId', kind: 'uuid', suggest: ['modelId', 'model_id'], required: true },
      { name: 'mountHeightMeters', kind: 'number', suggest: ['height', 'camera:height', 'mountHeightMeters', 'mount_height', 'hauteur'], bound: BOUNDS.Camera.mountHeightMeters, required: true, fallback: 4 },
      { name: 'headingDegrees', kind: 'heading', suggest: ['camera:direction', 'direction', 'heading', 'headingDegrees', 'azimuth', 'azimut', 'orientation'], bound: BOUNDS.Camera.headingDegrees, required: true, fallback: 0 },
      { name: 'tiltDegrees', kind: 'number', suggest: ['camera:angle', 'tilt', 'tiltDegrees', 'inclinaison'], bound: BOUNDS.Camera.tiltDegrees, fallback: 15 },
      { name: 'mount', kind: 'text', suggest: ['camera:mount', 'mount', 'support'], virtual: true, fallback: null },
      { ...STATUS_FIELD, fallback: 'commissioned' }, EXISTING_FIELD,
    ],
    osm: { layers: ['points'], accepts: (tags) => tag(tags, 'man_made') === 'surveillance' && (tag(tags, 'surveillance:type') ?? 'camera') === 'camera' },
    derive: (values, properties, notes) => {
      const mount = typeof values.mount === 'string' ? values.mount.toLowerCase() : null;
      delete values.mount;
      // A mapped mount without a height: the usual height of that mount.
      if (mount && values.__defaulted_mountHeightMeters) {
        const height = mount === 'wall' || mount === 'ceiling' ? 3 : mount === 'pole' || mount === 'street_lamp' ? 5 : null;
        if (height !== null) {
          values.mountHeightMeters = height;
          notes.push(`mount height ${height} m assumed from camera:mount=${mount}`);
        }
      }
      if (tag(properties, 'camera:angle') && typeof values.tiltDegrees === 'number') {
        // OSM's camera:angle is measured from the horizon, positive looking down, as Vigie's tilt; nothing to convert.
      }
    },
  },
  black_spot: {
    type: 'black_spot', typeName: 'BlackSpot', table: 'black_spot', geometryColumn: 'boundary', geometry: 'Polygon', maxVertices: MAX_VERTICES.BlackSpot, physical: false, codePrefix: 'BS',
    fields: [
      { ...CODE_FIELD, required: true },
      NAME_FIELD(true),
      { name: 'category', kind: 'enum', values: BLACK_SPOT_CATEGORIES, suggest: ['category', 'categorie', 'type'], fallback: 'crime', synonyms: { accident: 'road_accidents', accidents: 'road_accidents', crowd: 'crowds', site: 'critical_site' } },
      { name: 'priority', kind: 'integer', suggest: ['priority', 'priorite'], bound: BOUNDS.BlackSpot.priority, fallback: 3 },
      { name: 'requiredLevel', kind: 'enum', values: DORI_LEVELS, suggest: ['requiredLevel', 'required_level', 'level', 'niveau', 'dori'], fallback: 'recognition' },
      { name: 'notes', kind: 'text', suggest: ['notes', 'remarks', 'comment', 'remarques'], fallback: null },
    ],
    osm: { layers: ['multipolygons'], accepts: () => true },
  },
  zone: {
    type: 'zone', typeName: 'Zone', table: 'zone', geometryColumn: 'boundary', geometry: 'Polygon', maxVertices: MAX_VERTICES.Zone, physical: false, codePrefix: 'ZONE',
    fields: [{ ...CODE_FIELD, suggest: ['code', 'hcp_code', 'ref', 'ref:INSEE', 'id'], required: true }, NAME_FIELD(true)],
    osm: { layers: ['multipolygons'], accepts: (tags) => tag(tags, 'boundary') === 'administrative' },
  },
  street: {
    type: 'street', typeName: 'Street', table: 'street', geometryColumn: 'path', geometry: 'LineString', maxVertices: MAX_VERTICES.Street, physical: false,
    fields: [NAME_FIELD(false), { name: 'highwayClass', kind: 'text', suggest: ['highway', 'highwayClass', 'class', 'fclass', 'type'], maxLength: 40, fallback: null }],
    osm: { layers: ['lines'], accepts: (tags) => ROAD_CLASSES.has(tag(tags, 'highway') ?? '') },
  },
  fiber_run: {
    type: 'fiber_run', typeName: 'FiberRun', table: 'fiber_run', geometryColumn: 'path', geometry: 'LineString', maxVertices: MAX_VERTICES.FiberRun, physical: true, codePrefix: 'FIB',
    fields: [
      CODE_FIELD,
      { name: 'strandCount', kind: 'integer', suggest: ['strandCount', 'strands', 'fibres', 'fibers', 'nb_fibres', 'capacity'], bound: BOUNDS.FiberRun.strandCount, fallback: 12 },
      { name: 'cableType', kind: 'enum', values: CABLE_TYPES, suggest: ['cableType', 'cable_type', 'type'], fallback: 'sm_g652d', synonyms: { g652d: 'sm_g652d', g657a: 'sm_g657a', om3: 'mm_om3' } },
      { name: 'installMethod', kind: 'enum', values: INSTALL_METHODS, suggest: ['installMethod', 'install_method', 'pose', 'method', 'location'], fallback: 'existing_duct',
        synonyms: { overhead: 'aerial', aerien: 'aerial', underground: 'underground_duct', duct: 'existing_duct', souterrain: 'underground_duct', wall: 'facade' } },
      STATUS_FIELD, EXISTING_FIELD,
    ],
    osm: { layers: ['lines'], accepts: (tags) => tag(tags, 'telecom') === 'line' || tag(tags, 'communication') === 'line' || tag(tags, 'telecom:medium') === 'fibre' },
  },
  power_feed: {
    type: 'power_feed', typeName: 'PowerFeed', table: 'power_feed', geometryColumn: 'path', geometry: 'LineString', maxVertices: MAX_VERTICES.PowerFeed, physical: true, codePrefix: 'PWR',
    fields: [
      CODE_FIELD,
      { name: 'voltage', kind: 'number', suggest: ['voltage', 'tension', 'volts'], bound: BOUNDS.PowerFeed.voltage, fallback: 230 },
      { name: 'capacityWatts', kind: 'number', suggest: ['capacityWatts', 'capacity', 'puissance', 'power_w'], bound: BOUNDS.PowerFeed.capacityWatts, fallback: 1000 },
      { name: 'switched', kind: 'boolean', suggest: ['switched', 'commute', 'lighting'], fallback: false },
      { name: 'installMethod', kind: 'enum', values: INSTALL_METHODS, suggest: ['installMethod', 'install_method', 'location', 'pose'], fallback: 'underground_duct',
        synonyms: { overhead: 'aerial', overground: 'aerial', underground: 'underground_duct', aerien: 'aerial', souterrain: 'underground_duct' } },
      STATUS_FIELD, EXISTING_FIELD,
    ],
    osm: { layers: ['lines'], accepts: (tags) => ['line', 'minor_line', 'cable'].includes(tag(tags, 'power') ?? '') },
    derive: (values, properties) => {
      // OSM voltages are in volts, several circuits separated by ';': the first is the feed's.
      const volts = tag(properties, 'voltage');
      if (volts && values.__defaulted_voltage !== true) return;
      if (volts) {
        const first = Number(volts.split(';')[0]);
        if (Number.isFinite(first) && first > 0) values.voltage = Math.min(first, BOUNDS.PowerFeed.voltage.max);
      }
      if (tag(properties, 'power') === 'cable' && !('location' in properties)) values.installMethod = 'underground_duct';
      if (tag(properties, 'power') === 'line' || tag(properties, 'power') === 'minor_line') values.installMethod = 'aerial';
    },
  },
  power_source: {
    type: 'power_source', typeName: 'PowerSource', table: 'power_source', geometryColumn: 'location', geometry: 'Point', physical: true, codePrefix: 'SRC',
    fields: [
      CODE_FIELD,
      { ...NAME_FIELD(true), fallback: 'Imported supply' },
      { name: 'kind', kind: 'enum', values: POWER_SOURCE_KINDS, suggest: ['kind', 'type', 'power'], fallback: 'utility_supply',
        synonyms: { transformer: 'transformer', substation: 'transformer', poste: 'transformer', supply: 'utility_supply', lighting: 'street_lighting_circuit', cabinet: 'street_lighting_circuit' } },
      { name: 'capacityWatts', kind: 'number', suggest: ['capacityWatts', 'capacity', 'rating', 'puissance'], bound: BOUNDS.PowerSource.capacityWatts, fallback: 100_000 },
      { name: 'voltage', kind: 'number', suggest: ['voltage', 'tension'], bound: BOUNDS.PowerSource.voltage, fallback: 230 },
      STATUS_FIELD, EXISTING_FIELD,
    ],
    osm: { layers: ['points', 'multipolygons'], accepts: (tags) => ['transformer', 'substation'].includes(tag(tags, 'power') ?? '') },
  },
  network_node: {
    type: 'network_node', typeName: 'NetworkNode', table: 'network_node', geometryColumn: 'location', geometry: 'Point', physical: true, codePrefix: 'NODE',
    fields: [
      CODE_FIELD,
      { ...NAME_FIELD(true), fallback: 'Imported node' },
      { name: 'kind', kind: 'enum', values: NETWORK_NODE_KINDS, suggest: ['kind', 'type', 'telecom'], fallback: 'cabinet',
        synonyms: { exchange: 'control_centre', central_office: 'control_centre', street_cabinet: 'cabinet', armoire: 'cabinet', closure: 'splice_closure', manhole: 'splice_closure', boitier: 'splice_closure' } },
      { name: 'portCount', kind: 'integer', suggest: ['portCount', 'ports'], bound: BOUNDS.NetworkNode.portCount, fallback: null },
      { name: 'strandCapacity', kind: 'integer', suggest: ['strandCapacity', 'strands'], bound: BOUNDS.NetworkNode.strandCapacity, fallback: null },
      STATUS_FIELD, EXISTING_FIELD,
    ],
    osm: { layers: ['points'], accepts: (tags) => ['exchange', 'connection_point', 'service_device', 'distribution_point'].includes(tag(tags, 'telecom') ?? '') || tag(tags, 'man_made') === 'street_cabinet' },
  },
};

/** A field mapping: each Vigie field from a source field, or a constant, or nothing (its fallback). */
export interface FieldMapping {
  field: string;
  source?: string | null;
  constant?: string | number | boolean | null;
}

/** Suggests a source field for every target field from the source's field names (case- and accent-insensitive). */
export function suggestMapping(target: ImportTarget, sourceFields: readonly string[]): FieldMapping[] {
  const normal = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const byName = new Map(sourceFields.map((name) => [normal(name), name]));
  return target.fields.map((field) => {
    const found = field.suggest.map((name) => byName.get(normal(name))).find((name) => name !== undefined);
    return { field: field.name, source: found ?? null };
  });
}

export type Geom = Geometry;
