import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCoverageStreetsAndUps1795940108441 implements MigrationInterface {
  name = 'AddCoverageStreetsAndUps1795940108441';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"camera_coverage\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"camera_id\" uuid NOT NULL, \"level\" \"public\".\"dori_level\" NOT NULL, \"area\" geometry(MultiPolygon,4326) NOT NULL, \"area_square_meters\" double precision NOT NULL, \"near_meters\" double precision, \"far_meters\" double precision, \"unavailable_reason\" character varying(80), \"computed_from\" jsonb NOT NULL, \"computed_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"camera_coverage_one_per_level\" UNIQUE (\"camera_id\", \"level\"), CONSTRAINT \"camera_coverage_area_valid\" CHECK (ST_IsValid(area)), CONSTRAINT \"PK_1b02e28cf8246edaf8610cd70f0\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_cc1321a4301881a8a97ff7c536\" ON \"camera_coverage\"  (\"camera_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_eb42076d7923aba22b31966b8e\" ON \"camera_coverage\" USING gist (\"area\") ");
    await queryRunner.query("CREATE TABLE \"street\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"version\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"path\" geometry(LineString,4326) NOT NULL, \"name\" character varying(200), \"highway_class\" character varying(40), \"source_id\" character varying(120), CONSTRAINT \"street_path_valid\" CHECK (ST_IsValid(path)), CONSTRAINT \"PK_5629a676c74c04f5845b964469c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_6b7f75a3d70e51a4bf9edaf90b\" ON \"street\" USING gist (\"path\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_d76396dab9e471d6d420552c0d\" ON \"street\"  (\"source_id\") WHERE \"source_id\" IS NOT NULL");
    await queryRunner.query("ALTER TABLE \"pole\" ADD \"ups_autonomy_minutes\" double precision");
    await queryRunner.query("ALTER TABLE \"camera\" ADD \"ups_autonomy_minutes\" double precision");
    await queryRunner.query("ALTER TABLE \"network_node\" ADD \"ups_autonomy_minutes\" double precision");
    await queryRunner.query("ALTER TABLE \"pole\" ADD CONSTRAINT \"pole_ups_autonomy_positive\" CHECK (\"ups_autonomy_minutes\" IS NULL OR \"ups_autonomy_minutes\" >= 0)");
    await queryRunner.query("ALTER TABLE \"camera\" ADD CONSTRAINT \"camera_ups_autonomy_positive\" CHECK (\"ups_autonomy_minutes\" IS NULL OR \"ups_autonomy_minutes\" >= 0)");
    await queryRunner.query("ALTER TABLE \"network_node\" ADD CONSTRAINT \"network_node_ups_autonomy_positive\" CHECK (\"ups_autonomy_minutes\" IS NULL OR \"ups_autonomy_minutes\" >= 0)");
    await queryRunner.query("ALTER TABLE \"camera_coverage\" ADD CONSTRAINT \"FK_cc1321a4301881a8a97ff7c5369\" FOREIGN KEY (\"camera_id\") REFERENCES \"camera\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"camera_coverage\" DROP CONSTRAINT \"FK_cc1321a4301881a8a97ff7c5369\"");
    await queryRunner.query("ALTER TABLE \"network_node\" DROP CONSTRAINT \"network_node_ups_autonomy_positive\"");
    await queryRunner.query("ALTER TABLE \"camera\" DROP CONSTRAINT \"camera_ups_autonomy_positive\"");
    await queryRunner.query("ALTER TABLE \"pole\" DROP CONSTRAINT \"pole_ups_autonomy_positive\"");
    await queryRunner.query("ALTER TABLE \"network_node\" DROP COLUMN \"ups_autonomy_minutes\"");
    await queryRunner.query("ALTER TABLE \"camera\" DROP COLUMN \"ups_autonomy_minutes\"");
    await queryRunner.query("ALTER TABLE \"pole\" DROP COLUMN \"ups_autonomy_minutes\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d76396dab9e471d6d420552c0d\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_6b7f75a3d70e51a4bf9edaf90b\"");
    await queryRunner.query("DROP TABLE \"street\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_eb42076d7923aba22b31966b8e\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_cc1321a4301881a8a97ff7c536\"");
    await queryRunner.query("DROP TABLE \"camera_coverage\"");
  }
}
