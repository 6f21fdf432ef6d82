import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Install method `existing_duct`: a new cable pulled through a duct already in the street (no trench).
 * Reviewed by hand: the generator added the value twice (the enum serves fiber_run and power_feed) and
 * its down() dropped the type while the other column still used it.
 */
export class AddExistingDuctInstallMethod1795964281169 implements MigrationInterface {
  name = 'AddExistingDuctInstallMethod1795964281169';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Allowed in a transaction since PostgreSQL 12, as long as nothing here uses the new value.
    await queryRunner.query(`ALTER TYPE "public"."install_method" ADD VALUE IF NOT EXISTS 'existing_duct' AFTER 'underground_duct'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // A value cannot be removed from an enum: rebuild the type; cables in existing ducts count as new ducts.
    await queryRunner.query(`UPDATE "fiber_run" SET "install_method" = 'underground_duct' WHERE "install_method" = 'existing_duct'`);
    await queryRunner.query(`UPDATE "power_feed" SET "install_method" = 'underground_duct' WHERE "install_method" = 'existing_duct'`);
    await queryRunner.query(`CREATE TYPE "public"."install_method_old" AS ENUM('aerial', 'underground_duct', 'facade')`);
    await queryRunner.query(`ALTER TABLE "power_feed" ALTER COLUMN "install_method" DROP DEFAULT`);
    for (const table of ['fiber_run', 'power_feed']) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ALTER COLUMN "install_method" TYPE "public"."install_method_old" USING "install_method"::text::"public"."install_method_old"`,
      );
    }
    await queryRunner.query(`DROP TYPE "public"."install_method"`);
    await queryRunner.query(`ALTER TYPE "public"."install_method_old" RENAME TO "install_method"`);
    await queryRunner.query(`ALTER TABLE "power_feed" ALTER COLUMN "install_method" SET DEFAULT 'underground_duct'`);
  }
}
