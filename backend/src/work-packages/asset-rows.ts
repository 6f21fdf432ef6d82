import type { NetworkElementKind } from '../core/network';
import { NETWORK_ELEMENT_KINDS } from '../core/network';

/** Where each physical asset kind is stored and its geometry column. */
export const ASSET_TABLES: Record<NetworkElementKind, { table: string; geometry: 'location' | 'path'; typeName: string }> = {
  network_node: { table: 'network_node', geometry: 'location', typeName: 'NetworkNode' },
  pole: { table: 'pole', geometry: 'location', typeName: 'Pole' },
  camera: { table: 'camera', geometry: 'location', typeName: 'Camera' },
  fiber_run: { table: 'fiber_run', geometry: 'path', typeName: 'FiberRun' },
  power_source: { table: 'power_source', geometry: 'location', typeName: 'PowerSource' },
  power_feed: { table: 'power_feed', geometry: 'path', typeName: 'PowerFeed' },
};

/**
 * Every physical asset as one relation: `asset_type, id, code, status, version, existing, created_at,
 * assigned_organisation_id, geom` (its geometry) and `point` (the point, or a cable's midpoint: where a
 * line is counted for an area or a zone, as the network's zone report does). Table names are constants.
 */
export function allAssetsSql(kinds: readonly NetworkElementKind[] = NETWORK_ELEMENT_KINDS): string {
  return kinds
    .map((kind) => {
      const { table, geometry } = ASSET_TABLES[kind];
      const point = geometry === 'path' ? 'ST_LineInterpolatePoint(path, 0.5)' : 'location';
      return `SELECT '${kind}'::asset_type AS asset_type, id, code, status, version, existing, created_at, assigned_organisation_id,
                     ${geometry} AS geom, ${point} AS point FROM "${table}"`;
    })
    .join(' UNION ALL ');
}
