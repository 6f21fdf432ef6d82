import { DEFAULT_VISIBLE_LAYERS, isMapLayerId, MAP_LAYER_IDS, type MapLayerId } from './layerCatalog';

/**
 * Map state that belongs in a shareable link. The view and the visible layers live in the hash
 * (`#map=16/34.06170/-4.98360&layers=zones,cameras`), updated as the user pans and toggles; the query
 * holds start-up switches such as `?tiles=off` (use the offline basemap without trying tiles).
 */
export interface MapView {
  latitude: number;
  longitude: number;
  zoom: number;
}

export interface MapUrlState {
  /** Undefined: use the deployment's initial view. */
  view?: MapView;
  visibleLayers: readonly MapLayerId[];
  tiles: 'auto' | 'off';
}

export function parseMapUrlState(search: string, hash: string): MapUrlState {
  const query = new URLSearchParams(search.replace(/^\?/, ''));
  const fragment = new URLSearchParams(hash.replace(/^#/, ''));
  const tilesValue = (query.get('tiles') ?? fragment.get('tiles') ?? '').toLowerCase();
  return {
    view: parseView(fragment.get('map')),
    visibleLayers: parseLayers(fragment.get('layers')),
    tiles: tilesValue === 'off' || tilesValue === 'false' || tilesValue === '0' ? 'off' : 'auto',
  };
}

/** The hash for a view and visible layers, without `#`. Layers keep the catalog's order. */
export function serializeMapHash(view: MapView, visibleLayers: readonly MapLayerId[]): string {
  const decimals = Math.max(0, Math.min(7, Math.ceil(Math.log2(Math.max(1, view.zoom)) + 1)));
  const zoom = Number.isInteger(view.zoom) ? String(view.zoom) : view.zoom.toFixed(2).replace(/\.?0+$/, '');
  const map = `${zoom}/${view.latitude.toFixed(decimals)}/${view.longitude.toFixed(decimals)}`;
  const layers = MAP_LAYER_IDS.filter((id) => visibleLayers.includes(id)).join(',');
  return `map=${map}&layers=${layers}`;
}

function parseView(value: string | null): MapView | undefined {
  if (!value) return undefined;
  const parts = value.split('/');
  if (parts.length !== 3 || parts.some((part) => part.trim() === '')) return undefined;
  const [zoom, latitude, longitude] = parts.map(Number);
  if (![zoom, latitude, longitude].every(Number.isFinite)) return undefined;
  if (zoom < 0 || zoom > 24 || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return undefined;
  return { zoom, latitude, longitude };
}

function parseLayers(value: string | null): readonly MapLayerId[] {
  if (value === null) return DEFAULT_VISIBLE_LAYERS;
  const requested = value.split(',').map((part) => part.trim()).filter(isMapLayerId);
  return MAP_LAYER_IDS.filter((id) => requested.includes(id));
}
