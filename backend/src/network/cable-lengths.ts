import type { DataSource } from 'typeorm';
import { lengthMetersSql } from '../common/metric-sql';

const STATE_NAME = 'cable_lengths';

/**
 * Brings every stored cable length in line with the metric policy of this instance (its projected
 * CRS), so a deployment whose configured projection changed never mixes lengths of two projections.
 * The CRS of the last measurement is recorded (measurement_state): when it is this instance's, nothing
 * is scanned (the API itself writes every length in that CRS); otherwise, or with `force`, rows not
 * already right (to a tenth of a millimetre: PROJ and proj4js differ in the last digits) are measured
 * again and the CRS recorded, in one transaction. A path changed by hand in SQL is not caught at start:
 * run with `force` after such an edit. Returns how many rows were measured again.
 */
export async function remeasureCableLengths(dataSource: DataSource, projectedSrid: number, options: { force?: boolean } = {}): Promise<number> {
  return dataSource.transaction(async (manager) => {
    // Locked, so two processes starting together measure once.
    const [state] = await manager.query(`SELECT projected_srid FROM measurement_state WHERE name = $1 FOR UPDATE`, [STATE_NAME]);
    if (!options.force && state?.projected_srid === projectedSrid) return 0;
    let changed = 0;
    for (const table of ['fiber_run', 'power_feed']) {
      const measured = lengthMetersSql('path', projectedSrid);
      const [{ count }] = await manager.query(
        `WITH remeasured AS (
           UPDATE "${table}" SET length_meters = ${measured} WHERE abs(length_meters - ${measured}) > 1e-4 RETURNING 1
         ) SELECT count(*)::int AS count FROM remeasured`,
      );
      changed += count;
    }
    await manager.query(
      `INSERT INTO measurement_state (name, projected_srid) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET projected_srid = EXCLUDED.projected_srid, measured_at = now()`,
      [STATE_NAME, projectedSrid],
    );
    return changed;
  });
}
