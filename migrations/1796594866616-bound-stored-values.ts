import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bounded stored values (issue 10): one CHECK per bounded column, `<table>_<column>_range`, with the
 * ranges of backend/src/core/bounds.ts as they were when this was written (camera model prices, power
 * draw, zoom, sensor width and cable lengths had none; others only a lower bound). NULL passes (the
 * column's NOT NULL says whether it may be empty); NaN and infinities do not (NaN sorts above every
 * number in PostgreSQL). The weaker checks they replace are dropped.
 * Codes: stored trimmed and never blank (`<table>_code_trimmed`), unique whatever the case (a unique
 * index on lower(code), `<table>_code_normalised`; TypeORM cannot declare expression indexes, the
 * entities list it with synchronize off). Padded codes already stored are trimmed first; if that makes
 * two codes equal, or a stored value is out of its range, this migration fails and says which
 * constraint: fix those rows by hand and start again (nothing is changed silently).
 * Written by hand from the bounds table; the generator would not see the index.
 */
const SUPERSEDED: [string, string][] = [
  ['camera_model', 'camera_model_pixels_positive'],
  ['camera', 'camera_ups_autonomy_positive'],
  ['camera', 'camera_heading_range'],
  ['camera', 'camera_tilt_range'],
  ['camera', 'camera_mount_height_range'],
  ['pole', 'pole_ups_autonomy_positive'],
  ['pole', 'pole_height_positive'],
  ['black_spot', 'black_spot_priority_range'],
  ['building', 'building_height_range'],
  ['fiber_run', 'fiber_run_strands_positive'],
  ['power_feed', 'power_feed_capacity_positive'],
  ['power_source', 'power_source_capacity_positive'],
  ['network_node', 'network_node_ups_autonomy_positive'],
  ['network_node', 'network_node_power_draw_positive'],
  ['network_node', 'network_node_capacity_positive'],
];

const RANGES: [string, string, string][] = [
  ['camera_model', 'camera_model_horizontal_pixels_range', '"horizontal_pixels" >= 1 AND "horizontal_pixels" <= 20000'],
  ['camera_model', 'camera_model_vertical_pixels_range', '"vertical_pixels" >= 1 AND "vertical_pixels" <= 20000'],
  ['camera_model', 'camera_model_sensor_width_mm_range', '"sensor_width_mm" >= 0.5 AND "sensor_width_mm" <= 50'],
  ['camera_model', 'camera_model_focal_length_min_mm_range', '"focal_length_min_mm" >= 0.5 AND "focal_length_min_mm" <= 2000'],
  ['camera_model', 'camera_model_focal_length_max_mm_range', '"focal_length_max_mm" >= 0.5 AND "focal_length_max_mm" <= 2000'],
  ['camera_model', 'camera_model_fixed_horizontal_field_of_view_degrees_range', '"fixed_horizontal_field_of_view_degrees" >= 1 AND "fixed_horizontal_field_of_view_degrees" <= 360'],
  ['camera_model', 'camera_model_pan_range_degrees_range', '"pan_range_degrees" >= 0 AND "pan_range_degrees" <= 360'],
  ['camera_model', 'camera_model_optical_zoom_range', '"optical_zoom" >= 1 AND "optical_zoom" <= 100'],
  ['camera_model', 'camera_model_ir_range_meters_range', '"ir_range_meters" >= 0 AND "ir_range_meters" <= 1000'],
  ['camera_model', 'camera_model_power_draw_watts_range', '"power_draw_watts" >= 0 AND "power_draw_watts" <= 1000'],
  ['camera_model', 'camera_model_typical_bitrate_mbps_range', '"typical_bitrate_mbps" >= 0 AND "typical_bitrate_mbps" <= 1000'],
  ['camera_model', 'camera_model_unit_price_mad_range', '"unit_price_mad" >= 0 AND "unit_price_mad" <= 1000000'],
  ['camera', 'camera_mount_height_meters_range', '"mount_height_meters" >= 0.1 AND "mount_height_meters" <= 100'],
  ['camera', 'camera_heading_degrees_range', '"heading_degrees" >= 0 AND "heading_degrees" < 360'],
  ['camera', 'camera_tilt_degrees_range', '"tilt_degrees" >= -90 AND "tilt_degrees" <= 90'],
  ['camera', 'camera_focal_length_mm_range', '"focal_length_mm" >= 0.5 AND "focal_length_mm" <= 2000'],
  ['camera', 'camera_ups_autonomy_minutes_range', '"ups_autonomy_minutes" >= 0 AND "ups_autonomy_minutes" <= 100000'],
  ['pole', 'pole_height_meters_range', '"height_meters" >= 0.1 AND "height_meters" <= 100'],
  ['pole', 'pole_ups_autonomy_minutes_range', '"ups_autonomy_minutes" >= 0 AND "ups_autonomy_minutes" <= 100000'],
  ['black_spot', 'black_spot_priority_range', '"priority" >= 1 AND "priority" <= 5'],
  ['building', 'building_height_meters_range', '"height_meters" >= 0.1 AND "height_meters" <= 1000'],
  ['fiber_run', 'fiber_run_strand_count_range', '"strand_count" >= 1 AND "strand_count" <= 1728'],
  ['fiber_run', 'fiber_run_length_meters_range', '"length_meters" >= 0 AND "length_meters" <= 100000'],
  ['power_feed', 'power_feed_capacity_watts_range', '"capacity_watts" >= 1 AND "capacity_watts" <= 10000000'],
  ['power_feed', 'power_feed_voltage_range', '"voltage" >= 1 AND "voltage" <= 400000'],
  ['power_feed', 'power_feed_length_meters_range', '"length_meters" >= 0 AND "length_meters" <= 100000'],
  ['power_source', 'power_source_capacity_watts_range', '"capacity_watts" >= 1 AND "capacity_watts" <= 10000000'],
  ['power_source', 'power_source_voltage_range', '"voltage" >= 1 AND "voltage" <= 400000'],
  ['network_node', 'network_node_port_count_range', '"port_count" >= 0 AND "port_count" <= 10000'],
  ['network_node', 'network_node_strand_capacity_range', '"strand_capacity" >= 0 AND "strand_capacity" <= 100000'],
  ['network_node', 'network_node_power_draw_watts_range', '"power_draw_watts" >= 0 AND "power_draw_watts" <= 1000000'],
  ['network_node', 'network_node_ups_autonomy_minutes_range', '"ups_autonomy_minutes" >= 0 AND "ups_autonomy_minutes" <= 100000'],
];

const CODED_TABLES = ['camera_model', 'camera', 'pole', 'black_spot', 'fiber_run', 'power_feed', 'power_source', 'network_node', 'zone'];

export class BoundStoredValues1796594866616 implements MigrationInterface {
  name = 'BoundStoredValues1796594866616';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, constraint] of SUPERSEDED) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT IF EXISTS "${constraint}"`);
    }
    for (const [table, constraint, expression] of RANGES) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${constraint}" CHECK (${expression})`);
    }
    // PTZ presets live in a jsonb array: no member outside its bound.
    await queryRunner.query(
      `ALTER TABLE "camera" ADD CONSTRAINT "camera_ptz_presets_range" CHECK (NOT jsonb_path_exists("ptz_presets", '$[*] ? (@.headingDegrees < 0 || @.headingDegrees >= 360 || @.tiltDegrees < -90 || @.tiltDegrees > 90 || @.zoomFactor < 1 || @.zoomFactor > 100)'))`,
    );
    for (const table of CODED_TABLES) {
      await queryRunner.query(`UPDATE "${table}" SET "code" = btrim("code") WHERE "code" <> btrim("code")`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${table}_code_trimmed" CHECK ("code" = btrim("code") AND "code" <> '')`);
      await queryRunner.query(`CREATE UNIQUE INDEX "${table}_code_normalised" ON "${table}" (lower("code"))`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "camera" DROP CONSTRAINT "camera_ptz_presets_range"`);
    for (const table of CODED_TABLES) {
      await queryRunner.query(`DROP INDEX "${table}_code_normalised"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_code_trimmed"`);
    }
    for (const [table, constraint] of RANGES) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${constraint}"`);
    }
    // The checks as they were before.
    const previous: [string, string, string][] = [
      ['camera_model', 'camera_model_pixels_positive', '"horizontal_pixels" > 0 AND "vertical_pixels" > 0'],
      ['camera', 'camera_ups_autonomy_positive', '"ups_autonomy_minutes" IS NULL OR "ups_autonomy_minutes" >= 0'],
      ['camera', 'camera_heading_range', '"heading_degrees" >= 0 AND "heading_degrees" < 360'],
      ['camera', 'camera_tilt_range', '"tilt_degrees" >= -90 AND "tilt_degrees" <= 90'],
      ['camera', 'camera_mount_height_range', '"mount_height_meters" > 0 AND "mount_height_meters" <= 100'],
      ['pole', 'pole_ups_autonomy_positive', '"ups_autonomy_minutes" IS NULL OR "ups_autonomy_minutes" >= 0'],
      ['pole', 'pole_height_positive', '"height_meters" > 0 AND "height_meters" <= 100'],
      ['black_spot', 'black_spot_priority_range', '"priority" BETWEEN 1 AND 5'],
      ['building', 'building_height_range', '"height_meters" IS NULL OR ("height_meters" > 0 AND "height_meters" <= 1000)'],
      ['fiber_run', 'fiber_run_strands_positive', '"strand_count" > 0'],
      ['power_feed', 'power_feed_capacity_positive', '"capacity_watts" > 0 AND "voltage" > 0'],
      ['power_source', 'power_source_capacity_positive', '"capacity_watts" > 0 AND "voltage" > 0'],
      ['network_node', 'network_node_ups_autonomy_positive', '"ups_autonomy_minutes" IS NULL OR "ups_autonomy_minutes" >= 0'],
      ['network_node', 'network_node_power_draw_positive', '"power_draw_watts" IS NULL OR "power_draw_watts" >= 0'],
      ['network_node', 'network_node_capacity_positive', '("port_count" IS NULL OR "port_count" >= 0) AND ("strand_capacity" IS NULL OR "strand_capacity" >= 0)'],
    ];
    for (const [table, constraint, expression] of previous) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${constraint}" CHECK (${expression})`);
    }
  }
}
