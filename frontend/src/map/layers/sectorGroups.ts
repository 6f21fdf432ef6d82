import type { Polygon } from 'geojson';

/** The sector drawn for one camera, kept while the camera (its version) and the arc resolution stay. */
export interface SectorEntry<TLatLng> {
  revision: number;
  maxStepDegrees: number;
  status: string;
  polygon: Polygon | null;
  /** The outer ring without its closing position, as the map's points. */
  ring: TLatLng[] | null;
}

export interface SectorSource {
  id: string;
  version: number;
  status: string;
}

/**
 * Brings the sector cache up to date with the cameras: computes only new or changed sectors, drops
 * those of cameras no longer given. Returns the statuses whose group of sectors changed. Pure but
 * for `cache`, which it updates.
 */
export function updateSectorCache<TCamera extends SectorSource, TLatLng>(
  cache: Map<string, SectorEntry<TLatLng>>,
  cameras: readonly TCamera[],
  maxStepDegrees: number,
  sectorOf: (camera: TCamera) => { polygon: Polygon; ring: TLatLng[] } | null,
): Set<string> {
  const changed = new Set<string>();
  const seen = new Set<string>();
  for (const camera of cameras) {
    seen.add(camera.id);
    const cached = cache.get(camera.id);
    if (cached && cached.revision === camera.version && cached.maxStepDegrees === maxStepDegrees && cached.status === camera.status) continue;
    if (cached) changed.add(cached.status);
    const sector = sectorOf(camera);
    cache.set(camera.id, { revision: camera.version, maxStepDegrees, status: camera.status, polygon: sector?.polygon ?? null, ring: sector?.ring ?? null });
    changed.add(camera.status);
  }
  for (const [id, entry] of cache) {
    if (seen.has(id)) continue;
    cache.delete(id);
    changed.add(entry.status);
  }
  return changed;
}

/** The cached sectors of one status, in the order of the cache. */
export function sectorsOfStatus<TLatLng>(cache: ReadonlyMap<string, SectorEntry<TLatLng>>, status: string): Array<{ polygon: Polygon; ring: TLatLng[] }> {
  const sectors: Array<{ polygon: Polygon; ring: TLatLng[] }> = [];
  for (const entry of cache.values()) if (entry.status === status && entry.polygon && entry.ring) sectors.push({ polygon: entry.polygon, ring: entry.ring });
  return sectors;
}
