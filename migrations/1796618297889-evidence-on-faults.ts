import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Photos on faults (issue 12): a photo may document a fault (asset_type 'fault', by hand: the generator
 * does not compare CHECK expressions) and one entry of its history (fault_event_id).
 */
const PHYSICAL = "'pole', 'camera', 'network_node', 'fiber_run', 'power_source', 'power_feed'";

export class EvidenceOnFaults1796618297889 implements MigrationInterface {
  name = 'EvidenceOnFaults1796618297889';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"evidence_photo\" DROP CONSTRAINT \"evidence_photo_asset_type\"");
    await queryRunner.query(`ALTER TABLE "evidence_photo" ADD CONSTRAINT "evidence_photo_asset_type" CHECK ("asset_type" IN (${PHYSICAL}, 'fault'))`);
    await queryRunner.query("ALTER TABLE \"evidence_photo\" ADD \"fault_event_id\" bigint");
    await queryRunner.query("CREATE INDEX \"IDX_62e5cce24b9eb4ba5d3e6efc75\" ON \"evidence_photo\"  (\"fault_event_id\") ");
    await queryRunner.query("ALTER TABLE \"evidence_photo\" ADD CONSTRAINT \"FK_62e5cce24b9eb4ba5d3e6efc757\" FOREIGN KEY (\"fault_event_id\") REFERENCES \"fault_event\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"evidence_photo\" DROP CONSTRAINT \"FK_62e5cce24b9eb4ba5d3e6efc757\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_62e5cce24b9eb4ba5d3e6efc75\"");
    await queryRunner.query("ALTER TABLE \"evidence_photo\" DROP COLUMN \"fault_event_id\"");
    await queryRunner.query("DELETE FROM \"evidence_photo\" WHERE \"asset_type\" = 'fault'");
    await queryRunner.query("ALTER TABLE \"evidence_photo\" DROP CONSTRAINT \"evidence_photo_asset_type\"");
    await queryRunner.query(`ALTER TABLE "evidence_photo" ADD CONSTRAINT "evidence_photo_asset_type" CHECK ("asset_type" IN (${PHYSICAL}))`);
  }
}
