import { useEffect, useState } from 'react';
import { graphqlRequest } from '../api/graphqlClient';
import { useEditableConnection, type CollectionEditor, type LoadState } from '../api/useConnection';
import { BLACK_SPOTS_QUERY, type BlackSpotNode } from './layers/blackSpotsQuery';
import { BUILDINGS_QUERY, type BuildingNode } from './layers/buildingsQuery';
import { CAMERA_COUNT_QUERY, CAMERAS_QUERY, type CameraFilter, type CameraNode } from './layers/camerasQuery';
import { FIBER_RUNS_QUERY, type FiberRunNode } from './layers/fiberRunsQuery';
import { NETWORK_NODES_QUERY, type NetworkNodeNode } from './layers/networkNodesQuery';
import { POLES_QUERY, type PoleNode } from './layers/polesQuery';
import { POWER_FEEDS_QUERY, type PowerFeedNode } from './layers/powerFeedsQuery';
import { POWER_SOURCES_QUERY, type PowerSourceNode } from './layers/powerSourcesQuery';
import { ZONES_QUERY, type ZoneNode } from './layers/zonesQuery';

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

/** Above this many cameras only those in view are loaded (bbox filter), reloaded as the map moves. */
export const LARGE_NETWORK_THRESHOLD = 5000;

export type Bbox = [number, number, number, number];

export interface CameraLoading {
  /** 'all': every camera is loaded; 'in-view': only those in (a margin around) the view. */
  mode: 'pending' | 'all' | 'in-view';
  totalCount?: number;
}

/**
 * Everything the map shows, each collection loaded on its own (all pages) so one failing query does
 * not hide the others. Cameras: all of them up to LARGE_NETWORK_THRESHOLD, above it only those in
 * view (`viewBbox`, given by the map as it moves).
 */
export function useMapData(viewBbox?: Bbox | null): { data: MapData; editors: MapEditors; cameraLoading: CameraLoading } {
  const [cameraLoading, setCameraLoading] = useState<CameraLoading>({ mode: 'pending' });
  useEffect(() => {
    let live = true;
    graphqlRequest(CAMERA_COUNT_QUERY, {}).then(
      ({ cameras }) => live && setCameraLoading({ mode: cameras.totalCount > LARGE_NETWORK_THRESHOLD ? 'in-view' : 'all', totalCount: cameras.totalCount }),
      () => live && setCameraLoading({ mode: 'all' }),
    );
    return () => {
      live = false;
    };
  }, []);
  const inView = cameraLoading.mode === 'in-view';
  const cameraFilter: CameraFilter | undefined = inView && viewBbox ? { bbox: viewBbox } : undefined;
  const cameraEnabled = cameraLoading.mode === 'all' || (inView && !!viewBbox);

  const [zones, zonesEditor] = useEditableConnection(ZONES_QUERY, 'zones');
  const [buildings, buildingsEditor] = useEditableConnection(BUILDINGS_QUERY, 'buildings');
  const [blackSpots, blackSpotsEditor] = useEditableConnection(BLACK_SPOTS_QUERY, 'blackSpots');
  const [poles, polesEditor] = useEditableConnection(POLES_QUERY, 'poles');
  const [cameras, camerasEditor] = useEditableConnection(CAMERAS_QUERY, 'cameras', cameraFilter, cameraEnabled);
  const [networkNodes, networkNodesEditor] = useEditableConnection(NETWORK_NODES_QUERY, 'networkNodes');
  const [fiberRuns, fiberRunsEditor] = useEditableConnection(FIBER_RUNS_QUERY, 'fiberRuns');
  const [powerSources, powerSourcesEditor] = useEditableConnection(POWER_SOURCES_QUERY, 'powerSources');
  const [powerFeeds, powerFeedsEditor] = useEditableConnection(POWER_FEEDS_QUERY, 'powerFeeds');
  return {
    data: { zones, buildings, blackSpots, poles, cameras, networkNodes, fiberRuns, powerSources, powerFeeds },
    editors: {
      zones: zonesEditor, buildings: buildingsEditor, blackSpots: blackSpotsEditor, poles: polesEditor, cameras: camerasEditor,
      networkNodes: networkNodesEditor, fiberRuns: fiberRunsEditor, powerSources: powerSourcesEditor, powerFeeds: powerFeedsEditor,
    } as MapEditors,
    cameraLoading,
  };
}

export function isSettled(data: MapData): boolean {
  return Object.values(data).every((state: LoadState<unknown>) => state.status !== 'loading');
}

export function failuresOf(data: MapData): Array<{ collection: MapCollection; message: string }> {
  return (Object.entries(data) as Array<[MapCollection, LoadState<unknown>]>).flatMap(([collection, state]) =>
    state.status === 'error' ? [{ collection, message: state.message }] : [],
  );
}
