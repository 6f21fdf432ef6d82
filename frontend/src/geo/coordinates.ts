import type { Position } from 'geojson';

/** Leaflet's coordinate order: latitude first. */
export type LatLngTuple = [latitude: number, longitude: number];

/**
 * The one place where GeoJSON's `[lon, lat]` becomes Leaflet's `[lat, lng]` (and back).
 * Every layer hands its GeoJSON to Leaflet through `toLatLng`; nothing else swaps axes.
 */
export function toLatLng(position: Position): LatLngTuple {
  const [longitude, latitude] = position;
  if (!Number.isFinite(longitude) || !Number.isFinite(latitude)) {
    throw new RangeError(`Not a [lon, lat] position: ${JSON.stringify(position)}`);
  }
  return [latitude, longitude];
}

/** Leaflet `{ lat, lng }` back to a GeoJSON `[lon, lat]` position. */
export function fromLatLng(latLng: { lat: number; lng: number }): Position {
  return [latLng.lng, latLng.lat];
}

/** A GeoJSON bbox `[minLon, minLat, maxLon, maxLat]` as Leaflet bounds `[[south, west], [north, east]]`. */
export function bboxToLatLngBounds(bbox: readonly [number, number, number, number]): [LatLngTuple, LatLngTuple] {
  const [minLongitude, minLatitude, maxLongitude, maxLatitude] = bbox;
  return [toLatLng([minLongitude, minLatitude]), toLatLng([maxLongitude, maxLatitude])];
}
