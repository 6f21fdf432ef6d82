/**
 * The metric policy (core/geometry/metric.ts) in SQL: PostGIS measures in the same projected CRS, on
 * the same vertices, so a length or an area computed here equals the TypeScript one to the millimetre
 * (test/network/metric-policy.db.spec.ts). `geometry` is an SQL expression in EPSG:4326.
 */

/** The SRID as an SQL literal: only a whole EPSG code is ever inlined. */
function sridLiteral(srid: number): string {
  if (!Number.isInteger(srid) || srid <= 0) throw new Error(`Not an EPSG code: ${srid}`);
  return String(srid);
}

/** Length of a line, metres, in the projected CRS. */
export function lengthMetersSql(geometry: string, srid: number): string {
  return `ST_Length(ST_Transform(${geometry}, ${sridLiteral(srid)}))`;
}

/** Area of a polygon or multipolygon, square metres, in the projected CRS. */
export function areaSquareMetersSql(geometry: string, srid: number): string {
  return `ST_Area(ST_Transform(${geometry}, ${sridLiteral(srid)}))`;
}

/** Whether two geometries come within `meters` of each other, in the projected CRS. */
export function withinMetersSql(a: string, b: string, meters: string, srid: number): string {
  return `ST_DWithin(ST_Transform(${a}, ${sridLiteral(srid)}), ST_Transform(${b}, ${sridLiteral(srid)}), ${meters})`;
}

/** Shortest distance between two geometries, metres, in the projected CRS. */
export function distanceMetersSql(a: string, b: string, srid: number): string {
  return `ST_Distance(ST_Transform(${a}, ${sridLiteral(srid)}), ST_Transform(${b}, ${sridLiteral(srid)}))`;
}
