import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Generated, reviewed: a photo's lifecycle step (installation's asset_status_step, which landed beside
 * evidence_photo) is now a foreign key; a deleted step leaves the photo with the asset. The upload also
 * checks that the step is one of the photo's own asset.
 */

export class EvidenceStepForeignKey1796610702924 implements MigrationInterface {
  name = 'EvidenceStepForeignKey1796610702924';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"evidence_photo\" ADD CONSTRAINT \"FK_c844167d7e1c457cff8d03daf63\" FOREIGN KEY (\"step_id\") REFERENCES \"asset_status_step\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"evidence_photo\" DROP CONSTRAINT \"FK_c844167d7e1c457cff8d03daf63\"");
  }
}
