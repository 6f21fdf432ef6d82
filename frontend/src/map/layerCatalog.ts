import {
  BUILDING_STYLE,
  NETWORK_NODE_STYLES,
  POLE_COLOUR,
  POWER_COLOUR,
  STATUS_COLOURS,
  ZONE_STYLE,
} from './mapStyles';

/**
 * Every map layer, in drawing order (first = bottom). The URL, the layer panel and the stacking of
 * layers on the map all read this list; add a layer here and in `layers/`.
 */
export const MAP_LAYERS = [
  { id: 'zones', label: 'Zones', swatch: { shape: 'polygon', stroke: ZONE_STYLE.color!, fill: 'transparent', dashed: true } },
  { id: 'buildings', label: 'Buildings', swatch: { shape: 'polygon', stroke: BUILDING_STYLE.color!, fill: BUILDING_STYLE.fillColor! } },
  { id: 'black-spots', label: 'Black spots', swatch: { shape: 'polygon', stroke: '#c62828', fill: 'rgba(198,40,40,0.3)' } },
  { id: 'blind-spots', label: 'Blind spots', swatch: { shape: 'polygon', stroke: '#7f0000', fill: 'rgba(213,0,0,0.45)', dashed: true } },
  { id: 'camera-sectors', label: 'Fields of view', swatch: { shape: 'sector', stroke: STATUS_COLOURS.commissioned, fill: 'rgba(19,112,58,0.18)' } },
  { id: 'fiber-runs', label: 'Fiber runs', swatch: { shape: 'line', stroke: STATUS_COLOURS.installed } },
  { id: 'power-feeds', label: 'Power feeds', swatch: { shape: 'line', stroke: POWER_COLOUR } },
  { id: 'poles', label: 'Poles', swatch: { shape: 'point', stroke: '#ffffff', fill: POLE_COLOUR, size: 7 } },
  { id: 'power-sources', label: 'Power sources', swatch: { shape: 'point', stroke: '#fff7ed', fill: POWER_COLOUR } },
  { id: 'network-nodes', label: 'Network nodes', swatch: { shape: 'point', stroke: '#ffffff', fill: NETWORK_NODE_STYLES.cabinet.colour } },
  { id: 'cameras', label: 'Cameras', swatch: { shape: 'point', stroke: '#ffffff', fill: STATUS_COLOURS.commissioned } },
] as const satisfies readonly MapLayerDefinition[];

export interface LayerSwatch {
  shape: 'point' | 'line' | 'polygon' | 'sector';
  stroke: string;
  fill?: string;
  dashed?: boolean;
  size?: number;
}

export interface MapLayerDefinition {
  id: string;
  label: string;
  swatch: LayerSwatch;
}

export type MapLayerId = (typeof MAP_LAYERS)[number]['id'];

export const MAP_LAYER_IDS: readonly MapLayerId[] = MAP_LAYERS.map((layer) => layer.id);

/** Shown unless the link says otherwise; the blind spots (an analysis of every black spot) only when asked for. */
export const DEFAULT_VISIBLE_LAYERS: readonly MapLayerId[] = MAP_LAYER_IDS.filter((id) => id !== 'blind-spots');

export function isMapLayerId(value: string): value is MapLayerId {
  return (MAP_LAYER_IDS as readonly string[]).includes(value);
}

/** Position in the drawing order: a larger rank is drawn above a smaller one. */
export function stackingRank(id: MapLayerId): number {
  return MAP_LAYER_IDS.indexOf(id);
}
