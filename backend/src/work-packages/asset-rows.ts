import type { NetworkElementKind } from '../core/network';
import { NETWORK_ELEMENT_KINDS } from '../core/network';
import { PHYSICAL_ASSET_TABLES } from '../common/physical-asset-tables';

/** Where each physical asset kind is stored (common/physical-asset-tables.ts). */
export const ASSET_TABLES = PHYSICAL_ASSET_TABLES;

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
