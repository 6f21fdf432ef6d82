import L from 'leaflet';
import type { Geometry } from 'geojson';
import { useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { MapLayerId } from '../layerCatalog';
import { joinStack, restackAbove, type LayerFeature } from './layerSupport';

/** A node as a layer group draws it: `revision` changes whenever what is drawn for it changes. */
export interface FeatureSource<TNode> {
  id: string;
  revision: string | number;
  node: TNode;
}

export interface FeatureUpdatePlan<TNode> {
  /** New, or changed since drawn: (re)build. */
  build: FeatureSource<TNode>[];
  /** Ids no longer given (or about to be rebuilt): remove their layers. */
  remove: string[];
  /** Unchanged, but a new node object (reloaded): point the drawn feature at it. */
  retarget: FeatureSource<TNode>[];
}

/**
 * What an update of a drawn group has to do, given what is drawn (id -> revision and node). Pure.
 * Reloading the view of a large network returns mostly the same cameras: only the difference is
 * rebuilt, not 20,000 layers.
 */
export function planFeatureUpdate<TNode>(
  drawn: ReadonlyMap<string, { revision: string | number; node: TNode }>,
  sources: Iterable<FeatureSource<TNode>>,
): FeatureUpdatePlan<TNode> {
  const plan: FeatureUpdatePlan<TNode> = { build: [], remove: [], retarget: [] };
  const seen = new Set<string>();
  for (const source of sources) {
    if (seen.has(source.id)) continue;
    seen.add(source.id);
    const current = drawn.get(source.id);
    if (!current) plan.build.push(source);
    else if (current.revision !== source.revision) {
      plan.remove.push(source.id);
      plan.build.push(source);
    } else if (current.node !== source.node) plan.retarget.push(source);
  }
  for (const id of drawn.keys()) if (!seen.has(id)) plan.remove.push(id);
  return plan;
}

export interface FeatureGroupOptions<TNode> {
  layerId: MapLayerId;
  nodes: readonly TNode[];
  sourceOf: (node: TNode) => FeatureSource<TNode>;
  /** The Leaflet layer of one node (null: nothing to draw for it); its `feature` is set here. */
  build: (node: TNode) => { layer: L.Layer; geometry: Geometry } | null;
  /** One tooltip for the whole group, its content made when it opens (`layer` is the hovered feature). */
  tooltip?: { content: (node: TNode) => string; options: L.TooltipOptions };
}

type FeatureLayer<TNode> = L.Layer & { feature: LayerFeature<TNode> };

/**
 * Draws many nodes as one Leaflet feature group, updated in place: one layer per node (each
 * carries `feature.properties.layer` and `.node`, which clicks, tests and counts read), added
 * and removed by difference rather than rebuilt on every change, and kept in the catalog's
 * drawing order.
 */
export function useFeatureGroup<TNode>({ layerId, nodes, sourceOf, build, tooltip }: FeatureGroupOptions<TNode>): void {
  const map = useMap();
  const group = useMemo(() => L.featureGroup(), []);
  const drawn = useRef(new Map<string, { revision: string | number; node: TNode; layer: FeatureLayer<TNode> | null }>());
  const latest = useRef({ sourceOf, build, tooltip });
  latest.current = { sourceOf, build, tooltip };

  useEffect(() => {
    const content = latest.current.tooltip;
    if (content) {
      // Made on hover, in the language of the moment: nothing to rebuild when the language changes.
      group.bindTooltip((layer) => {
        const feature = (layer as L.Layer & { feature?: LayerFeature<TNode> }).feature;
        return feature ? content.content(feature.properties.node) : '';
      }, content.options);
    }
    group.addTo(map);
    const leaveStack = joinStack(map, group, layerId);
    const entries = drawn.current;
    return () => {
      leaveStack();
      group.unbindTooltip();
      map.removeLayer(group);
      group.clearLayers();
      entries.clear();
    };
  }, [map, group, layerId]);

  useEffect(() => {
    const entries = drawn.current;
    const { sourceOf: describe, build: make } = latest.current;
    const plan = planFeatureUpdate(entries, nodes.map(describe));
    for (const id of plan.remove) {
      const layer = entries.get(id)?.layer;
      if (layer) group.removeLayer(layer);
      entries.delete(id);
    }
    for (const source of plan.retarget) {
      const entry = entries.get(source.id)!;
      entry.node = source.node;
      if (entry.layer) entry.layer.feature.properties.node = source.node;
    }
    let added = false;
    for (const source of plan.build) {
      const made = make(source.node);
      let layer: FeatureLayer<TNode> | null = null;
      if (made) {
        layer = made.layer as FeatureLayer<TNode>;
        layer.feature = { type: 'Feature', geometry: made.geometry, properties: { layer: layerId, node: source.node } };
        group.addLayer(layer);
        added = true;
      }
      entries.set(source.id, { revision: source.revision, node: source.node, layer });
    }
    // New features are drawn on top of everything: put the layers ranked above back over them.
    if (added) restackAbove(map, layerId);
  }, [map, group, layerId, nodes]);
}
