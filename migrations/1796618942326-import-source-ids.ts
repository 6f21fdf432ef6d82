import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportSourceIds1796618942326 implements MigrationInterface {
  name = 'ImportSourceIds1796618942326';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"black_spot\" ADD \"source_id\" character varying(120)");
    await queryRunner.query("ALTER TABLE \"building\" ADD \"height_estimated\" boolean NOT NULL DEFAULT false");
    await queryRunner.query("ALTER TABLE \"pole\" ADD \"source_id\" character varying(120)");
    await queryRunner.query("ALTER TABLE \"camera\" ADD \"source_id\" character varying(120)");
    await queryRunner.query("ALTER TABLE \"network_node\" ADD \"source_id\" character varying(120)");
    await queryRunner.query("ALTER TABLE \"fiber_run\" ADD \"source_id\" character varying(120)");
    await queryRunner.query("ALTER TABLE \"power_source\" ADD \"source_id\" character varying(120)");
    await queryRunner.query("ALTER TABLE \"power_feed\" ADD \"source_id\" character varying(120)");
    await queryRunner.query("ALTER TABLE \"zone\" ADD \"source_id\" character varying(120)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_46d7a4993bb097732a978884b4\" ON \"black_spot\"  (\"source_id\") WHERE \"source_id\" IS NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_9f606af3ff0cda416a9c96ab29\" ON \"pole\"  (\"source_id\") WHERE \"source_id\" IS NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_dd56ef945460f11a071a6e495f\" ON \"camera\"  (\"source_id\") WHERE \"source_id\" IS NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_68612b9859ed83d996215e4049\" ON \"network_node\"  (\"source_id\") WHERE \"source_id\" IS NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_f000996269cf4890bdf3d3e266\" ON \"fiber_run\"  (\"source_id\") WHERE \"source_id\" IS NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_90ce1c5e4059c5f8a3a7f8a8a7\" ON \"power_source\"  (\"source_id\") WHERE \"source_id\" IS NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_27e970be5dfdb41a600f9699a2\" ON \"power_feed\"  (\"source_id\") WHERE \"source_id\" IS NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_14b663aa9ccc4025fab1bd1b75\" ON \"zone\"  (\"source_id\") WHERE \"source_id\" IS NOT NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_14b663aa9ccc4025fab1bd1b75\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_27e970be5dfdb41a600f9699a2\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_90ce1c5e4059c5f8a3a7f8a8a7\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f000996269cf4890bdf3d3e266\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_68612b9859ed83d996215e4049\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_dd56ef945460f11a071a6e495f\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_9f606af3ff0cda416a9c96ab29\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_46d7a4993bb097732a978884b4\"");
    await queryRunner.query("ALTER TABLE \"zone\" DROP COLUMN \"source_id\"");
    await queryRunner.query("ALTER TABLE \"power_feed\" DROP COLUMN \"source_id\"");
    await queryRunner.query("ALTER TABLE \"power_source\" DROP COLUMN \"source_id\"");
    await queryRunner.query("ALTER TABLE \"fiber_run\" DROP COLUMN \"source_id\"");
    await queryRunner.query("ALTER TABLE \"network_node\" DROP COLUMN \"source_id\"");
    await queryRunner.query("ALTER TABLE \"camera\" DROP COLUMN \"source_id\"");
    await queryRunner.query("ALTER TABLE \"pole\" DROP COLUMN \"source_id\"");
    await queryRunner.query("ALTER TABLE \"building\" DROP COLUMN \"height_estimated\"");
    await queryRunner.query("ALTER TABLE \"black_spot\" DROP COLUMN \"source_id\"");
  }
}
