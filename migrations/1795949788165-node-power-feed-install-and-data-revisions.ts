import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Generated from the entities (network_node.power_draw_watts, power_feed.install_method: existing feeds
 * become underground_duct, what the bill of quantities assumed before), plus by hand: data_revision,
 * one row per cached data set ('street': the street table; 'network': nodes, poles, cameras, camera
 * models, fiber runs, power sources and feeds) whose revision moves on every statement that changes one
 * of its tables (values from a sequence, never reused, written in the changing transaction so that a
 * reader never sees a revision before the data it stands for). A cache is then checked with one read.
 * Not an entity: nothing but the triggers writes it.
 */

export class NodePowerFeedInstallAndDataRevisions1795949788165 implements MigrationInterface {
  name = 'NodePowerFeedInstallAndDataRevisions1795949788165';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"network_node\" ADD \"power_draw_watts\" double precision");
    await queryRunner.query("ALTER TABLE \"power_feed\" ADD \"install_method\" \"public\".\"install_method\" NOT NULL DEFAULT 'underground_duct'");
    await queryRunner.query("ALTER TABLE \"network_node\" ADD CONSTRAINT \"network_node_power_draw_positive\" CHECK (\"power_draw_watts\" IS NULL OR \"power_draw_watts\" >= 0)");
    // By hand: data revisions, moved by statement triggers (see the comment above).
    await queryRunner.query("CREATE SEQUENCE \"data_revision_seq\"");
    await queryRunner.query("CREATE TABLE \"data_revision\" (\"name\" character varying(40) NOT NULL, \"revision\" bigint NOT NULL, CONSTRAINT \"PK_data_revision\" PRIMARY KEY (\"name\"))");
    await queryRunner.query("INSERT INTO \"data_revision\" (\"name\", \"revision\") VALUES ('street', nextval('data_revision_seq')), ('network', nextval('data_revision_seq'))");
    await queryRunner.query("CREATE FUNCTION \"data_revision_bump\"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO \"data_revision\" (\"name\", \"revision\") VALUES (TG_ARGV[0], nextval('data_revision_seq')) ON CONFLICT (\"name\") DO UPDATE SET \"revision\" = excluded.\"revision\"; RETURN NULL; END $$");
    await queryRunner.query("CREATE TRIGGER \"street_data_revision\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \"street\" FOR EACH STATEMENT EXECUTE FUNCTION \"data_revision_bump\"('street')");
    await queryRunner.query("CREATE TRIGGER \"network_node_data_revision\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \"network_node\" FOR EACH STATEMENT EXECUTE FUNCTION \"data_revision_bump\"('network')");
    await queryRunner.query("CREATE TRIGGER \"pole_data_revision\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \"pole\" FOR EACH STATEMENT EXECUTE FUNCTION \"data_revision_bump\"('network')");
    await queryRunner.query("CREATE TRIGGER \"camera_data_revision\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \"camera\" FOR EACH STATEMENT EXECUTE FUNCTION \"data_revision_bump\"('network')");
    await queryRunner.query("CREATE TRIGGER \"camera_model_data_revision\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \"camera_model\" FOR EACH STATEMENT EXECUTE FUNCTION \"data_revision_bump\"('network')");
    await queryRunner.query("CREATE TRIGGER \"fiber_run_data_revision\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \"fiber_run\" FOR EACH STATEMENT EXECUTE FUNCTION \"data_revision_bump\"('network')");
    await queryRunner.query("CREATE TRIGGER \"power_source_data_revision\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \"power_source\" FOR EACH STATEMENT EXECUTE FUNCTION \"data_revision_bump\"('network')");
    await queryRunner.query("CREATE TRIGGER \"power_feed_data_revision\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \"power_feed\" FOR EACH STATEMENT EXECUTE FUNCTION \"data_revision_bump\"('network')");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TRIGGER \"power_feed_data_revision\" ON \"power_feed\"");
    await queryRunner.query("DROP TRIGGER \"power_source_data_revision\" ON \"power_source\"");
    await queryRunner.query("DROP TRIGGER \"fiber_run_data_revision\" ON \"fiber_run\"");
    await queryRunner.query("DROP TRIGGER \"camera_model_data_revision\" ON \"camera_model\"");
    await queryRunner.query("DROP TRIGGER \"camera_data_revision\" ON \"camera\"");
    await queryRunner.query("DROP TRIGGER \"pole_data_revision\" ON \"pole\"");
    await queryRunner.query("DROP TRIGGER \"network_node_data_revision\" ON \"network_node\"");
    await queryRunner.query("DROP TRIGGER \"street_data_revision\" ON \"street\"");
    await queryRunner.query("DROP FUNCTION \"data_revision_bump\"()");
    await queryRunner.query("DROP TABLE \"data_revision\"");
    await queryRunner.query("DROP SEQUENCE \"data_revision_seq\"");
    await queryRunner.query("ALTER TABLE \"network_node\" DROP CONSTRAINT \"network_node_power_draw_positive\"");
    await queryRunner.query("ALTER TABLE \"power_feed\" DROP COLUMN \"install_method\"");
    await queryRunner.query("ALTER TABLE \"network_node\" DROP COLUMN \"power_draw_watts\"");
  }
}
