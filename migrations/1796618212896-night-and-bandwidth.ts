import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Night coverage and bandwidth sizing (issue 14): white-light range and codec of camera models, scene
 * activity of cameras, and recording profiles (the sizing's settings). The scene_activity type is
 * shared by camera and recording_profile: created once.
 */
export class NightAndBandwidth1796618212896 implements MigrationInterface {
  name = 'NightAndBandwidth1796618212896';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"recording_mode\" AS ENUM('continuous', 'event')");
    await queryRunner.query("CREATE TYPE \"public\".\"scene_activity\" AS ENUM('quiet_street', 'road', 'busy_square')");
    await queryRunner.query("CREATE TABLE \"recording_profile\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"version\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"code\" character varying(64) NOT NULL, \"name\" character varying(200) NOT NULL, \"frames_per_second\" double precision NOT NULL DEFAULT '25', \"recording_mode\" \"public\".\"recording_mode\" NOT NULL DEFAULT 'continuous', \"event_recording_share\" double precision NOT NULL DEFAULT '0.3', \"retention_days\" integer NOT NULL DEFAULT '30', \"raid_overhead_percent\" double precision NOT NULL DEFAULT '25', \"default_scene_activity\" \"public\".\"scene_activity\" NOT NULL DEFAULT 'road', \"night_bitrate_factor\" double precision NOT NULL DEFAULT '1.2', \"live_view_stream_mbps\" double precision NOT NULL DEFAULT '1', \"camera_link_capacity_mbps\" double precision NOT NULL DEFAULT '100', \"uplink_capacity_mbps\" double precision NOT NULL DEFAULT '1000', \"control_centre_ingest_capacity_mbps\" double precision NOT NULL DEFAULT '10000', CONSTRAINT \"UQ_898b8b6a7d7e661bc06ed382371\" UNIQUE (\"code\"), CONSTRAINT \"recording_profile_code_trimmed\" CHECK (\"code\" = btrim(\"code\") AND \"code\" <> ''), CONSTRAINT \"recording_profile_frames_per_second_range\" CHECK (\"frames_per_second\" >= 1 AND \"frames_per_second\" <= 120), CONSTRAINT \"recording_profile_event_recording_share_range\" CHECK (\"event_recording_share\" >= 0 AND \"event_recording_share\" <= 1), CONSTRAINT \"recording_profile_retention_days_range\" CHECK (\"retention_days\" >= 1 AND \"retention_days\" <= 3650), CONSTRAINT \"recording_profile_raid_overhead_percent_range\" CHECK (\"raid_overhead_percent\" >= 0 AND \"raid_overhead_percent\" <= 300), CONSTRAINT \"recording_profile_night_bitrate_factor_range\" CHECK (\"night_bitrate_factor\" >= 0.1 AND \"night_bitrate_factor\" <= 10), CONSTRAINT \"recording_profile_live_view_stream_mbps_range\" CHECK (\"live_view_stream_mbps\" >= 0 AND \"live_view_stream_mbps\" <= 1000), CONSTRAINT \"recording_profile_camera_link_capacity_mbps_range\" CHECK (\"camera_link_capacity_mbps\" >= 1 AND \"camera_link_capacity_mbps\" <= 400000), CONSTRAINT \"recording_profile_uplink_capacity_mbps_range\" CHECK (\"uplink_capacity_mbps\" >= 1 AND \"uplink_capacity_mbps\" <= 400000), CONSTRAINT \"recording_profile_control_centre_ingest_capacity_mbps_range\" CHECK (\"control_centre_ingest_capacity_mbps\" >= 1 AND \"control_centre_ingest_capacity_mbps\" <= 10000000), CONSTRAINT \"PK_8a774fc8548620604a32e14c617\" PRIMARY KEY (\"id\"))");
    // Codes unique whatever the case (common/bound-checks.ts CodeRules), as on every coded table.
    await queryRunner.query('CREATE UNIQUE INDEX "recording_profile_code_normalised" ON "recording_profile" (lower("code"))');
    await queryRunner.query("ALTER TABLE \"camera_model\" ADD \"white_light_range_meters\" double precision");
    await queryRunner.query("CREATE TYPE \"public\".\"video_codec\" AS ENUM('h264', 'h264_smart', 'h265', 'h265_smart')");
    await queryRunner.query("ALTER TABLE \"camera_model\" ADD \"codec\" \"public\".\"video_codec\" NOT NULL DEFAULT 'h265'");
    await queryRunner.query("ALTER TABLE \"camera\" ADD \"scene_activity\" \"public\".\"scene_activity\"");
    await queryRunner.query("ALTER TABLE \"camera_model\" ADD CONSTRAINT \"camera_model_white_light_range_meters_range\" CHECK (\"white_light_range_meters\" >= 0 AND \"white_light_range_meters\" <= 1000)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"camera_model\" DROP CONSTRAINT \"camera_model_white_light_range_meters_range\"");
    await queryRunner.query("ALTER TABLE \"camera\" DROP COLUMN \"scene_activity\"");
    await queryRunner.query("ALTER TABLE \"camera_model\" DROP COLUMN \"codec\"");
    await queryRunner.query("DROP TYPE \"public\".\"video_codec\"");
    await queryRunner.query("ALTER TABLE \"camera_model\" DROP COLUMN \"white_light_range_meters\"");
    await queryRunner.query('DROP INDEX "recording_profile_code_normalised"');
    await queryRunner.query("DROP TABLE \"recording_profile\"");
    await queryRunner.query("DROP TYPE \"public\".\"scene_activity\"");
    await queryRunner.query("DROP TYPE \"public\".\"recording_mode\"");
  }
}
