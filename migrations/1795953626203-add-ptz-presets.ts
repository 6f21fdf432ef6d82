import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPtzPresets1795953626203 implements MigrationInterface {
  name = 'AddPtzPresets1795953626203';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"camera\" ADD \"ptz_presets\" jsonb NOT NULL DEFAULT '[]'");
    await queryRunner.query("ALTER TABLE \"camera\" ADD CONSTRAINT \"camera_ptz_presets_array\" CHECK (jsonb_typeof(\"ptz_presets\") = 'array')");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"camera\" DROP CONSTRAINT \"camera_ptz_presets_array\"");
    await queryRunner.query("ALTER TABLE \"camera\" DROP COLUMN \"ptz_presets\"");
  }
}
