/**
 * Building footprints as line-of-sight obstacles, indexed in an R-tree (rbush) by footprint
 * bounding box. Whole footprints are indexed rather than single edges because the shadow of a
 * building is built from its whole outline (front- or back-facing chains plus, for low buildings,
 * the footprint itself); a camera's query returns only the footprints its range can touch.
 */
import RBush from 'rbush';
import type { Polygon, MultiPolygon } from 'geojson';
import { BoundingBox, PolygonRings, normalizePolygonRings, regionBounds } from '../geometry/planar';
import { Projection, projectPolygon } from '../geometry/projection';

export interface Obstacle {
  id: string;
  /** One polygon in projected metres: outer ring first, then holes (courtyards). */
  rings: PolygonRings;
  /** Null when unknown: an obstacle of unknown height hides everything behind it. */
  heightMeters: number | null;
}

export interface IndexedObstacle extends BoundingBox {
  id: string;
  /** Outer ring counter-clockwise, holes clockwise, no closing point. */
  rings: PolygonRings;
  heightMeters: number | null;
}

export class ObstacleIndex {
  private readonly tree = new RBush<IndexedObstacle>(16);
  readonly size: number;

  constructor(obstacles: readonly Obstacle[]) {
    const items: IndexedObstacle[] = [];
    for (const obstacle of obstacles) {
      const rings = normalizePolygonRings(obstacle.rings).filter((ring) => ring.length >= 3);
      if (rings.length === 0) continue;
      items.push({ ...regionBounds(rings.slice(0, 1)), id: obstacle.id, rings, heightMeters: obstacle.heightMeters });
    }
    this.tree.load(items);
    this.size = items.length;
  }

  search(bounds: BoundingBox): IndexedObstacle[] {
    return this.tree.search(bounds);
  }
}

/** One obstacle per polygon of a GeoJSON (Multi)Polygon footprint in EPSG:4326. */
export function obstaclesFromGeoJson(
  id: string,
  geometry: Polygon | MultiPolygon,
  heightMeters: number | null,
  projection: Projection,
): Obstacle[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((polygon, index) => ({
    id: polygons.length === 1 ? id : `${id}#${index}`,
    rings: projectPolygon(polygon, projection),
    heightMeters,
  }));
}
