import type { DataSource } from 'typeorm';
import { lengthMetersSql } from '../common/metric-sql';

/**
 * Brings every stored cable length in line with the metric policy of this instance (its projected
 * CRS): rows written under another VIGIE_PROJECTED_SRID, or whose path was changed by hand, are measured
 * again; rows already right are left alone. Run at start, so a deployment whose configured projection
 * changed never mixes lengths of two projections. Returns how many rows were measured again.
 */
export async function remeasureCableLengths(dataSource: DataSource, projectedSrid: number): Promise<number> {
  let changed = 0;
  for (const table of ['fiber_run', 'power_feed']) {
    const measured = lengthMetersSql('path', projectedSrid);
    const rows: unknown[] = await dataSource.query(
      `UPDATE "${table}" SET length_meters = ${measured} WHERE length_meters IS DISTINCT FROM ${measured} RETURNING id`,
    );
    changed += rows.length;
  }
  return changed;
}
