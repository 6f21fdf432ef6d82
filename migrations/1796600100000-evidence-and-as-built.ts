import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, installation evidence and acceptance (generated from the entities, reviewed):
 * - evidence_photo: a photo of an asset (asset_type + asset_id: no foreign key, the asset tables are
 *   several) and optionally of a lifecycle step (step_id: its foreign key comes with the steps table);
 *   one row per content per asset (unique), the bytes in the evidence storage under the sha256.
 * - camera_as_built: measurements of installed cameras, one current per camera (partial unique index),
 *   with the acceptance state; bounded like the camera's own columns.
 */

export class EvidenceAndAsBuilt1796600100000 implements MigrationInterface {
  name = 'EvidenceAndAsBuilt1796600100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"evidence_photo\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"asset_type\" character varying(32) NOT NULL, \"asset_id\" uuid NOT NULL, \"step_id\" uuid, \"content_hash\" character(64) NOT NULL, \"content_type\" character varying(32) NOT NULL, \"size_bytes\" integer NOT NULL, \"width_pixels\" integer NOT NULL, \"height_pixels\" integer NOT NULL, \"display_name\" character varying(120), \"taken_at_local\" character varying(19), \"taken_at_offset\" character varying(6), \"taken_at\" TIMESTAMP WITH TIME ZONE, \"position\" geometry(Point,4326), \"distance_from_asset_meters\" double precision, \"far_from_asset\" boolean NOT NULL DEFAULT false, \"uploaded_by_user_id\" uuid, \"uploaded_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"evidence_photo_far_needs_distance\" CHECK (NOT \"far_from_asset\" OR \"distance_from_asset_meters\" IS NOT NULL), CONSTRAINT \"evidence_photo_distance_meters_range\" CHECK (\"distance_from_asset_meters\" IS NULL OR \"distance_from_asset_meters\" >= 0), CONSTRAINT \"evidence_photo_pixels_range\" CHECK (\"width_pixels\" > 0 AND \"height_pixels\" > 0), CONSTRAINT \"evidence_photo_size_bytes_range\" CHECK (\"size_bytes\" > 0), CONSTRAINT \"evidence_photo_content_hash\" CHECK (\"content_hash\" ~ '^[0-9a-f]{64}$'), CONSTRAINT \"evidence_photo_content_type\" CHECK (\"content_type\" IN ('image/jpeg', 'image/png', 'image/webp', 'image/heic')), CONSTRAINT \"evidence_photo_asset_type\" CHECK (\"asset_type\" IN ('pole', 'camera', 'network_node', 'fiber_run', 'power_source', 'power_feed')), CONSTRAINT \"PK_1ebcc3f30200c73534737e691c9\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_c844167d7e1c457cff8d03daf6\" ON \"evidence_photo\"  (\"step_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_751623763b7eba2d5f1577062e\" ON \"evidence_photo\" USING gist (\"position\") ");
    await queryRunner.query("CREATE INDEX \"IDX_480545e9abb0318f3624611c5f\" ON \"evidence_photo\"  (\"uploaded_by_user_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_8ca1e929512d4471630bad686e\" ON \"evidence_photo\"  (\"content_hash\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"evidence_photo_asset_content\" ON \"evidence_photo\"  (\"asset_type\", \"asset_id\", \"content_hash\") ");
    await queryRunner.query("CREATE INDEX \"IDX_d9d680b16081675f9aaea2677c\" ON \"evidence_photo\"  (\"asset_type\", \"asset_id\", \"uploaded_at\") ");
    await queryRunner.query("CREATE TABLE \"camera_as_built\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"version\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"camera_id\" uuid NOT NULL, \"current\" boolean NOT NULL DEFAULT true, \"location\" geometry(Point,4326) NOT NULL, \"heading_degrees\" double precision NOT NULL, \"tilt_degrees\" double precision NOT NULL, \"mount_height_meters\" double precision NOT NULL, \"model_id\" uuid NOT NULL, \"serial_number\" character varying(100), \"comment\" character varying(1000), \"measured_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"measured_by_user_id\" uuid, \"acceptance_state\" character varying(20) NOT NULL DEFAULT 'pending', \"deviations\" jsonb NOT NULL DEFAULT '[]', \"review_comment\" character varying(1000), \"reviewed_by_user_id\" uuid, \"reviewed_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"camera_as_built_mount_height_meters_range\" CHECK (\"mount_height_meters\" >= 0.1 AND \"mount_height_meters\" <= 100), CONSTRAINT \"camera_as_built_tilt_degrees_range\" CHECK (\"tilt_degrees\" >= -90 AND \"tilt_degrees\" <= 90), CONSTRAINT \"camera_as_built_heading_degrees_range\" CHECK (\"heading_degrees\" >= 0 AND \"heading_degrees\" < 360), CONSTRAINT \"camera_as_built_sent_back_comment\" CHECK (\"acceptance_state\" <> 'sent_back' OR \"review_comment\" IS NOT NULL), CONSTRAINT \"camera_as_built_deviations_array\" CHECK (jsonb_typeof(\"deviations\") = 'array'), CONSTRAINT \"camera_as_built_state\" CHECK (\"acceptance_state\" IN ('pending', 'needs_correction', 'accepted', 'sent_back')), CONSTRAINT \"PK_64e11e7c1099d9e807d830570cf\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_8506c1858351d4fedd0cd993bd\" ON \"camera_as_built\"  (\"camera_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_b271240a4ee2d4b166a61fa730\" ON \"camera_as_built\" USING gist (\"location\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"camera_as_built_one_current\" ON \"camera_as_built\"  (\"camera_id\") WHERE \"current\"");
    await queryRunner.query("ALTER TABLE \"evidence_photo\" ADD CONSTRAINT \"FK_480545e9abb0318f3624611c5f8\" FOREIGN KEY (\"uploaded_by_user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"camera_as_built\" ADD CONSTRAINT \"FK_8506c1858351d4fedd0cd993bd0\" FOREIGN KEY (\"camera_id\") REFERENCES \"camera\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"camera_as_built\" ADD CONSTRAINT \"FK_459777809d1aafd2d6f6c68a55e\" FOREIGN KEY (\"model_id\") REFERENCES \"camera_model\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"camera_as_built\" ADD CONSTRAINT \"FK_2cb7c64e85bea694644776992a5\" FOREIGN KEY (\"measured_by_user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"camera_as_built\" ADD CONSTRAINT \"FK_7227693c48ef18c7889dcb843a9\" FOREIGN KEY (\"reviewed_by_user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"camera_as_built\" DROP CONSTRAINT \"FK_7227693c48ef18c7889dcb843a9\"");
    await queryRunner.query("ALTER TABLE \"camera_as_built\" DROP CONSTRAINT \"FK_2cb7c64e85bea694644776992a5\"");
    await queryRunner.query("ALTER TABLE \"camera_as_built\" DROP CONSTRAINT \"FK_459777809d1aafd2d6f6c68a55e\"");
    await queryRunner.query("ALTER TABLE \"camera_as_built\" DROP CONSTRAINT \"FK_8506c1858351d4fedd0cd993bd0\"");
    await queryRunner.query("ALTER TABLE \"evidence_photo\" DROP CONSTRAINT \"FK_480545e9abb0318f3624611c5f8\"");
    await queryRunner.query("DROP INDEX \"public\".\"camera_as_built_one_current\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_b271240a4ee2d4b166a61fa730\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_8506c1858351d4fedd0cd993bd\"");
    await queryRunner.query("DROP TABLE \"camera_as_built\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d9d680b16081675f9aaea2677c\"");
    await queryRunner.query("DROP INDEX \"public\".\"evidence_photo_asset_content\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_8ca1e929512d4471630bad686e\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_480545e9abb0318f3624611c5f\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_751623763b7eba2d5f1577062e\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c844167d7e1c457cff8d03daf6\"");
    await queryRunner.query("DROP TABLE \"evidence_photo\"");
  }
}
