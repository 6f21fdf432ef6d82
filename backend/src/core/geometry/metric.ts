/**
 * The one metric policy: every length, distance and area Vigie computes is measured in one projected
 * CRS, the deployment's (VIGIE_PROJECTED_SRID, UTM 30N for Fès), on positions projected vertex by vertex.
 * PostGIS measures the same way (`ST_Length(ST_Transform(g, srid))`, common/metric-sql.ts), so a cable's
 * stored length, a route's length, a black spot's area and its coverage analysis agree to the millimetre.
 * Within a UTM zone the scale error is under 0.1 %; a spherical (haversine, turf) or geodesic measure
 * beside it would give a second answer for the same line.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { normalizePolygonRings, regionArea, type PointMeters } from './planar';
import { createUtmProjection, projectPolygon, type Projection } from './projection';

export interface MetricPolicy {
  readonly projection: Projection;
  /** EPSG code of the projected CRS. */
  readonly srid: number;
  /** Length of a line string (GeoJSON [lon, lat] positions), metres. */
  lineLengthMeters(coordinates: readonly Position[]): number;
  /** Straight distance between two positions, metres. */
  distanceMeters(a: Position, b: Position): number;
  /** Area of a polygon or multipolygon (holes subtracted), square metres. */
  areaSquareMeters(geometry: Polygon | MultiPolygon): number;
}

const policies = new Map<number, MetricPolicy>();

/** The metric policy of a projected CRS (a WGS84 UTM zone); cached per SRID. */
export function metricPolicy(srid: number): MetricPolicy {
  let policy = policies.get(srid);
  if (!policy) policies.set(srid, (policy = createPolicy(createUtmProjection(srid))));
  return policy;
}

function createPolicy(projection: Projection): MetricPolicy {
  const planarDistance = (a: PointMeters, b: PointMeters) => Math.hypot(b.x - a.x, b.y - a.y);
  const polygonArea = (rings: Position[][]) => regionArea(normalizePolygonRings(projectPolygon(rings, projection)));
  return {
    projection,
    srid: projection.epsg,
    lineLengthMeters(coordinates) {
      let total = 0;
      let previous: PointMeters | null = null;
      for (const position of coordinates) {
        const point = projection.toMeters(position);
        if (previous) total += planarDistance(previous, point);
        previous = point;
      }
      return total;
    },
    distanceMeters(a, b) {
      return planarDistance(projection.toMeters(a), projection.toMeters(b));
    },
    areaSquareMeters(geometry) {
      if (geometry.type === 'Polygon') return polygonArea(geometry.coordinates);
      let total = 0;
      for (const polygon of geometry.coordinates) total += polygonArea(polygon);
      return total;
    },
  };
}
