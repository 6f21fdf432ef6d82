import type { Map as LeafletMap } from 'leaflet';

declare global {
  interface Window {
    /** The Leaflet map, for browser tests and debugging from the console. */
    __vigieMap?: LeafletMap;
  }
}
