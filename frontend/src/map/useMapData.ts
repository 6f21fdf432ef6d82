import { useConnection, type LoadState } from '../api/useConnection';
import { BLACK_SPOTS_QUERY, type BlackSpotNode } from './layers/blackSpotsQuery';
import { BUILDINGS_QUERY, type BuildingNode } from './layers/buildingsQuery';
import { CAMERAS_QUERY, type CameraNode } from './layers/camerasQuery';
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

/**
 * Everything the first map shows, each collection loaded on its own (all pages) so one failing query
 * does not hide the others. Small enough for a city's demo; a later issue loads by bbox.
 */
export function useMapData(): MapData {
  return {
    zones: useConnection(ZONES_QUERY, 'zones'),
    buildings: useConnection(BUILDINGS_QUERY, 'buildings'),
    blackSpots: useConnection(BLACK_SPOTS_QUERY, 'blackSpots'),
    poles: useConnection(POLES_QUERY, 'poles'),
    cameras: useConnection(CAMERAS_QUERY, 'cameras'),
    networkNodes: useConnection(NETWORK_NODES_QUERY, 'networkNodes'),
    fiberRuns: useConnection(FIBER_RUNS_QUERY, 'fiberRuns'),
    powerSources: useConnection(POWER_SOURCES_QUERY, 'powerSources'),
    powerFeeds: useConnection(POWER_FEEDS_QUERY, 'powerFeeds'),
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
