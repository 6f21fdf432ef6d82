import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MapContainer, ScaleControl } from 'react-leaflet';
import { nodesOf } from '../api/useConnection';
import type { AppConfig } from '../app/appConfigQuery';
import { toLatLng } from '../geo/coordinates';
import { BaseMap, type BasemapMode } from './basemap/BaseMap';
import { ExposeMap } from './ExposeMap';
import type { MapLayerId } from './layerCatalog';
import { mapCanvas } from './layers/mapCanvas';
import { BlackSpotsLayer } from './layers/BlackSpotsLayer';
import { BlindSpotsLayer } from './layers/BlindSpotsLayer';
import { BuildingsLayer } from './layers/BuildingsLayer';
import { CamerasLayer } from './layers/CamerasLayer';
import { CameraSectorsLayer } from './layers/CameraSectorsLayer';
import { FiberRunsLayer } from './layers/FiberRunsLayer';
import { NetworkNodesLayer } from './layers/NetworkNodesLayer';
import { PolesLayer } from './layers/PolesLayer';
import { PowerFeedsLayer } from './layers/PowerFeedsLayer';
import { PowerSourcesLayer } from './layers/PowerSourcesLayer';
import { ZonesLayer } from './layers/ZonesLayer';
import { MapUrlSync } from './MapUrlSync';
import type { MapUrlExtras, MapView as MapViewState } from './mapUrlState';
import { firstPaintLoaded, isSettled, type MapData } from './useMapData';
import { useDrawableCameras } from './useMapCameras';

export interface MapViewProps {
  config: AppConfig;
  /** From the URL; otherwise the deployment's initial view. */
  initialView?: MapViewState;
  data: MapData;
  visibleLayers: readonly MapLayerId[];
  onVisibleLayersChange: (layers: readonly MapLayerId[]) => void;
  forceOfflineBasemap: boolean;
  onBasemapModeChange: (mode: BasemapMode) => void;
  /** Canvas in browsers (fast); jsdom tests need SVG. */
  renderer?: 'canvas' | 'svg';
  /** Selection, open panel… written to the URL with the view. */
  urlExtras?: MapUrlExtras;
  /** Selection, open panel… of a link pasted or edited in the open tab. */
  onUrlExtras?: (extras: MapUrlExtras) => void;
  /** The first useful paint is done (cameras and black spots drawn); the other layers are arriving or there. */
  painted?: boolean;
  /** Overlays and interaction handlers, inside the map. */
  children?: ReactNode;
}

export function MapView({
  config,
  initialView,
  data,
  visibleLayers,
  onVisibleLayersChange,
  forceOfflineBasemap,
  onBasemapModeChange,
  renderer = 'canvas',
  painted = true,
  urlExtras,
  onUrlExtras,
  children,
}: MapViewProps) {
  // Tooltips are bound when a layer draws: redraw them in the new language.
  const { i18n } = useTranslation();
  const language = i18n.language;
  const center = initialView ? { lat: initialView.latitude, lng: initialView.longitude } : toLatLng(config.initialCenter);
  const zoom = initialView?.zoom ?? config.initialZoom;
  const shown = useCallback((id: MapLayerId) => visibleLayers.includes(id), [visibleLayers]);
  // Built as they arrive on the first load (see useMapCameras), drawn once a second meanwhile.
  const { cameras, expected: expectedCameras, arriving } = useDrawableCameras(data.cameras);
  // One canvas for every vector layer, camera sectors drawn as one path per status (read once, at map creation).
  const [canvas] = useState(() => (renderer === 'canvas' ? mapCanvas() : undefined));
  // Until everything has arrived, layers are drawn once a second, then at once: each full redraw
  // of 10,000 cameras costs a fifth of a second of rasterising, and every layer arriving asked for one.
  // Except for the first useful paint: the cameras and black spots are drawn as soon as both are
  // there, then the other layers (asked for after that paint) are held again until all have arrived.
  const firstPaintDue = !painted && firstPaintLoaded(data);
  const loading = arriving || (!firstPaintDue && !isSettled(data));
  useEffect(() => {
    canvas?.holdRedraws(loading);
    return () => canvas?.holdRedraws(false);
  }, [canvas, loading]);
  return (
    <MapContainer center={center} zoom={zoom} preferCanvas={renderer === 'canvas'} renderer={canvas} zoomControl className="vigie-map" maxZoom={20}>
      <BaseMap
        tileUrlTemplate={config.tileUrlTemplate}
        tileAttribution={config.tileAttribution}
        forceOffline={forceOfflineBasemap}
        zones={nodesOf(data.zones)}
        buildings={nodesOf(data.buildings)}
        onModeChange={onBasemapModeChange}
      />
      {/* Keyed by language so their tooltips are made again in it; one key per layer (siblings). */}
      {shown('zones') && <ZonesLayer key={`zones-${language}`} zones={nodesOf(data.zones)} />}
      {shown('buildings') && <BuildingsLayer key={`buildings-${language}`} buildings={nodesOf(data.buildings)} />}
      {shown('black-spots') && <BlackSpotsLayer key={`black-spots-${language}`} blackSpots={nodesOf(data.blackSpots)} />}
      {shown('blind-spots') && <BlindSpotsLayer key={`blind-spots-${language}`} mode={urlExtras?.cameras ?? 'planned'} blackSpots={nodesOf(data.blackSpots)} refreshKey={data.cameras} />}
      {/* Camera tooltips are made on hover, in the current language: no rebuild of 20,000 layers on a language change. */}
      {/* The fields of view follow the first paint (10,000 sectors to compute and fill), like the other layers. */}
      {shown('camera-sectors') && painted && <CameraSectorsLayer cameras={cameras} expectedCount={expectedCameras} />}
      {shown('fiber-runs') && <FiberRunsLayer key={`fiber-runs-${language}`} fiberRuns={nodesOf(data.fiberRuns)} />}
      {shown('power-feeds') && <PowerFeedsLayer key={`power-feeds-${language}`} powerFeeds={nodesOf(data.powerFeeds)} />}
      {shown('poles') && <PolesLayer key={`poles-${language}`} poles={nodesOf(data.poles)} />}
      {shown('power-sources') && <PowerSourcesLayer key={`power-sources-${language}`} powerSources={nodesOf(data.powerSources)} />}
      {shown('network-nodes') && <NetworkNodesLayer key={`network-nodes-${language}`} networkNodes={nodesOf(data.networkNodes)} />}
      {shown('cameras') && <CamerasLayer cameras={cameras} />}
      {children}
      <ScaleControl position="bottomright" imperial={false} />
      <MapUrlSync visibleLayers={visibleLayers} onVisibleLayersFromUrl={onVisibleLayersChange} extras={urlExtras} onExtrasFromUrl={onUrlExtras} />
      <ExposeMap />
    </MapContainer>
  );
}
