import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import type { Geometry, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { invalidGeometry } from '../errors/vigie-errors';

/**
 * GeoJSON scalars validated at the edge (RFC 7946): `[lon, lat]` in EPSG:4326, ranges, closed rings,
 * enough positions, a size cap. Self-intersection and other topology are judged by PostGIS itself
 * (ST_IsValidReason / ST_IsSimple) in the service, with the same engine as the columns' CHECKs.
 */
export const MAX_POSITIONS_PER_GEOMETRY = 100_000;

type GeometryKind = 'Point' | 'LineString' | 'Polygon' | 'Polygonal';

export function validateGeoJson(value: unknown, expected: GeometryKind): Geometry {
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      throw invalidGeometry(`Expected a GeoJSON ${describe(expected)} object; got a string that is not JSON.`);
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw invalidGeometry(`Expected a GeoJSON ${describe(expected)} object.`);
  }
  const geometry = value as { type?: unknown; coordinates?: unknown };
  const allowed = expected === 'Polygonal' ? ['Polygon', 'MultiPolygon'] : [expected];
  if (typeof geometry.type !== 'string' || !allowed.includes(geometry.type)) {
    throw invalidGeometry(`Expected a GeoJSON ${describe(expected)}; got type "${String(geometry.type)}".`);
  }
  const counter = { positions: 0 };
  switch (geometry.type) {
    case 'Point':
      checkPosition(geometry.coordinates, 'the point', counter);
      return { type: 'Point', coordinates: (geometry.coordinates as Position).slice(0, 2) } satisfies Point;
    case 'LineString':
      return { type: 'LineString', coordinates: checkLine(geometry.coordinates, 'the line', counter) } satisfies LineString;
    case 'Polygon':
      return { type: 'Polygon', coordinates: checkPolygon(geometry.coordinates, 'the polygon', counter) } satisfies Polygon;
    case 'MultiPolygon': {
      const polygons = checkArray(geometry.coordinates, 'the multipolygon', 1);
      return {
        type: 'MultiPolygon',
        coordinates: polygons.map((polygon, index) => checkPolygon(polygon, `polygon ${index + 1}`, counter)),
      } satisfies MultiPolygon;
    }
    default:
      throw invalidGeometry(`Unsupported geometry type "${geometry.type}".`);
  }
}

function describe(kind: GeometryKind): string {
  return kind === 'Polygonal' ? 'Polygon or MultiPolygon' : kind;
}

function checkArray(value: unknown, where: string, minimum: number): unknown[] {
  if (!Array.isArray(value)) throw invalidGeometry(`Coordinates of ${where} must be an array.`);
  if (value.length < minimum) {
    throw invalidGeometry(`${capitalise(where)} needs at least ${minimum} position(s); got ${value.length}.`);
  }
  return value;
}

function checkPosition(value: unknown, where: string, counter: { positions: number }): Position {
  if (++counter.positions > MAX_POSITIONS_PER_GEOMETRY) {
    throw invalidGeometry(`The geometry has more than ${MAX_POSITIONS_PER_GEOMETRY} positions; simplify it first.`);
  }
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) {
    throw invalidGeometry(`A position of ${where} must be [longitude, latitude]; got ${JSON.stringify(value)}.`);
  }
  const [longitude, latitude] = value as unknown[];
  if (typeof longitude !== 'number' || typeof latitude !== 'number' || !Number.isFinite(longitude) || !Number.isFinite(latitude)) {
    throw invalidGeometry(`A position of ${where} must hold two finite numbers; got ${JSON.stringify(value)}.`);
  }
  if (latitude < -90 || latitude > 90) {
    const hint = longitude >= -90 && longitude <= 90 && Math.abs(latitude) <= 180 ? ' (swapped? GeoJSON is [longitude, latitude])' : '';
    throw invalidGeometry(`Latitude ${latitude} of ${where} is outside -90..90${hint}.`);
  }
  if (longitude < -180 || longitude > 180) {
    throw invalidGeometry(`Longitude ${longitude} of ${where} is outside -180..180.`);
  }
  return value as Position;
}

function checkLine(value: unknown, where: string, counter: { positions: number }): Position[] {
  const positions = checkArray(value, where, 2).map((position) => checkPosition(position, where, counter));
  if (positions.every((position) => samePosition(position, positions[0]))) {
    throw invalidGeometry(`${capitalise(where)} has zero length: all its positions are the same.`);
  }
  return positions.map((position) => position.slice(0, 2));
}

function checkPolygon(value: unknown, where: string, counter: { positions: number }): Position[][] {
  const rings = checkArray(value, where, 1);
  return rings.map((ring, index) => {
    const ringName = `${index === 0 ? 'the outer ring' : `hole ${index}`} of ${where}`;
    const positions = checkArray(ring, ringName, 4).map((position) => checkPosition(position, ringName, counter));
    if (!samePosition(positions[0], positions[positions.length - 1])) {
      throw invalidGeometry(`${capitalise(ringName)} is not closed: its last position must repeat its first.`);
    }
    return positions.map((position) => position.slice(0, 2));
  });
}

const samePosition = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function literalToValue(node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.STRING:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.BOOLEAN:
      return node.value;
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map(literalToValue);
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((field) => [field.name.value, literalToValue(field.value)]));
    default:
      throw invalidGeometry('Geometry literals cannot use variables inside; pass the whole geometry as a variable.');
  }
}

function geoJsonScalar(name: string, kind: GeometryKind, description: string): GraphQLScalarType {
  return new GraphQLScalarType({
    name,
    description,
    serialize: (value) => value,
    parseValue: (value) => validateGeoJson(value, kind),
    parseLiteral: (node) => validateGeoJson(literalToValue(node), kind),
  });
}

export const GeoJSONPoint = geoJsonScalar('GeoJSONPoint', 'Point', 'A GeoJSON Point, `{"type":"Point","coordinates":[lon, lat]}`, EPSG:4326.');
export const GeoJSONLineString = geoJsonScalar('GeoJSONLineString', 'LineString', 'A GeoJSON LineString of [lon, lat] positions, EPSG:4326; it must not cross itself.');
export const GeoJSONPolygon = geoJsonScalar('GeoJSONPolygon', 'Polygon', 'A GeoJSON Polygon (closed rings of [lon, lat], EPSG:4326); it must be valid (no self-intersection).');
export const GeoJSONPolygonal = geoJsonScalar('GeoJSONPolygonal', 'Polygonal', 'A GeoJSON Polygon or MultiPolygon in EPSG:4326; stored and returned as a MultiPolygon.');
