import L from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { fromLatLng, toLatLng } from '../../geo/coordinates';
import { geodesicDestination } from '../../geo/destination';
import { bearingDegrees } from '../../editing/snapping';

/**
 * The selected camera's handles: the camera itself (drag to move) and a knob ahead of it along the
 * heading (drag to turn). Both are keyboard-focusable markers; while dragging, `onDraft` gets the
 * provisional location/heading (the preview follows), and on release `onMoved` / `onRotated` save.
 */
export function CameraHandles({
  location,
  headingDegrees,
  editable,
  labels,
  onDraft,
  onMoved,
  onRotated,
}: {
  location: [number, number];
  headingDegrees: number;
  editable: boolean;
  labels: { move: string; rotate: string };
  onDraft: (draft: { location?: [number, number]; headingDegrees?: number }) => void;
  onMoved: (location: [number, number]) => void;
  onRotated: (headingDegrees: number) => void;
}) {
  const map = useMap();
  const callbacks = useRef({ onDraft, onMoved, onRotated });
  callbacks.current = { onDraft, onMoved, onRotated };
  const state = useRef({ location, headingDegrees });
  state.current = { location, headingDegrees };

  const handleDistance = () => {
    // About 70 px ahead of the camera, whatever the zoom.
    const center = map.latLngToContainerPoint(toLatLng(state.current.location));
    const ahead = map.containerPointToLatLng(center.add([70, 0]));
    return map.distance(toLatLng(state.current.location), ahead);
  };
  const knobPosition = (from: [number, number], heading: number) =>
    toLatLng(geodesicDestination(from, handleDistance(), heading));

  const markers = useMemo(() => {
    const body = L.marker(toLatLng(location), {
      draggable: editable,
      keyboard: true,
      title: labels.move,
      alt: labels.move,
      icon: L.divIcon({ className: 'camera-handle', html: '<span></span>', iconSize: [22, 22] }),
      zIndexOffset: 1000,
    });
    const knob = L.marker(knobPosition(location, headingDegrees), {
      draggable: editable,
      keyboard: true,
      title: labels.rotate,
      alt: labels.rotate,
      icon: L.divIcon({ className: 'rotate-handle', html: '<span>⟳</span>', iconSize: [20, 20] }),
      zIndexOffset: 1001,
    });
    const line = L.polyline([toLatLng(location), knobPosition(location, headingDegrees)], { color: '#1f6feb', weight: 1.5, dashArray: '4 3', interactive: false, renderer: L.svg() });
    return { body, knob, line };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, editable]);

  useEffect(() => {
    const { body, knob, line } = markers;
    line.addTo(map);
    body.addTo(map);
    if (editable) knob.addTo(map);
    body.getElement()?.setAttribute('data-testid', 'camera-move-handle');
    knob.getElement()?.setAttribute('data-testid', 'camera-rotate-handle');
    body.on('drag', () => {
      const position = fromLatLng(body.getLatLng()) as [number, number];
      knob.setLatLng(knobPosition(position, state.current.headingDegrees));
      line.setLatLngs([body.getLatLng(), knob.getLatLng()]);
      callbacks.current.onDraft({ location: position });
    });
    body.on('dragend', () => callbacks.current.onMoved(fromLatLng(body.getLatLng()) as [number, number]));
    knob.on('drag', () => {
      const heading = bearingDegrees(state.current.location, fromLatLng(knob.getLatLng()));
      line.setLatLngs([body.getLatLng(), knob.getLatLng()]);
      callbacks.current.onDraft({ headingDegrees: heading });
    });
    knob.on('dragend', () => {
      const heading = Math.round(bearingDegrees(state.current.location, fromLatLng(knob.getLatLng()))) % 360;
      knob.setLatLng(knobPosition(state.current.location, heading));
      callbacks.current.onRotated(heading);
    });
    const follow = () => {
      knob.setLatLng(knobPosition(state.current.location, state.current.headingDegrees));
      line.setLatLngs([body.getLatLng(), knob.getLatLng()]);
    };
    map.on('zoomend', follow);
    return () => {
      map.off('zoomend', follow);
      body.remove();
      knob.remove();
      line.remove();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, markers]);

  useEffect(() => {
    const { body, knob, line } = markers;
    body.setLatLng(toLatLng(location));
    knob.setLatLng(knobPosition(location, headingDegrees));
    line.setLatLngs([body.getLatLng(), knob.getLatLng()]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [markers, location[0], location[1], headingDegrees]);
  return null;
}
