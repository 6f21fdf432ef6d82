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

export const PANEL_TABS = ['layers', 'plan', 'blackSpots', 'summary', 'network', 'bill', 'faults', 'work', 'optimiser', 'import', 'models', 'audit'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];
export const SELECTION_KINDS = ['camera', 'pole', 'networkNode', 'fiberRun', 'powerSource', 'powerFeed', 'blackSpot', 'building', 'zone'] as const;
export type SelectionKind = (typeof SELECTION_KINDS)[number];
export interface Selection {
  kind: SelectionKind;
  id: string;
}
export type CameraSelectionMode = 'planned' | 'live';

/** What else a link carries besides view and layers: the selected asset, the open panel, planned/live. */
export interface MapUrlExtras {
  selection?: Selection | null;
  tab?: PanelTab;
  cameras?: CameraSelectionMode;
}

export interface MapUrlState extends MapUrlExtras {
  /** Undefined: use the deployment's initial view. */
  view?: MapView;
  visibleLayers: readonly MapLayerId[];
  tiles: 'auto' | 'off';
}

export function parseMapUrlState(search: string, hash: string): MapUrlState {
  const query = new URLSearchParams(search.replace(/^\?/, ''));
  const fragment = new URLSearchParams(hash.replace(/^#/, ''));
  const tilesValue = (query.get('tiles') ?? fragment.get('tiles') ?? '').toLowerCase();
  const state: MapUrlState = {
    view: parseView(fragment.get('map')),
    visibleLayers: parseLayers(fragment.get('layers')),
    tiles: tilesValue === 'off' || tilesValue === 'false' || tilesValue === '0' ? 'off' : 'auto',
  };
  const selection = parseSelection(fragment.get('sel'));
  if (selection) state.selection = selection;
  const tab = fragment.get('tab');
  if (tab && (PANEL_TABS as readonly string[]).includes(tab)) state.tab = tab as PanelTab;
  const cameras = fragment.get('cams');
  if (cameras === 'planned' || cameras === 'live') state.cameras = cameras;
  return state;
}

function parseSelection(value: string | null): Selection | undefined {
  if (!value) return undefined;
  const separator = value.indexOf(':');
  if (separator <= 0) return undefined;
  const kind = value.slice(0, separator);
  const id = value.slice(separator + 1);
  if (!(SELECTION_KINDS as readonly string[]).includes(kind) || !/^[\w-]{1,64}$/.test(id)) return undefined;
  return { kind: kind as SelectionKind, id };
}

/** The hash for a view and visible layers, without `#`. Layers keep the catalog's order. */
export function serializeMapHash(view: MapView, visibleLayers: readonly MapLayerId[], extras: MapUrlExtras = {}): string {
  const decimals = Math.max(0, Math.min(7, Math.ceil(Math.log2(Math.max(1, view.zoom)) + 1)));
  const zoom = Number.isInteger(view.zoom) ? String(view.zoom) : view.zoom.toFixed(2).replace(/\.?0+$/, '');
  const map = `${zoom}/${view.latitude.toFixed(decimals)}/${view.longitude.toFixed(decimals)}`;
  const layers = MAP_LAYER_IDS.filter((id) => visibleLayers.includes(id)).join(',');
  let hash = `map=${map}&layers=${layers}`;
  if (extras.selection) hash += `&sel=${extras.selection.kind}:${encodeURIComponent(extras.selection.id)}`;
  if (extras.tab && extras.tab !== 'layers') hash += `&tab=${extras.tab}`;
  if (extras.cameras && extras.cameras !== 'planned') hash += `&cams=${extras.cameras}`;
  return hash;
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
