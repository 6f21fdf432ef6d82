import type { DataSource } from 'typeorm';
import { lengthMetersSql } from '../common/metric-sql';

/**
 * Brings every stored cable length in line with the metric policy of this instance (its projected
 * CRS): rows written under another VIGIE_PROJECTED_SRID, or whose path was changed by hand, are measured
 * again; rows already right (to a tenth of a millimetre: PROJ and proj4js differ in the last digits)
 * are left alone. Run at start, so a deployment whose configured projection changed never mixes
 * lengths of two projections. Returns how many rows were measured again.
 */
export async function remeasureCableLengths(dataSource: DataSource, projectedSrid: number): Promise<number> {
  let changed = 0;
  for (const table of ['fiber_run', 'power_feed']) {
    const measured = lengthMetersSql('path', projectedSrid);
    const [{ count }] = await dataSource.query(
      `WITH remeasured AS (
         UPDATE "${table}" SET length_meters = ${measured} WHERE abs(length_meters - ${measured}) > 1e-4 RETURNING 1
       ) SELECT count(*)::int AS count FROM remeasured`,
    );
    changed += count;
  }
  return changed;
}
