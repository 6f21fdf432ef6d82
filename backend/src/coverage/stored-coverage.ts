import type { MultiPolygon } from 'geojson';
import type { CameraCoverage } from '../core/coverage';
import { normalizePolygonRings, regionArea, regionBounds, type Region } from '../core/geometry/planar';
import { projectMultiPolygon, type Projection } from '../core/geometry/projection';

/**
 * The one adapter from a stored camera_coverage polygon (EPSG:4326) to the core's CameraCoverage at one
 * level, in the deployment's projection: black-spot analyses (coverage feature) and outage losses
 * (network feature) both read stored coverage through it. Null when the polygon is empty.
 */
export function coverageFromStoredArea(cameraId: string, level: string, area: MultiPolygon, projection: Projection): CameraCoverage | null {
  const region: Region = projectMultiPolygon(area, projection).flatMap((polygon) => normalizePolygonRings(polygon));
  if (region.length === 0) return null;
  return {
    cameraId,
    originMeters: { x: 0, y: 0 },
    levels: [{ level, band: null, reason: null, region, areaSquareMeters: regionArea(region), bounds: regionBounds(region) }],
  };
}
