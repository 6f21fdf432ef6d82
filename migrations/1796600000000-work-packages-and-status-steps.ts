import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Work packages, their assets and the assets' status steps (issue 11). Generated from the entities,
 * then by hand: the case-blind code index; the rule "an asset is in at most one OPEN package" as a
 * partial unique index over a copy of the package's status in each membership row, kept by triggers
 * (on insert, and when a package is closed or reopened); memberships of a deleted asset removed by a
 * trigger on each asset table (assets are referenced by type and id, so no foreign key can).
 */
const ASSET_TABLES = ['network_node', 'pole', 'camera', 'fiber_run', 'power_source', 'power_feed'];

export class WorkPackagesAndStatusSteps1796600000000 implements MigrationInterface {
  name = 'WorkPackagesAndStatusSteps1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"work_package_status\" AS ENUM('open', 'closed')");
    await queryRunner.query("CREATE TABLE \"work_package\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"version\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"code\" character varying(64) NOT NULL, \"name\" character varying(200) NOT NULL, \"organisation_id\" uuid NOT NULL, \"zone_id\" uuid, \"area\" geometry(MultiPolygon,4326), \"phase\" character varying(200), \"planned_start_on\" date NOT NULL, \"due_on\" date NOT NULL, \"status\" \"public\".\"work_package_status\" NOT NULL DEFAULT 'open', CONSTRAINT \"UQ_034f639f0135d7f6030679cf08a\" UNIQUE (\"code\"), CONSTRAINT \"work_package_dates_ordered\" CHECK (\"due_on\" >= \"planned_start_on\"), CONSTRAINT \"work_package_area_valid\" CHECK (ST_IsValid(area)), CONSTRAINT \"work_package_code_trimmed\" CHECK (\"code\" = btrim(\"code\") AND \"code\" <> ''), CONSTRAINT \"PK_5cf73dfb528b7e100bb359693ca\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_eb5cd61e45bb87be5b9a25ac2d\" ON \"work_package\"  (\"organisation_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_45b28bc2a20e7598e5ee773171\" ON \"work_package\" USING gist (\"area\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"asset_type\" AS ENUM('network_node', 'pole', 'camera', 'fiber_run', 'power_source', 'power_feed')");
    await queryRunner.query("CREATE TABLE \"work_package_asset\" (\"work_package_id\" uuid NOT NULL, \"asset_type\" \"public\".\"asset_type\" NOT NULL, \"asset_id\" uuid NOT NULL, \"package_open\" boolean NOT NULL DEFAULT true, \"added_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_6008744f023da70cfa98c0de591\" PRIMARY KEY (\"work_package_id\", \"asset_type\", \"asset_id\"))");
    await queryRunner.query("CREATE TABLE \"asset_status_step\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"asset_type\" \"public\".\"asset_type\" NOT NULL, \"asset_id\" uuid NOT NULL, \"from_status\" \"public\".\"asset_status\", \"to_status\" \"public\".\"asset_status\" NOT NULL, \"actor_user_id\" uuid, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"position\" geometry(Point,4326), \"position_accuracy_meters\" double precision, \"comment\" character varying(2000), \"work_package_id\" uuid, CONSTRAINT \"asset_status_step_accuracy_needs_position\" CHECK (\"position_accuracy_meters\" IS NULL OR \"position\" IS NOT NULL), CONSTRAINT \"asset_status_step_position_accuracy_meters_range\" CHECK (\"position_accuracy_meters\" IS NULL OR (\"position_accuracy_meters\" >= 0 AND \"position_accuracy_meters\" <= 100000)), CONSTRAINT \"PK_aac2a6824b2da22cdc2b98e7ac3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_3e515758d20165b985d7f7894f\" ON \"asset_status_step\" USING gist (\"position\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e6b5d5b8c9ae3aa95fa7701fa0\" ON \"asset_status_step\"  (\"asset_type\", \"asset_id\", \"occurred_at\") ");
    await queryRunner.query("ALTER TABLE \"work_package\" ADD CONSTRAINT \"FK_eb5cd61e45bb87be5b9a25ac2de\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"work_package\" ADD CONSTRAINT \"FK_16ae5a5e3a3c17346a2fdf7a103\" FOREIGN KEY (\"zone_id\") REFERENCES \"zone\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"work_package_asset\" ADD CONSTRAINT \"FK_ba75821308bbb8a7e7a0de9d03f\" FOREIGN KEY (\"work_package_id\") REFERENCES \"work_package\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"asset_status_step\" ADD CONSTRAINT \"FK_6dcdee6ccfa276bbd709e5bf951\" FOREIGN KEY (\"actor_user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"asset_status_step\" ADD CONSTRAINT \"FK_6125ab8d70e05ac50f497aeb4f0\" FOREIGN KEY (\"work_package_id\") REFERENCES \"work_package\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query('CREATE UNIQUE INDEX "work_package_code_normalised" ON "work_package" (lower("code"))');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "work_package_asset_one_open_package" ON "work_package_asset" ("asset_type", "asset_id") WHERE "package_open"',
    );
    await queryRunner.query(`CREATE FUNCTION "vigie_work_package_asset_open"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.package_open := (SELECT status = 'open' FROM work_package WHERE id = NEW.work_package_id);
  RETURN NEW;
END
$$`);
    await queryRunner.query(
      'CREATE TRIGGER "work_package_asset_open" BEFORE INSERT OR UPDATE OF "work_package_id" ON "work_package_asset" FOR EACH ROW EXECUTE FUNCTION "vigie_work_package_asset_open"()',
    );
    await queryRunner.query(`CREATE FUNCTION "vigie_work_package_status_to_assets"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE work_package_asset SET package_open = (NEW.status = 'open') WHERE work_package_id = NEW.id;
  RETURN NULL;
END
$$`);
    await queryRunner.query(
      'CREATE TRIGGER "work_package_status_to_assets" AFTER UPDATE OF "status" ON "work_package" FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION "vigie_work_package_status_to_assets"()',
    );
    await queryRunner.query(`CREATE FUNCTION "vigie_asset_leaves_work_packages"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM work_package_asset WHERE asset_type = TG_ARGV[0]::asset_type AND asset_id = OLD.id;
  RETURN NULL;
END
$$`);
    for (const table of ASSET_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_leaves_work_packages" AFTER DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION "vigie_asset_leaves_work_packages"('${table}')`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...ASSET_TABLES].reverse()) await queryRunner.query(`DROP TRIGGER "${table}_leaves_work_packages" ON "${table}"`);
    await queryRunner.query('DROP FUNCTION "vigie_asset_leaves_work_packages"()');
    await queryRunner.query('DROP TRIGGER "work_package_status_to_assets" ON "work_package"');
    await queryRunner.query('DROP FUNCTION "vigie_work_package_status_to_assets"()');
    await queryRunner.query('DROP TRIGGER "work_package_asset_open" ON "work_package_asset"');
    await queryRunner.query('DROP FUNCTION "vigie_work_package_asset_open"()');
    await queryRunner.query('DROP INDEX "work_package_asset_one_open_package"');
    await queryRunner.query('DROP INDEX "work_package_code_normalised"');
    await queryRunner.query("ALTER TABLE \"asset_status_step\" DROP CONSTRAINT \"FK_6125ab8d70e05ac50f497aeb4f0\"");
    await queryRunner.query("ALTER TABLE \"asset_status_step\" DROP CONSTRAINT \"FK_6dcdee6ccfa276bbd709e5bf951\"");
    await queryRunner.query("ALTER TABLE \"work_package_asset\" DROP CONSTRAINT \"FK_ba75821308bbb8a7e7a0de9d03f\"");
    await queryRunner.query("ALTER TABLE \"work_package\" DROP CONSTRAINT \"FK_16ae5a5e3a3c17346a2fdf7a103\"");
    await queryRunner.query("ALTER TABLE \"work_package\" DROP CONSTRAINT \"FK_eb5cd61e45bb87be5b9a25ac2de\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e6b5d5b8c9ae3aa95fa7701fa0\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_3e515758d20165b985d7f7894f\"");
    await queryRunner.query("DROP TABLE \"asset_status_step\"");
    await queryRunner.query("DROP TABLE \"work_package_asset\"");
    await queryRunner.query("DROP TYPE \"public\".\"asset_type\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_45b28bc2a20e7598e5ee773171\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_eb5cd61e45bb87be5b9a25ac2d\"");
    await queryRunner.query("DROP TABLE \"work_package\"");
    await queryRunner.query("DROP TYPE \"public\".\"work_package_status\"");
  }
}
