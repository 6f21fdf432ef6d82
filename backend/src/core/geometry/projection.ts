/**
 * WGS84 (EPSG:4326, GeoJSON [lon, lat]) <-> UTM metres. All metric work in the core happens in UTM
 * (EPSG:32630 for Fes, 32632 for Munich), never in Web Mercator whose "metres" are 1.2x too long at Fes.
 */
import proj4 from 'proj4';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { PointMeters, PolygonRings, Ring } from './planar';

/** UTM zone 30 north: the projected CRS for Fes. */
export const FES_PROJECTED_EPSG = 32630;

export interface Projection {
  readonly epsg: number;
  /** [lon, lat] -> metres. */
  toMeters(position: Position): PointMeters;
  /** metres -> [lon, lat]. */
  toLonLat(point: PointMeters): Position;
}

/** EPSG code of the WGS84 UTM zone containing a longitude (326zz north, 327zz south). */
export function utmEpsgForLongitude(longitude: number, latitude = 0): number {
  const zone = Math.min(60, Math.max(1, Math.floor((((longitude + 180) % 360) + 360) % 360 / 6) + 1));
  return (latitude < 0 ? 32700 : 32600) + zone;
}

function utmDefinition(epsg: number): string {
  const isNorth = epsg >= 32601 && epsg <= 32660;
  const isSouth = epsg >= 32701 && epsg <= 32760;
  if (!isNorth && !isSouth) throw new Error(`EPSG:${epsg} is not a WGS84 UTM zone`);
  const zone = epsg % 100;
  return `+proj=utm +zone=${zone}${isSouth ? ' +south' : ''} +datum=WGS84 +units=m +no_defs`;
}

const projectionCache = new Map<number, Projection>();

/** A projection between WGS84 and one UTM zone (default EPSG:32630, Fes). Cached per zone. */
export function createUtmProjection(epsg: number = FES_PROJECTED_EPSG): Projection {
  const cached = projectionCache.get(epsg);
  if (cached) return cached;
  const converter = proj4('EPSG:4326', utmDefinition(epsg));
  const projection: Projection = {
    epsg,
    toMeters(position) {
      const [x, y] = converter.forward([position[0], position[1]]);
      return { x, y };
    },
    toLonLat(point) {
      const [longitude, latitude] = converter.inverse([point.x, point.y]);
      return [longitude, latitude];
    },
  };
  projectionCache.set(epsg, projection);
  return projection;
}

/** The UTM projection for the zone of a [lon, lat] position. */
export function createUtmProjectionFor(position: Position): Projection {
  return createUtmProjection(utmEpsgForLongitude(position[0], position[1]));
}

/** Projects a GeoJSON ring; drops the repeated closing position (rings in metres are implicitly closed). */
export function projectRing(ring: Position[], projection: Projection): Ring {
  const closed = ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1];
  const count = closed ? ring.length - 1 : ring.length;
  const projected: Ring = new Array(count);
  for (let index = 0; index < count; index++) projected[index] = projection.toMeters(ring[index]);
  return projected;
}

/** Back to a GeoJSON ring, closed (first position repeated at the end). */
export function unprojectRing(ring: Ring, projection: Projection): Position[] {
  const positions = ring.map((point) => projection.toLonLat(point));
  if (positions.length > 0) positions.push([...positions[0]]);
  return positions;
}

export function projectPolygon(polygon: Polygon | Position[][], projection: Projection): PolygonRings {
  const rings = Array.isArray(polygon) ? polygon : polygon.coordinates;
  return rings.map((ring) => projectRing(ring, projection));
}

export function unprojectPolygon(polygon: PolygonRings, projection: Projection): Polygon {
  return { type: 'Polygon', coordinates: polygon.map((ring) => unprojectRing(ring, projection)) };
}

export function projectMultiPolygon(multiPolygon: MultiPolygon | Position[][][], projection: Projection): PolygonRings[] {
  const polygons = Array.isArray(multiPolygon) ? multiPolygon : multiPolygon.coordinates;
  return polygons.map((polygon) => projectPolygon(polygon, projection));
}

export function unprojectMultiPolygon(polygons: PolygonRings[], projection: Projection): MultiPolygon {
  return { type: 'MultiPolygon', coordinates: polygons.map((polygon) => unprojectPolygon(polygon, projection).coordinates) };
}
