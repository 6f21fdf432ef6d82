import '@geoman-io/leaflet-geoman-free';
import '@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css';
import L from 'leaflet';
import type { LineString, Polygon, Position } from 'geojson';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMap } from 'react-leaflet';
import { fromLatLng, toLatLng } from '../../geo/coordinates';

export type DrawShape = 'Polygon' | 'Line';

function ringOf(latLngs: L.LatLng[]): Position[] {
  const ring = latLngs.map((latLng) => fromLatLng(latLng));
  if (ring.length > 0) ring.push([...ring[0]]);
  return ring;
}

/** Geoman drawing: the shape the user finishes is handed over as GeoJSON and the temporary layer removed. */
export function GeomanDraw({
  shape,
  onCreated,
}: {
  shape: DrawShape | null;
  onCreated: (geometry: Polygon | LineString) => void;
}) {
  const map = useMap();
  const { t, i18n } = useTranslation();
  const callback = useRef(onCreated);
  callback.current = onCreated;
  useEffect(() => {
    // Geoman's drawing hints in the interface's language (it ships French, not Arabic): ours, always.
    const tooltips = { firstVertex: t('drawing.firstVertex'), continueLine: t('drawing.continueLine'), finishLine: t('drawing.finishLine'), finishPoly: t('drawing.finishPoly') };
    map.pm.setLang(i18n.language as 'en', { tooltips }, 'en');
  }, [map, t, i18n.language]);
  useEffect(() => {
    if (!shape) return undefined;
    map.pm.enableDraw(shape, { snappable: true, snapDistance: 20, tooltips: true, finishOn: shape === 'Line' ? 'dblclick' : null, continueDrawing: false } as never);
    const created = (event: { layer: L.Layer }) => {
      const layer = event.layer as L.Polyline;
      const latLngs = layer.getLatLngs() as L.LatLng[] | L.LatLng[][];
      map.removeLayer(layer);
      if (shape === 'Polygon') {
        const outer = (Array.isArray(latLngs[0]) ? latLngs[0] : latLngs) as L.LatLng[];
        callback.current({ type: 'Polygon', coordinates: [ringOf(outer)] });
      } else {
        callback.current({ type: 'LineString', coordinates: (latLngs as L.LatLng[]).map((latLng) => fromLatLng(latLng)) });
      }
    };
    map.on('pm:create', created as never);
    return () => {
      map.off('pm:create', created as never);
      map.pm.disableDraw();
    };
  }, [map, shape, i18n.language]);
  return null;
}

/** An editable copy of a polygon (vertex drag, add, remove); `onChange` gets the edited polygon. */
export function GeomanEditPolygon({ polygon, onChange }: { polygon: Polygon; onChange: (polygon: Polygon) => void }) {
  const map = useMap();
  const callback = useRef(onChange);
  callback.current = onChange;
  const [initial] = useState(polygon);
  useEffect(() => {
    const layer = L.polygon(initial.coordinates.map((ring) => ring.slice(0, -1).map((position) => toLatLng(position))), {
      color: '#1f6feb', weight: 2, fillOpacity: 0.1, renderer: L.svg(),
    }).addTo(map);
    layer.pm.enable({ allowSelfIntersection: false, snappable: true } as never);
    const report = () => {
      const rings = layer.getLatLngs() as L.LatLng[][];
      callback.current({ type: 'Polygon', coordinates: rings.map((ring) => ringOf(ring)) });
    };
    layer.on('pm:edit', report);
    return () => {
      layer.pm.disable();
      layer.remove();
    };
  }, [map, initial]);
  return null;
}
