import { Column, Index } from 'typeorm';

/**
 * A typed PostGIS column in EPSG:4326 with a GiST index. Values travel as GeoJSON objects.
 * Validity CHECKs are declared on each entity with `@Check` so that they are part of the schema
 * the migrations are compared against.
 */
export function GeometryColumn(
  featureType: 'Point' | 'LineString' | 'Polygon' | 'MultiPolygon',
  options: { nullable?: boolean } = {},
): PropertyDecorator {
  return (target, property) => {
    Column({ type: 'geometry', spatialFeatureType: featureType, srid: 4326, nullable: options.nullable ?? false })(target, property);
    Index({ spatial: true })(target, property);
  };
}
