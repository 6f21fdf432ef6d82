import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { fromLatLng, toLatLng } from '../../geo/coordinates';

/**
 * The selected pole, network node or power source as a draggable (and keyboard-focusable) handle: on
 * release `onMoved` gets the new position. Not draggable when the user may not plan.
 */
export function PointHandle({ location, editable, label, onMoved }: {
  location: [number, number];
  editable: boolean;
  label: string;
  onMoved: (location: [number, number]) => void;
}) {
  const map = useMap();
  const callback = useRef(onMoved);
  callback.current = onMoved;
  const [longitude, latitude] = location;
  useEffect(() => {
    const marker = L.marker(toLatLng([longitude, latitude]), {
      draggable: editable, keyboard: true, title: label, alt: label, zIndexOffset: 1000,
      icon: L.divIcon({ className: 'camera-handle point-handle', html: '<span></span>', iconSize: [22, 22] }),
    }).addTo(map);
    marker.getElement()?.setAttribute('data-testid', 'point-handle');
    marker.on('dragend', () => callback.current(fromLatLng(marker.getLatLng()) as [number, number]));
    return () => {
      marker.remove();
    };
  }, [map, longitude, latitude, editable, label]);
  return null;
}
