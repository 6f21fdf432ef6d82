import type { MigrationInterface, QueryRunner } from 'typeorm';
import { loadConfig } from '../backend/src/config/vigie-config';
import { lengthMetersSql } from '../backend/src/common/metric-sql';

/**
 * Cable lengths follow the one metric policy (backend/src/core/geometry/metric.ts): the planar length in
 * the deployment's projected CRS (VIGIE_PROJECTED_SRID, UTM 30N for Fès), as routes, snapping and the
 * bill measure them, instead of the length on the WGS84 spheroid (`ST_Length(path::geography)`). Within
 * the UTM zone the two differ by the zone's scale factor (about -0.02 % at Fès), but two rules gave two
 * lengths for one cable. Written by hand (the generator sees no schema change). The SRID is the one the
 * application reads from the same environment.
 */
export class CableLengthsInProjectedCrs1796595421893 implements MigrationInterface {
  name = 'CableLengthsInProjectedCrs1796595421893';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const srid = loadConfig(process.env).projectedSrid;
    for (const table of ['fiber_run', 'power_feed']) {
      await queryRunner.query(`UPDATE "${table}" SET "length_meters" = ${lengthMetersSql('"path"', srid)}`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['fiber_run', 'power_feed']) {
      await queryRunner.query(`UPDATE "${table}" SET "length_meters" = ST_Length("path"::geography)`);
    }
  }
}
