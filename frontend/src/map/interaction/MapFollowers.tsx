import type { Geometry } from 'geojson';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { toLatLng } from '../../geo/coordinates';
import { findSelected } from '../../planning/AssetDetails';
import type { Selection } from '../mapUrlState';
import type { MapData } from '../useMapData';

/** Keeps Leaflet's idea of its size right when the panel beside it widens (Cost tab) or narrows. */
export function FollowContainerSize() {
  const map = useMap();
  useEffect(() => {
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => map.invalidateSize());
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
  return null;
}

/** Moves the map to a searched or linked asset once it is loaded. */
export function FlyToSelection({ target, data, onDone }: { target: Selection | null; data: MapData; onDone: () => void }) {
  const map = useMap();
  useEffect(() => {
    if (!target) return;
    const node = findSelected(data, target) as Record<string, unknown> | undefined;
    if (!node) return;
    const geometry = (node.location ?? node.boundary ?? node.footprint ?? node.path) as Geometry | undefined;
    if (geometry?.type === 'Point') map.setView(toLatLng(geometry.coordinates), Math.max(map.getZoom(), 17));
    else if (geometry && 'coordinates' in geometry) {
      const positions = (geometry.coordinates as unknown[]).flat(3) as number[];
      const lons = positions.filter((_, index) => index % 2 === 0);
      const lats = positions.filter((_, index) => index % 2 === 1);
      map.fitBounds([toLatLng([Math.min(...lons), Math.min(...lats)]), toLatLng([Math.max(...lons), Math.max(...lats)])], { maxZoom: 18, padding: [40, 40] });
    }
    onDone();
  }, [target, data, map, onDone]);
  return null;
}
