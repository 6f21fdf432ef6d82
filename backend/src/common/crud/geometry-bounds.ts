import type { Geometry, Position } from 'geojson';
import { invalidGeometry } from '../errors/vigie-errors';

/** [minLongitude, minLatitude, maxLongitude, maxLatitude] in EPSG:4326. */
export type Extent = readonly [number, number, number, number];

/** Every position of a Point, LineString, Polygon or MultiPolygon (the kinds the API accepts). */
export function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'LineString':
    case 'MultiPoint':
      return geometry.coordinates;
    case 'Polygon':
    case 'MultiLineString':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    default:
      return [];
  }
}

/**
 * Refuses a geometry with more vertices than its type allows (a closing position counts like any
 * other): every later analysis would pay for the detail. Refused rather than simplified, so that what
 * is stored is what the user drew.
 */
export function checkVertexCount(geometry: Geometry, typeName: string, maxVertices: number): void {
  const count = positionsOf(geometry).length;
  if (count > maxVertices) {
    throw invalidGeometry(
      `The ${typeName} has ${count.toLocaleString('en')} vertices; at most ${maxVertices.toLocaleString('en')} are allowed. Simplify it first.`,
      { vertices: count, maxVertices },
    );
  }
}

const inside = ([longitude, latitude]: Position, [minLongitude, minLatitude, maxLongitude, maxLatitude]: Extent) =>
  longitude >= minLongitude && longitude <= maxLongitude && latitude >= minLatitude && latitude <= maxLatitude;

/**
 * Refuses a geometry with a position outside the deployment's extent (configuration), saying so when
 * the position swapped would fit: GeoJSON is [longitude, latitude], and [34.04, -4.99] is the classic slip.
 */
export function checkInsideExtent(geometry: Geometry, extent: Extent, deploymentName: string): void {
  const outside = positionsOf(geometry).find((position) => !inside(position, extent));
  if (!outside) return;
  const [minLongitude, minLatitude, maxLongitude, maxLatitude] = extent;
  const swapped = inside([outside[1], outside[0]], extent);
  throw invalidGeometry(
    `Position [${outside[0]}, ${outside[1]}] is outside the deployment's extent (${deploymentName}: longitude ${minLongitude}..${maxLongitude}, ` +
      `latitude ${minLatitude}..${maxLatitude}).` +
      (swapped ? ` Latitude and longitude look swapped: GeoJSON positions are [longitude, latitude], i.e. [${outside[1]}, ${outside[0]}].` : ''),
    { position: outside.slice(0, 2), extent: [...extent], swapped },
  );
}
