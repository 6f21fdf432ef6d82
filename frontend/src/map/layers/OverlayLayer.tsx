import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { PathOptions } from 'leaflet';
import L from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { GeoJSON } from 'react-leaflet';
import { coordsToLatLng } from './layerSupport';

/**
 * Analysis overlays drawn above the asset layers (coverage preview, uncovered parts, network path,
 * dark cameras). `properties.layer` is the overlay's id so tests can count what is drawn.
 */
export interface OverlayFeatureProperties {
  layer: string;
  [key: string]: unknown;
}

export function OverlayLayer({
  id,
  features,
  style,
  pointRadius = 8,
}: {
  id: string;
  features: readonly Feature<Geometry, OverlayFeatureProperties>[];
  style: (properties: OverlayFeatureProperties) => PathOptions;
  pointRadius?: number;
}) {
  const data = useMemo<FeatureCollection>(() => ({ type: 'FeatureCollection', features: [...features] }), [features]);
  const generation = useRef({ data, count: 0 });
  if (generation.current.data !== data) generation.current = { data, count: generation.current.count + 1 };
  const ref = useRef<L.GeoJSON | null>(null);
  useEffect(() => {
    ref.current?.bringToFront();
  });
  return (
    <GeoJSON
      key={`${id}-${generation.current.count}`}
      ref={ref}
      data={data}
      coordsToLatLng={coordsToLatLng}
      interactive={false}
      style={(feature) => style((feature?.properties ?? { layer: id }) as OverlayFeatureProperties)}
      pointToLayer={(feature, latLng) => L.circleMarker(latLng, { radius: pointRadius, ...style(feature.properties as OverlayFeatureProperties) })}
    />
  );
}

export const DORI_COLOURS: Record<string, string> = {
  detection: '#4f9dde',
  observation: '#3bb273',
  recognition: '#f2a541',
  identification: '#e4572e',
};
