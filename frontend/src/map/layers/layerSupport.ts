import { latLng, type FeatureGroup, type LatLng, type Map as LeafletMap } from 'leaflet';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { useEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import { toLatLng } from '../../geo/coordinates';
import { stackingRank, type MapLayerId } from '../layerCatalog';

/** What every feature drawn by a Vigie layer carries: its layer id and the API node it shows. */
export interface LayerFeatureProperties<TNode> {
  layer: MapLayerId;
  node: TNode;
}

export type LayerFeature<TNode, TGeometry extends Geometry = Geometry> = Feature<TGeometry, LayerFeatureProperties<TNode>>;

export function toFeatureCollection<TNode, TGeometry extends Geometry>(
  layer: MapLayerId,
  nodes: readonly TNode[],
  geometryOf: (node: TNode) => TGeometry | null | undefined,
): FeatureCollection<TGeometry, LayerFeatureProperties<TNode>> {
  const features: LayerFeature<TNode, TGeometry>[] = [];
  for (const node of nodes) {
    const geometry = geometryOf(node);
    if (geometry) features.push({ type: 'Feature', geometry, properties: { layer, node } });
  }
  return { type: 'FeatureCollection', features };
}

/** Leaflet's GeoJSON `coordsToLatLng` option, through the one axis-swapping helper. */
export function coordsToLatLng(coordinates: [number, number] | [number, number, number]): LatLng {
  return latLng(toLatLng(coordinates));
}

/**
 * A key for react-leaflet's GeoJSON, which draws its `data` once: a new key whenever the data object
 * changes makes it redraw.
 */
export function useGeoJsonKey(layer: MapLayerId, data: object): string {
  const previous = useRef<{ data: object; generation: number }>({ data, generation: 0 });
  if (previous.current.data !== data) previous.current = { data, generation: previous.current.generation + 1 };
  return `${layer}-${previous.current.generation}`;
}

const stacks = new WeakMap<LeafletMap, Map<FeatureGroup, number>>();

/**
 * Keeps the catalog's drawing order on the shared canvas: a layer added later (toggled on, or redrawn
 * with new data) would otherwise be painted above everything. Returns a ref for the GeoJSON layer.
 */
export function useStackingOrder(layerId: MapLayerId): (layer: FeatureGroup | null) => void {
  const map = useMap();
  const [layer, setLayer] = useState<FeatureGroup | null>(null);
  useEffect(() => (layer ? joinStack(map, layer, layerId) : undefined), [map, layer, layerId]);
  return setLayer;
}

/** Puts a layer group in the map's drawing order (layers ranked above it brought back on top); returns its removal. */
export function joinStack(map: LeafletMap, layer: FeatureGroup, layerId: MapLayerId): () => void {
  let stack = stacks.get(map);
  if (!stack) stacks.set(map, (stack = new Map()));
  stack.set(layer, stackingRank(layerId));
  restackAbove(map, layerId);
  return () => {
    stack.delete(layer);
  };
}

/** After features were added to a group (drawn on top), brings the groups ranked above it back on top. */
export function restackAbove(map: LeafletMap, layerId: MapLayerId): void {
  const rank = stackingRank(layerId);
  [...(stacks.get(map) ?? [])]
    .filter(([, otherRank]) => otherRank > rank)
    .sort((first, second) => first[1] - second[1])
    .forEach(([above]) => above.bringToFront());
}
