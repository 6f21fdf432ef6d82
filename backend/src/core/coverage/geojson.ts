/**
 * Results back to GeoJSON in EPSG:4326 ([lon, lat]) through the projection module: the form the
 * service layer stores in PostGIS. Regions are normalised (Clipper union) into polygons with holes.
 */
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { Region } from '../geometry/planar';
import { regionToPolygons } from '../geometry/polygon-operations';
import { Projection, unprojectMultiPolygon } from '../geometry/projection';
import { BlackSpotCoverageResult } from './black-spots';
import { CameraCoverage } from './camera-coverage';

export function regionToGeoJson(region: Region, projection: Projection): MultiPolygon {
  return unprojectMultiPolygon(regionToPolygons(region), projection);
}

export interface CoverageFeatureProperties {
  cameraId: string;
  level: string;
  nearMeters: number | null;
  farMeters: number | null;
  reason: string | null;
  areaSquareMeters: number;
}

/** One feature per DORI level (empty MultiPolygon with a reason when the level is unreachable). */
export function cameraCoverageToGeoJson(
  coverage: CameraCoverage,
  projection: Projection,
): FeatureCollection<MultiPolygon, CoverageFeatureProperties> {
  return {
    type: 'FeatureCollection',
    features: coverage.levels.map((level) => ({
      type: 'Feature',
      geometry: regionToGeoJson(level.region, projection),
      properties: {
        cameraId: coverage.cameraId,
        level: level.level,
        nearMeters: level.band?.nearMeters ?? null,
        farMeters: level.band?.farMeters ?? null,
        reason: level.reason,
        areaSquareMeters: level.areaSquareMeters,
      },
    })),
  };
}

export function blackSpotResultToGeoJson(
  result: BlackSpotCoverageResult,
  projection: Projection,
): Feature<MultiPolygon, Omit<BlackSpotCoverageResult, 'uncovered'>> {
  const { uncovered, ...properties } = result;
  return { type: 'Feature', geometry: regionToGeoJson(uncovered, projection), properties };
}
