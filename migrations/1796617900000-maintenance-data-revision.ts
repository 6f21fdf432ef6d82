import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * By hand: a 'maintenance' data revision, moved by statement triggers on every table the fault figures
 * read (faults, their history and cameras; cameras, models, poles, zones, black spots and stored
 * coverage), in the changing transaction, as for 'coverage'. The figures kept in memory
 * (FaultFiguresService) are checked against it with one read. No schema change.
 */
const TABLES = ['fault', 'fault_event', 'fault_camera', 'camera', 'camera_model', 'pole', 'zone', 'black_spot', 'camera_coverage'];

export class MaintenanceDataRevision1796617900000 implements MigrationInterface {
  name = 'MaintenanceDataRevision1796617900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`INSERT INTO "data_revision" ("name", "revision") VALUES ('maintenance', nextval('data_revision_seq')) ON CONFLICT ("name") DO NOTHING`);
    for (const table of TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_maintenance_data_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "data_revision_bump"('maintenance')`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await queryRunner.query(`DROP TRIGGER "${table}_maintenance_data_revision" ON "${table}"`);
    await queryRunner.query(`DELETE FROM "data_revision" WHERE "name" = 'maintenance'`);
  }
}
