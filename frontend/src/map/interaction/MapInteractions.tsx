import L, { type LeafletMouseEvent } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { fromLatLng } from '../../geo/coordinates';
import type { MapLayerId } from '../layerCatalog';
import type { Selection } from '../mapUrlState';
import type { Bbox } from '../useMapData';
import { SELECTION_KIND_OF_LAYER } from './selectionKinds';

/** True when `inner` lies inside `outer` (both [w, s, e, n]). */
export function bboxContains(outer: Bbox | null, inner: Bbox): boolean {
  return !!outer && inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

/**
 * Reports a bbox around the view (view + 50 % margin) for loading a large network by bbox: only when
 * the view leaves the last reported one, and not during the pan's own frame (debounced), so panning
 * inside the loaded area costs nothing but Leaflet's redraw.
 */
export function ViewTracker({ onBbox }: { onBbox: (bbox: Bbox) => void }) {
  const map = useMap();
  const last = useRef<Bbox | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const report = () => {
    const view = map.getBounds();
    const inner: Bbox = [view.getWest(), view.getSouth(), view.getEast(), view.getNorth()];
    if (bboxContains(last.current, inner)) return;
    const bounds = view.pad(0.5);
    last.current = [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()].map((value) => Math.round(value * 1e5) / 1e5) as Bbox;
    onBbox(last.current);
  };
  useMapEvents({
    moveend: () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(report, 200);
    },
  });
  useEffect(() => {
    report();
    return () => clearTimeout(timer.current);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  return null;
}

/**
 * Clicks on drawn assets: every feature a Vigie layer adds carries `properties.layer` and `.node`, so
 * one listener per added feature turns a click into a selection, whatever the layer.
 */
export function FeatureClicks({ onFeatureClick, enabled }: { onFeatureClick: (selection: Selection, event: LeafletMouseEvent) => void; enabled: boolean }) {
  const map = useMap();
  const handler = useRef(onFeatureClick);
  handler.current = onFeatureClick;
  const active = useRef(enabled);
  active.current = enabled;
  useEffect(() => {
    const attach = (layer: L.Layer) => {
      const feature = (layer as L.Layer & { feature?: { properties?: { layer?: MapLayerId; node?: { id?: string } } } }).feature;
      const kind = feature?.properties?.layer ? SELECTION_KIND_OF_LAYER[feature.properties.layer] : undefined;
      const id = feature?.properties?.node?.id;
      if (!kind || !id || (layer as L.Layer & { __vigieClick?: boolean }).__vigieClick) return;
      (layer as L.Layer & { __vigieClick?: boolean }).__vigieClick = true;
      layer.on('click', (event: LeafletMouseEvent) => {
        // In a placing/drawing tool the click belongs to the map.
        if (!active.current) return;
        L.DomEvent.stopPropagation(event);
        handler.current({ kind, id }, event);
      });
    };
    const onAdd = (event: L.LayerEvent) => attach(event.layer);
    map.eachLayer(attach);
    map.on('layeradd', onAdd);
    return () => {
      map.off('layeradd', onAdd);
    };
  }, [map]);
  return null;
}

/** Clicks on the map background in a tool that places something ([lon, lat]). */
export function MapClicks({ active, onClick }: { active: boolean; onClick: (position: [number, number]) => void }) {
  const map = useMap();
  useMapEvents({
    click(event) {
      if (active) onClick(fromLatLng(event.latlng) as [number, number]);
    },
  });
  useEffect(() => {
    const container = map.getContainer();
    container.classList.toggle('vigie-placing', active);
    return () => container.classList.remove('vigie-placing');
  }, [map, active]);
  return null;
}
