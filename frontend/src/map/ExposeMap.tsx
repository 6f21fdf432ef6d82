import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Publishes the Leaflet map as `window.__vigieMap` for browser tests and console debugging. */
export function ExposeMap() {
  const map = useMap();
  useEffect(() => {
    window.__vigieMap = map;
    return () => {
      if (window.__vigieMap === map) delete window.__vigieMap;
    };
  }, [map]);
  return null;
}
