import { useCallback, useMemo, useState } from 'react';
import type { BasemapMode } from '../map/basemap/BaseMap';
import type { MapLayerId } from '../map/layerCatalog';
import { MapView } from '../map/MapView';
import { parseMapUrlState } from '../map/mapUrlState';
import { AssetSummary } from '../map/panel/AssetSummary';
import { LayerPanel } from '../map/panel/LayerPanel';
import { Legend } from '../map/panel/Legend';
import { failuresOf, isSettled, useMapData, type MapData } from '../map/useMapData';
import { useAppConfig } from './appConfigQuery';
import { Header } from './Header';

const COLLECTION_LABELS: Record<keyof MapData, string> = {
  zones: 'zones',
  buildings: 'buildings',
  blackSpots: 'black spots',
  poles: 'poles',
  cameras: 'cameras',
  networkNodes: 'network nodes',
  fiberRuns: 'fiber runs',
  powerSources: 'power sources',
  powerFeeds: 'power feeds',
};

export function App({ renderer = 'canvas' }: { renderer?: 'canvas' | 'svg' }) {
  const initialUrlState = useMemo(() => parseMapUrlState(window.location.search, window.location.hash), []);
  const [visibleLayers, setVisibleLayers] = useState<readonly MapLayerId[]>(initialUrlState.visibleLayers);
  const [basemapMode, setBasemapMode] = useState<BasemapMode | undefined>(undefined);
  const onBasemapModeChange = useCallback((mode: BasemapMode) => setBasemapMode(mode), []);
  const appConfig = useAppConfig();
  const data = useMapData();

  const settled = isSettled(data) && appConfig.status !== 'loading';
  const failures = failuresOf(data);
  const configError = appConfig.status === 'error' ? appConfig.message : undefined;
  const status =
    !settled ? { text: 'Loading map data…', tone: 'busy' as const }
    : failures.length > 0 || configError ? { text: 'Some data could not be loaded', tone: 'error' as const }
    : { text: 'Up to date', tone: 'ok' as const };

  const featureCounts = useMemo(() => {
    const count = (state: MapData[keyof MapData]) =>
      state.status === 'loaded' ? state.nodes.length : state.status === 'error' ? ('error' as const) : undefined;
    return {
      zones: count(data.zones),
      buildings: count(data.buildings),
      'black-spots': count(data.blackSpots),
      'camera-sectors': count(data.cameras),
      'fiber-runs': count(data.fiberRuns),
      'power-feeds': count(data.powerFeeds),
      poles: count(data.poles),
      'power-sources': count(data.powerSources),
      'network-nodes': count(data.networkNodes),
      cameras: count(data.cameras),
    } satisfies Record<MapLayerId, number | 'error' | undefined>;
  }, [data]);

  return (
    <div className="app">
      <Header deploymentName={appConfig.status === 'loading' ? '' : appConfig.config.deploymentName} status={status} />
      <aside className="side-panel" aria-label="Map panel">
        <AssetSummary data={data} />
        <LayerPanel visibleLayers={visibleLayers} onChange={setVisibleLayers} featureCounts={featureCounts} />
        <Legend />
      </aside>
      <main
        className="map-area"
        data-testid="map"
        data-ready={settled ? 'true' : 'false'}
        data-basemap={basemapMode ?? 'pending'}
        data-visible-layers={visibleLayers.join(',')}
      >
        {appConfig.status === 'loading' ? (
          <div className="map-placeholder">Loading…</div>
        ) : (
          <MapView
            config={appConfig.config}
            initialView={initialUrlState.view}
            data={data}
            visibleLayers={visibleLayers}
            onVisibleLayersChange={setVisibleLayers}
            forceOfflineBasemap={initialUrlState.tiles === 'off'}
            onBasemapModeChange={onBasemapModeChange}
            renderer={renderer}
          />
        )}
        {(failures.length > 0 || configError) && (
          <div className="error-banner" role="alert" data-testid="load-errors">
            <strong>Some data could not be loaded.</strong>
            <ul>
              {configError && <li>Configuration: {configError} (showing default settings)</li>}
              {failures.map(({ collection, message }) => (
                <li key={collection}>
                  {COLLECTION_LABELS[collection]}: {message}
                </li>
              ))}
            </ul>
          </div>
        )}
        {basemapMode === 'offline' && (
          <div
            className="basemap-notice"
            role="status"
            data-testid="basemap-notice"
            title="Map tiles are unavailable: the background is drawn from Vigie's own zones and buildings."
          >
            Offline basemap
          </div>
        )}
      </main>
    </div>
  );
}
