import { useCallback } from 'react';
import { MapContainer, ScaleControl } from 'react-leaflet';
import { nodesOf } from '../api/useConnection';
import type { AppConfig } from '../app/appConfigQuery';
import { toLatLng } from '../geo/coordinates';
import { BaseMap, type BasemapMode } from './basemap/BaseMap';
import { ExposeMap } from './ExposeMap';
import type { MapLayerId } from './layerCatalog';
import { BlackSpotsLayer } from './layers/BlackSpotsLayer';
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
import type { MapView as MapViewState } from './mapUrlState';
import type { MapData } from './useMapData';

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
}: MapViewProps) {
  const center = initialView ? { lat: initialView.latitude, lng: initialView.longitude } : toLatLng(config.initialCenter);
  const zoom = initialView?.zoom ?? config.initialZoom;
  const shown = useCallback((id: MapLayerId) => visibleLayers.includes(id), [visibleLayers]);
  const cameras = nodesOf(data.cameras);
  return (
    <MapContainer center={center} zoom={zoom} preferCanvas={renderer === 'canvas'} zoomControl className="vigie-map" maxZoom={20}>
      <BaseMap
        tileUrlTemplate={config.tileUrlTemplate}
        tileAttribution={config.tileAttribution}
        forceOffline={forceOfflineBasemap}
        zones={nodesOf(data.zones)}
        buildings={nodesOf(data.buildings)}
        onModeChange={onBasemapModeChange}
      />
      {shown('zones') && <ZonesLayer zones={nodesOf(data.zones)} />}
      {shown('buildings') && <BuildingsLayer buildings={nodesOf(data.buildings)} />}
      {shown('black-spots') && <BlackSpotsLayer blackSpots={nodesOf(data.blackSpots)} />}
      {shown('camera-sectors') && <CameraSectorsLayer cameras={cameras} />}
      {shown('fiber-runs') && <FiberRunsLayer fiberRuns={nodesOf(data.fiberRuns)} />}
      {shown('power-feeds') && <PowerFeedsLayer powerFeeds={nodesOf(data.powerFeeds)} />}
      {shown('poles') && <PolesLayer poles={nodesOf(data.poles)} />}
      {shown('power-sources') && <PowerSourcesLayer powerSources={nodesOf(data.powerSources)} />}
      {shown('network-nodes') && <NetworkNodesLayer networkNodes={nodesOf(data.networkNodes)} />}
      {shown('cameras') && <CamerasLayer cameras={cameras} />}
      <ScaleControl position="bottomright" imperial={false} />
      <MapUrlSync visibleLayers={visibleLayers} onVisibleLayersFromUrl={onVisibleLayersChange} />
      <ExposeMap />
    </MapContainer>
  );
}
