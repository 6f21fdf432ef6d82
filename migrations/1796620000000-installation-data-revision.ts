import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * By hand: an 'installation' data revision, moved by statement triggers on every table installation
 * progress reads (the physical assets and their status, the status steps, the work packages and their
 * members, black spots, zones and stored camera coverage), in the changing transaction, as for
 * 'coverage'. The prepared progress of a scope (InstallationService) is kept in memory per revision.
 * No schema change.
 */
const TABLES = [
  'pole', 'camera', 'network_node', 'fiber_run', 'power_source', 'power_feed',
  'asset_status_step', 'work_package', 'work_package_asset', 'black_spot', 'zone', 'camera_coverage',
];

export class InstallationDataRevision1796620000000 implements MigrationInterface {
  name = 'InstallationDataRevision1796620000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`INSERT INTO "data_revision" ("name", "revision") VALUES ('installation', nextval('data_revision_seq')) ON CONFLICT ("name") DO NOTHING`);
    for (const table of TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_installation_data_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "data_revision_bump"('installation')`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await queryRunner.query(`DROP TRIGGER "${table}_installation_data_revision" ON "${table}"`);
    await queryRunner.query(`DELETE FROM "data_revision" WHERE "name" = 'installation'`);
  }
}
