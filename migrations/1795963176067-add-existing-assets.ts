import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddExistingAssets1795963176067 implements MigrationInterface {
  name = 'AddExistingAssets1795963176067';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"pole\" ADD \"existing\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"camera\" ADD \"existing\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"network_node\" ADD \"existing\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"fiber_run\" ADD \"existing\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"power_source\" ADD \"existing\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"power_feed\" ADD \"existing\" boolean NOT NULL DEFAULT false");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"power_feed\" DROP COLUMN \"existing\"");
    await queryRunner.query("ALTER TABLE \"power_source\" DROP COLUMN \"existing\"");
    await queryRunner.query("ALTER TABLE \"fiber_run\" DROP COLUMN \"existing\"");
    await queryRunner.query("ALTER TABLE \"network_node\" DROP COLUMN \"existing\"");
    await queryRunner.query("ALTER TABLE \"camera\" DROP COLUMN \"existing\"");
    await queryRunner.query("ALTER TABLE \"pole\" DROP COLUMN \"existing\"");
  }
}
