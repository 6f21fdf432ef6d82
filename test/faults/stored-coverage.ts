import type { Polygon } from 'geojson';
import type { TestApp } from '../support/test-app';

/** Stores a camera's recognition coverage as given (a hand-built scene with known answers), replacing any. */
export async function storeRecognitionCoverage(app: TestApp, cameraId: string, polygon: Polygon): Promise<void> {
  await app.dataSource.query(
    `INSERT INTO camera_coverage (camera_id, level, area, area_square_meters, computed_from)
     VALUES ($1, 'recognition', ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($2), 4326)), 0, '{}'::jsonb)
     ON CONFLICT ON CONSTRAINT camera_coverage_one_per_level DO UPDATE SET area = EXCLUDED.area`,
    [cameraId, JSON.stringify(polygon)],
  );
}
