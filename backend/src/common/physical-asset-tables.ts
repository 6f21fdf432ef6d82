import type { NetworkElementKind } from '../core/network';

/**
 * Where each kind of physical asset is stored: its table, its geometry column and its GraphQL type.
 * One table for every feature that reaches assets by kind (work packages, status steps, evidence
 * photos, faults), so a new kind is added in one place.
 */
export const PHYSICAL_ASSET_TABLES: Readonly<Record<NetworkElementKind, { table: string; geometry: 'location' | 'path'; typeName: string }>> = {
  network_node: { table: 'network_node', geometry: 'location', typeName: 'NetworkNode' },
  pole: { table: 'pole', geometry: 'location', typeName: 'Pole' },
  camera: { table: 'camera', geometry: 'location', typeName: 'Camera' },
  fiber_run: { table: 'fiber_run', geometry: 'path', typeName: 'FiberRun' },
  power_source: { table: 'power_source', geometry: 'location', typeName: 'PowerSource' },
  power_feed: { table: 'power_feed', geometry: 'path', typeName: 'PowerFeed' },
};
