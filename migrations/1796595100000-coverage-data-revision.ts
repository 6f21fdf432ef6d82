import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * By hand: a 'coverage' data revision, moved by statement triggers on every table the black-spot
 * analyses read (black spots, zones, stored camera coverage, cameras: their status decides which
 * cameras count), in the changing transaction, as for 'street' and 'network'. The analysis answers
 * kept in memory (CoverageService) are checked against it with one read. No schema change.
 */
const TABLES = ['black_spot', 'zone', 'camera_coverage', 'camera'];

export class CoverageDataRevision1796595100000 implements MigrationInterface {
  name = 'CoverageDataRevision1796595100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`INSERT INTO "data_revision" ("name", "revision") VALUES ('coverage', nextval('data_revision_seq')) ON CONFLICT ("name") DO NOTHING`);
    for (const table of TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_coverage_data_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "data_revision_bump"('coverage')`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await queryRunner.query(`DROP TRIGGER "${table}_coverage_data_revision" ON "${table}"`);
    await queryRunner.query(`DELETE FROM "data_revision" WHERE "name" = 'coverage'`);
  }
}
