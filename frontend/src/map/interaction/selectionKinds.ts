import type { MapLayerId } from '../layerCatalog';
import type { SelectionKind } from '../mapUrlState';

export const SELECTION_KIND_OF_LAYER: Partial<Record<MapLayerId, SelectionKind>> = {
  cameras: 'camera',
  poles: 'pole',
  'network-nodes': 'networkNode',
  'fiber-runs': 'fiberRun',
  'power-sources': 'powerSource',
  'power-feeds': 'powerFeed',
  'black-spots': 'blackSpot',
  buildings: 'building',
};
