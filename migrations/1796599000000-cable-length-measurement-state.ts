import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * By hand: the projected CRS in which the stored cable lengths were last measured. At start an
 * instance compares it with its own VIGIE_PROJECTED_SRID and measures every cable again only when they
 * differ, instead of scanning both cable tables at every start. Empty after this migration: the first
 * start measures once and records its CRS. No entity: only backend/src/network/cable-lengths.ts reads it.
 */
export class CableLengthMeasurementState1796599000000 implements MigrationInterface {
  name = 'CableLengthMeasurementState1796599000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "measurement_state" (
         "name" character varying(32) NOT NULL,
         "projected_srid" integer NOT NULL,
         "measured_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         CONSTRAINT "PK_measurement_state" PRIMARY KEY ("name"),
         CONSTRAINT "CHK_measurement_state_srid" CHECK ("projected_srid" BETWEEN 1024 AND 998999)
       )`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "measurement_state"`);
  }
}
