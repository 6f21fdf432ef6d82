import { useEffect, useRef } from 'react';
import { useMap, useMapEvent } from 'react-leaflet';
import type { MapLayerId } from './layerCatalog';
import { parseMapUrlState, serializeMapHash, type MapUrlExtras } from './mapUrlState';

/**
 * Keeps the URL hash in step with the map (view and visible layers) so the address bar is always a
 * shareable link, and follows a hash edited or pasted by the user.
 */
export function MapUrlSync({
  visibleLayers,
  onVisibleLayersFromUrl,
  extras,
  onExtrasFromUrl,
}: {
  visibleLayers: readonly MapLayerId[];
  onVisibleLayersFromUrl: (layers: readonly MapLayerId[]) => void;
  extras?: MapUrlExtras;
  /** The selection, tab and camera mode of a hash edited or pasted in the open tab. */
  onExtrasFromUrl?: (extras: MapUrlExtras) => void;
}) {
  const followExtras = useRef(onExtrasFromUrl);
  followExtras.current = onExtrasFromUrl;
  const map = useMap();

  const writeHash = () => {
    const center = map.getCenter();
    const hash = serializeMapHash({ latitude: center.lat, longitude: center.lng, zoom: map.getZoom() }, visibleLayers, extras);
    if (window.location.hash.replace(/^#/, '') !== hash) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}#${hash}`);
    }
  };

  useMapEvent('moveend', writeHash);
  useEffect(writeHash);

  useEffect(() => {
    const follow = () => {
      const state = parseMapUrlState(window.location.search, window.location.hash);
      if (state.view) map.setView({ lat: state.view.latitude, lng: state.view.longitude }, state.view.zoom);
      onVisibleLayersFromUrl(state.visibleLayers);
      followExtras.current?.({ selection: state.selection ?? null, tab: state.tab ?? 'layers', cameras: state.cameras ?? 'planned' });
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [map, onVisibleLayersFromUrl]);

  return null;
}
