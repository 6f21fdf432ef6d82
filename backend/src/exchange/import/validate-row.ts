import { createHash } from 'node:crypto';
import type { Geometry, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { withinBound, describeBound } from '../../core/bounds';
import type { SourceFeature } from '../formats/readers';
import type { FieldMapping, ImportTarget, TargetField } from './targets';

/**
 * One source row checked with the rules of a single edit, before anything is written: its values mapped,
 * parsed and bounded, its geometry brought to the stored kind, inside the deployment's extent. Pure:
 * validity that needs GEOS (self-intersections) is checked afterwards by PostGIS in batches (staging).
 */
export type ProblemSeverity = 'error' | 'warning';
export const ROW_PROBLEMS = [
  'NO_GEOMETRY', 'WRONG_GEOMETRY_TYPE', 'BAD_COORDINATES', 'OUTSIDE_EXTENT', 'TOO_MANY_VERTICES', 'INVALID_GEOMETRY', 'REPAIRED_GEOMETRY',
  'DUPLICATE', 'UNKNOWN_VALUE', 'BAD_VALUE', 'MISSING_VALUE', 'CODE_TAKEN', 'NOT_SELECTED',
] as const;
export type RowProblemCode = (typeof ROW_PROBLEMS)[number];

export interface RowProblem {
  row: number;
  layer: string;
  sourceId: string;
  severity: ProblemSeverity;
  code: RowProblemCode;
  field?: string;
  message: string;
}

export interface StagedRow {
  row: number;
  layer: string;
  sourceId: string;
  values: Record<string, unknown>;
  geometry: Point | LineString | Polygon | MultiPolygon | null;
  problems: RowProblem[];
  notes: string[];
}

export interface RowContext {
  target: ImportTarget;
  mapping: readonly FieldMapping[];
  /** Source name (file name unless given), qualifies ids that are not OSM's. */
  source: string;
  idField: string | null;
  extent: [number, number, number, number] | null;
}

const OSM_ID = /^(node|way|relation)\/\d+$/;

export function sourceIdOf(feature: SourceFeature, context: Pick<RowContext, 'source' | 'idField'>): string {
  const raw = context.idField ? feature.properties[context.idField] : undefined;
  if (raw !== undefined && raw !== null && String(raw).trim() !== '') {
    const text = String(raw).trim();
    return (OSM_ID.test(text) ? `osm:${text}` : `${context.source}:${text}`).slice(0, 120);
  }
  return `${context.source}:${feature.layer}/${feature.row}`.slice(0, 120);
}

/** A code derived from the source id: the same row gets the same code at every import. */
export function generatedCode(prefix: string, sourceId: string): string {
  const osm = /^osm:(node|way|relation)\/(\d+)$/.exec(sourceId);
  if (osm) return `${prefix}-OSM-${osm[1][0].toUpperCase()}${osm[2]}`;
  return `${prefix}-${createHash('sha1').update(sourceId).digest('hex').slice(0, 10).toUpperCase()}`;
}

export function validateRow(feature: SourceFeature, context: RowContext): StagedRow {
  const { target } = context;
  const sourceId = sourceIdOf(feature, context);
  const problems: RowProblem[] = [];
  const notes: string[] = [];
  const problem = (severity: ProblemSeverity, code: RowProblemCode, message: string, field?: string) =>
    problems.push({ row: feature.row, layer: feature.layer, sourceId, severity, code, message, ...(field ? { field } : {}) });
  const values: Record<string, unknown> = {};
  const byField = new Map(context.mapping.map((m) => [m.field, m]));
  for (const field of target.fields) {
    const mapping = byField.get(field.name);
    let raw: unknown = undefined;
    if (mapping?.constant !== undefined && mapping.constant !== null) raw = mapping.constant;
    else if (mapping?.source) raw = feature.properties[mapping.source];
    const parsed = raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '') ? undefined : parseValue(field, raw);
    if (parsed && 'error' in parsed) {
      if (field.fallback !== undefined) {
        problem('warning', parsed.code, `${parsed.error}; ${describeFallback(field)} used instead`, field.name);
        values[field.name] = field.fallback;
        values[`__defaulted_${field.name}`] = true;
      } else problem('error', parsed.code, parsed.error, field.name);
      continue;
    }
    if (parsed) {
      values[field.name] = parsed.value;
      continue;
    }
    if (field.fallback !== undefined) {
      values[field.name] = field.fallback;
      values[`__defaulted_${field.name}`] = true;
    } else if (field.required || (field.name === 'code' && !target.codePrefix)) {
      problem('error', 'MISSING_VALUE', `no value for ${field.name}${mapping?.source ? ` in "${mapping.source}"` : ' (map a source field or give a constant)'}`, field.name);
    }
  }
  target.derive?.(values, feature.properties, notes);
  for (const key of Object.keys(values)) if (key.startsWith('__defaulted_')) delete values[key];
  for (const field of target.fields) if (field.virtual) delete values[field.name];
  if (target.fields.some((f) => f.name === 'code') && (values.code === undefined || values.code === null)) {
    values.code = generatedCode(target.codePrefix ?? 'IMP', sourceId);
  }
  const geometry = normaliseGeometry(feature.geometry, target, (severity, code, message) => problem(severity, code, message), notes);
  if (geometry && context.extent) checkExtent(geometry, context.extent, (message) => problem('error', 'OUTSIDE_EXTENT', message));
  return { row: feature.row, layer: feature.layer, sourceId, values, geometry, problems, notes };
}

function describeFallback(field: TargetField): string {
  return field.fallback === null ? 'nothing' : `${JSON.stringify(field.fallback)}`;
}

type Parsed = { value: unknown } | { error: string; code: RowProblemCode };

const COMPASS: Record<string, number> = {
  N: 0, NNE: 22.5, NE: 45, ENE: 67.5, E: 90, ESE: 112.5, SE: 135, SSE: 157.5, S: 180, SSW: 202.5, SW: 225, WSW: 247.5, W: 270, WNW: 292.5, NW: 315, NNW: 337.5,
  O: 270, NO: 315, SO: 225, ONO: 292.5, OSO: 247.5, NNO: 337.5, SSO: 202.5,
};

/** Numbers as people write them: "12", "12.5 m", "12,5", "3;4" (the first). */
export function parseNumber(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  const text = raw.trim().split(/[;|]/)[0].trim().replace(/^(\d+),(\d+)/, '$1.$2');
  const match = /^(-?\d+(?:\.\d+)?)\s*(m|meters|metres|mètres)?$/i.exec(text);
  return match ? Number(match[1]) : null;
}

/** OSM camera:direction and friends: degrees, compass points (N, NE, NNO...), a range "90-180" (its middle), several "90;270" (the first). */
export function parseHeading(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? ((raw % 360) + 360) % 360 : null;
  if (typeof raw !== 'string') return null;
  const first = raw.trim().split(/[;,|]/)[0].trim().toUpperCase().replace(/°|DEG(REES?)?$/g, '').trim();
  if (first in COMPASS) return COMPASS[first];
  const range = /^(-?\d+(?:\.\d+)?)\s*-\s*(-?\d+(?:\.\d+)?)$/.exec(first);
  if (range) {
    const from = Number(range[1]);
    let to = Number(range[2]);
    if (to < from) to += 360;
    return (((from + to) / 2) % 360 + 360) % 360;
  }
  const number = /^-?\d+(?:\.\d+)?$/.test(first) ? Number(first) : NaN;
  return Number.isFinite(number) ? ((number % 360) + 360) % 360 : null;
}

function parseValue(field: TargetField, raw: unknown): Parsed {
  switch (field.kind) {
    case 'number':
    case 'integer':
    case 'heading': {
      const value = field.kind === 'heading' ? parseHeading(raw) : parseNumber(raw);
      if (value === null) return { error: `${field.name}: "${String(raw).slice(0, 40)}" is not a number`, code: 'BAD_VALUE' };
      const rounded = field.kind === 'integer' ? Math.round(value) : value;
      if (field.bound && !withinBound(rounded, field.bound)) return { error: `${field.name}: ${rounded} is out of range (${describeBound(field.bound)})`, code: 'BAD_VALUE' };
      return { value: rounded };
    }
    case 'boolean': {
      const text = String(raw).trim().toLowerCase();
      if (['true', 'yes', 'oui', '1', 'y', 'o', 'vrai'].includes(text)) return { value: true };
      if (['false', 'no', 'non', '0', 'n', 'faux'].includes(text)) return { value: false };
      return { error: `${field.name}: "${String(raw).slice(0, 40)}" is not yes or no`, code: 'UNKNOWN_VALUE' };
    }
    case 'enum': {
      const text = String(raw).trim().toLowerCase().replace(/[\s-]+/g, '_');
      const value = field.values?.includes(text) ? text : field.synonyms?.[text];
      if (!value) return { error: `${field.name}: "${String(raw).slice(0, 40)}" is not one of ${field.values?.join(', ')}`, code: 'UNKNOWN_VALUE' };
      return { value };
    }
    case 'uuid': {
      const text = String(raw).trim();
      return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text) ? { value: text.toLowerCase() } : { error: `${field.name}: "${text.slice(0, 40)}" is not an id`, code: 'BAD_VALUE' };
    }
    case 'text': {
      const text = String(raw).trim();
      return { value: field.maxLength ? text.slice(0, field.maxLength) : text };
    }
  }
}

type Report = (severity: ProblemSeverity, code: RowProblemCode, message: string) => void;

function normaliseGeometry(geometry: Geometry | null, target: ImportTarget, report: Report, notes: string[]): StagedRow['geometry'] {
  if (!geometry) {
    report('error', 'NO_GEOMETRY', 'the row has no geometry');
    return null;
  }
  const bad = firstBadPosition(geometry);
  if (bad) {
    report('error', 'BAD_COORDINATES', `position [${bad.join(', ')}] is not a longitude/latitude (is the CRS or .prj wrong?)`);
    return null;
  }
  const wrong = () => {
    report('error', 'WRONG_GEOMETRY_TYPE', `a ${geometry.type} cannot be a ${target.typeName} (${target.geometry} expected)`);
    return null;
  };
  let out: StagedRow['geometry'] = null;
  switch (target.geometry) {
    case 'Point':
      if (geometry.type === 'Point') out = geometry;
      else if (geometry.type === 'MultiPoint' && geometry.coordinates.length === 1) out = { type: 'Point', coordinates: geometry.coordinates[0] };
      else if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
        const ring = geometry.type === 'Polygon' ? geometry.coordinates[0] : geometry.coordinates[0][0];
        out = { type: 'Point', coordinates: ringCentre(ring) };
        notes.push('position taken at the centre of the mapped outline');
      } else return wrong();
      break;
    case 'LineString':
      if (geometry.type === 'LineString') out = geometry;
      else if (geometry.type === 'MultiLineString' && geometry.coordinates.length === 1) out = { type: 'LineString', coordinates: geometry.coordinates[0] };
      else return wrong();
      if (out.coordinates.length < 2) {
        report('error', 'INVALID_GEOMETRY', 'a line needs at least 2 positions');
        return null;
      }
      break;
    case 'Polygon':
      if (geometry.type === 'Polygon') out = geometry;
      else if (geometry.type === 'MultiPolygon' && geometry.coordinates.length === 1) out = { type: 'Polygon', coordinates: geometry.coordinates[0] };
      else if (geometry.type === 'MultiPolygon') {
        report('error', 'WRONG_GEOMETRY_TYPE', `a MultiPolygon of ${geometry.coordinates.length} parts cannot be one ${target.typeName}: split it`);
        return null;
      } else return wrong();
      break;
    case 'MultiPolygon':
      if (geometry.type === 'Polygon') out = { type: 'MultiPolygon', coordinates: [geometry.coordinates] };
      else if (geometry.type === 'MultiPolygon') out = geometry;
      else return wrong();
      break;
  }
  if (out && (out.type === 'Polygon' || out.type === 'MultiPolygon')) {
    const polygons = out.type === 'Polygon' ? [out.coordinates] : out.coordinates;
    let closed = false;
    for (const polygon of polygons)
      for (const ring of polygon) {
        if (ring.length >= 3 && (ring[0][0] !== ring[ring.length - 1][0] || ring[0][1] !== ring[ring.length - 1][1])) {
          ring.push([...ring[0]]);
          closed = true;
        }
        if (ring.length < 4) {
          report('error', 'INVALID_GEOMETRY', 'a ring needs at least 3 distinct positions');
          return null;
        }
      }
    if (closed) report('warning', 'REPAIRED_GEOMETRY', 'an open ring was closed');
  }
  if (out && target.maxVertices) {
    const count = vertexCount(out);
    if (count > target.maxVertices) {
      report('error', 'TOO_MANY_VERTICES', `${count} vertices; a ${target.typeName} holds at most ${target.maxVertices}: simplify it`);
      return null;
    }
  }
  return out;
}

function ringCentre(ring: Position[]): Position {
  const points = ring.length > 1 ? ring.slice(0, -1) : ring;
  const sum = points.reduce((acc, p) => [acc[0] + p[0], acc[1] + p[1]], [0, 0]);
  return [sum[0] / points.length, sum[1] / points.length];
}

function positions(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positions);
  }
}

function vertexCount(geometry: Geometry): number {
  return positions(geometry).length;
}

function firstBadPosition(geometry: Geometry): Position | null {
  for (const p of positions(geometry)) {
    if (p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1]) || Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) return p;
  }
  return null;
}

function checkExtent(geometry: Geometry, extent: [number, number, number, number], report: (message: string) => void): void {
  const [minLon, minLat, maxLon, maxLat] = extent;
  const outside = positions(geometry).find((p) => p[0] < minLon || p[0] > maxLon || p[1] < minLat || p[1] > maxLat);
  if (!outside) return;
  const swapped = outside[1] >= minLon && outside[1] <= maxLon && outside[0] >= minLat && outside[0] <= maxLat;
  report(`position [${outside[0]}, ${outside[1]}] is outside the deployment's extent [${extent.join(', ')}]${swapped ? ' (longitude and latitude look swapped)' : ''}`);
}
