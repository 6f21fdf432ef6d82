import { useEffect, useState } from 'react';
import { useEditableConnection, type CollectionEditor, type LoadState } from '../api/useConnection';
import type { MapLayerId } from './layerCatalog';
import { BLACK_SPOTS_QUERY, type BlackSpotNode } from './layers/blackSpotsQuery';
import { BUILDINGS_QUERY, type BuildingNode } from './layers/buildingsQuery';
import type { CameraCount, CameraNode } from './layers/camerasQuery';
import { FIBER_RUNS_QUERY, type FiberRunNode } from './layers/fiberRunsQuery';
import { NETWORK_NODES_QUERY, type NetworkNodeNode } from './layers/networkNodesQuery';
import { POLES_QUERY, type PoleNode } from './layers/polesQuery';
import { POWER_FEEDS_QUERY, type PowerFeedNode } from './layers/powerFeedsQuery';
import { POWER_SOURCES_QUERY, type PowerSourceNode } from './layers/powerSourcesQuery';
import { ZONES_QUERY, type ZoneNode } from './layers/zonesQuery';
import { useMapCameras, type CameraLoading } from './useMapCameras';
import type { Bbox } from './cameraPages';

export { LARGE_NETWORK_THRESHOLD, type CameraLoading } from './useMapCameras';
export type { Bbox } from './cameraPages';

export interface MapData {
  zones: LoadState<ZoneNode>;
  buildings: LoadState<BuildingNode>;
  blackSpots: LoadState<BlackSpotNode>;
  poles: LoadState<PoleNode>;
  cameras: LoadState<CameraNode>;
  networkNodes: LoadState<NetworkNodeNode>;
  fiberRuns: LoadState<FiberRunNode>;
  powerSources: LoadState<PowerSourceNode>;
  powerFeeds: LoadState<PowerFeedNode>;
}

export type MapCollection = keyof MapData;
export type MapEditors = { [K in MapCollection]: CollectionEditor<MapData[K] extends LoadState<infer N> ? (N extends { id: string } ? N : never) : never> };

/**
 * Everything the map shows, each collection loaded on its own (all pages) so one failing query does
 * not hide the others. Cameras: see useMapCameras (all, or only those in `viewBbox` for a large network;
 * `knownCameraCount`: their count, if already asked).
 * The first useful paint is the cameras and the black spots: they are asked for first, alone; the
 * other collections once `painted` (the map has drawn those two, see firstPaintLoaded), so that the
 * server (one database connection) and the page's main thread serve the first paint first.
 */
export function useMapData(viewBbox?: Bbox | null, knownCameraCount?: CameraCount, painted = true): { data: MapData; editors: MapEditors; cameraLoading: CameraLoading } {
  const [cameras, camerasEditor, cameraLoading] = useMapCameras(viewBbox, knownCameraCount);
  // Asked for once the camera count is known: the count alone decides when the cameras can be asked for
  // (all, or those in view), and the server (one database connection) answers it first; the black spots
  // then arrive beside the cameras, a few kB beside hundreds.
  const [blackSpots, blackSpotsEditor] = useEditableConnection(BLACK_SPOTS_QUERY, 'blackSpots', undefined, useLatch(cameraLoading.mode !== 'pending'));
  // Latched: the rest stays loaded (and editable) whatever happens to the first two later.
  const others = useLatch(painted);
  const [zones, zonesEditor] = useEditableConnection(ZONES_QUERY, 'zones', undefined, others);
  const [buildings, buildingsEditor] = useEditableConnection(BUILDINGS_QUERY, 'buildings', undefined, others);
  const [poles, polesEditor] = useEditableConnection(POLES_QUERY, 'poles', undefined, others);
  const [networkNodes, networkNodesEditor] = useEditableConnection(NETWORK_NODES_QUERY, 'networkNodes', undefined, others);
  const [fiberRuns, fiberRunsEditor] = useEditableConnection(FIBER_RUNS_QUERY, 'fiberRuns', undefined, others);
  const [powerSources, powerSourcesEditor] = useEditableConnection(POWER_SOURCES_QUERY, 'powerSources', undefined, others);
  const [powerFeeds, powerFeedsEditor] = useEditableConnection(POWER_FEEDS_QUERY, 'powerFeeds', undefined, others);
  return {
    data: { zones, buildings, blackSpots, poles, cameras, networkNodes, fiberRuns, powerSources, powerFeeds },
    editors: {
      zones: zonesEditor, buildings: buildingsEditor, blackSpots: blackSpotsEditor, poles: polesEditor, cameras: camerasEditor,
      networkNodes: networkNodesEditor, fiberRuns: fiberRunsEditor, powerSources: powerSourcesEditor, powerFeeds: powerFeedsEditor,
    } as MapEditors,
    cameraLoading,
  };
}

/** True from the first render `condition` holds on, whatever it becomes later. */
function useLatch(condition: boolean): boolean {
  const [latched, setLatched] = useState(condition);
  useEffect(() => {
    if (condition) setLatched(true);
  }, [condition]);
  return latched || condition;
}

/** What the first useful paint shows has arrived (or failed): every camera of the first load, and the black spots. */
export function firstPaintLoaded(data: Pick<MapData, 'cameras' | 'blackSpots'>): boolean {
  return data.cameras.status !== 'loading' && data.blackSpots.status !== 'loading';
}

export function isSettled(data: MapData): boolean {
  return Object.values(data).every((state: LoadState<unknown>) => state.status !== 'loading');
}

export function failuresOf(data: MapData): Array<{ collection: MapCollection; message: string }> {
  return (Object.entries(data) as Array<[MapCollection, LoadState<unknown>]>).flatMap(([collection, state]) =>
    state.status === 'error' ? [{ collection, message: state.message }] : [],
  );
}

/** How many features each layer has loaded (the layer switcher's counts); 'error' when its list failed. */
export function featureCountsOf(data: MapData): Record<MapLayerId, number | 'error' | undefined> {
  const count = (state: MapData[keyof MapData]) =>
    state.status === 'loaded' ? state.nodes.length : state.status === 'error' ? ('error' as const) : undefined;
  return {
    zones: count(data.zones), buildings: count(data.buildings), 'black-spots': count(data.blackSpots), 'blind-spots': count(data.blackSpots), 'camera-sectors': count(data.cameras),
    'fiber-runs': count(data.fiberRuns), 'power-feeds': count(data.powerFeeds), poles: count(data.poles), 'power-sources': count(data.powerSources),
    'network-nodes': count(data.networkNodes), cameras: count(data.cameras),
  };
}
