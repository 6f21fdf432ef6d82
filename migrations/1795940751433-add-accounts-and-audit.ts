import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAccountsAndAudit1795940751433 implements MigrationInterface {
  name = 'AddAccountsAndAudit1795940751433';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"organisation_kind\" AS ENUM('programme_office', 'contractor', 'maintenance_team')");
    await queryRunner.query("CREATE TABLE \"organisation\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"version\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"name\" character varying(200) NOT NULL, \"kind\" \"public\".\"organisation_kind\" NOT NULL, CONSTRAINT \"UQ_d9428f9c8e3052d6617e3aab0ed\" UNIQUE (\"name\"), CONSTRAINT \"PK_c725ae234ef1b74cce43d2d00c1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"user_role\" AS ENUM('admin', 'engineer', 'contractor', 'maintenance', 'viewer')");
    await queryRunner.query("CREATE TABLE \"app_user\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"version\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"email\" character varying(254) NOT NULL, \"name\" character varying(200) NOT NULL, \"role\" \"public\".\"user_role\" NOT NULL, \"organisation_id\" uuid, \"disabled\" boolean NOT NULL DEFAULT false, \"password_hash\" character varying(255) NOT NULL, CONSTRAINT \"UQ_3fa909d0e37c531ebc237703391\" UNIQUE (\"email\"), CONSTRAINT \"PK_22a5c4a3d9b2fb8e4e73fc4ada1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"refresh_token\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"token_hash\" character(64) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"replaced_by_id\" uuid, CONSTRAINT \"UQ_f0812282fad2e352cdaf83ef0a9\" UNIQUE (\"token_hash\"), CONSTRAINT \"PK_b575dd3c21fb0831013c909e7fe\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_6bbe63d2fe75e7f0ba1710351d\" ON \"refresh_token\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"login_attempt\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" character varying(254) NOT NULL, \"client_address\" character varying(64) NOT NULL, \"succeeded\" boolean NOT NULL, \"attempted_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_72829cd4f7424e3cdfd46c476c0\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_de7dbea37afe543a9abc33860b\" ON \"login_attempt\"  (\"attempted_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_34dc7543d534f1158dee2e89dc\" ON \"login_attempt\"  (\"client_address\", \"attempted_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_d40158f50033c6f856c6a1f242\" ON \"login_attempt\"  (\"email\", \"attempted_at\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"audit_action\" AS ENUM('create', 'update', 'delete')");
    await queryRunner.query("CREATE TABLE \"audit_entry\" (\"id\" BIGSERIAL NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"actor_user_id\" uuid, \"actor_email\" character varying(254), \"actor_role\" character varying(32), \"action\" \"public\".\"audit_action\" NOT NULL, \"entity_type\" character varying(64) NOT NULL, \"entity_id\" character varying(64) NOT NULL, \"changed_fields\" text array NOT NULL DEFAULT '{}', \"before\" jsonb, \"after\" jsonb, CONSTRAINT \"PK_58a130a4b9da189f46ba2a01801\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_9d18bd4a32fc0cd8ff82b12037\" ON \"audit_entry\"  (\"at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_9145793cad0b4c9d2a33a3cc3f\" ON \"audit_entry\"  (\"actor_user_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_cfbd3da3d6664af0dab55783b5\" ON \"audit_entry\"  (\"entity_type\", \"entity_id\") ");
    await queryRunner.query("ALTER TABLE \"pole\" ADD \"assigned_organisation_id\" uuid");
    await queryRunner.query("ALTER TABLE \"camera\" ADD \"assigned_organisation_id\" uuid");
    await queryRunner.query("ALTER TABLE \"network_node\" ADD \"assigned_organisation_id\" uuid");
    await queryRunner.query("ALTER TABLE \"fiber_run\" ADD \"assigned_organisation_id\" uuid");
    await queryRunner.query("ALTER TABLE \"power_source\" ADD \"assigned_organisation_id\" uuid");
    await queryRunner.query("ALTER TABLE \"power_feed\" ADD \"assigned_organisation_id\" uuid");
    await queryRunner.query("ALTER TABLE \"pole\" ADD CONSTRAINT \"FK_2f97da5bb8e43e40df2c0ee8eae\" FOREIGN KEY (\"assigned_organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"camera\" ADD CONSTRAINT \"FK_da9102a0a393ed4466186e004b0\" FOREIGN KEY (\"assigned_organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"network_node\" ADD CONSTRAINT \"FK_7314d242c91f64b614d3bf270d9\" FOREIGN KEY (\"assigned_organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"fiber_run\" ADD CONSTRAINT \"FK_d9327fe64d51cded8ba4c9883f1\" FOREIGN KEY (\"assigned_organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"power_source\" ADD CONSTRAINT \"FK_cc3bb5762b8412225988720fb0d\" FOREIGN KEY (\"assigned_organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"power_feed\" ADD CONSTRAINT \"FK_dfc6b64eb40a2f404d235ecb157\" FOREIGN KEY (\"assigned_organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"app_user\" ADD CONSTRAINT \"FK_6fa42e978fa7d7adc32736e26fd\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"refresh_token\" ADD CONSTRAINT \"FK_6bbe63d2fe75e7f0ba1710351d4\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    // Hand-written (TypeORM does not model triggers): the audit trail is append-only. Triggers bind
    // every role, the superuser included (REVOKE would not); PostgreSQL 15 and PGlite's 18 alike.
    await queryRunner.query(`CREATE FUNCTION "vigie_audit_entry_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$`);
    await queryRunner.query('CREATE TRIGGER "audit_entry_append_only" BEFORE UPDATE OR DELETE ON "audit_entry" FOR EACH ROW EXECUTE FUNCTION "vigie_audit_entry_append_only"()');
    await queryRunner.query('CREATE TRIGGER "audit_entry_no_truncate" BEFORE TRUNCATE ON "audit_entry" FOR EACH STATEMENT EXECUTE FUNCTION "vigie_audit_entry_append_only"()');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"refresh_token\" DROP CONSTRAINT \"FK_6bbe63d2fe75e7f0ba1710351d4\"");
    await queryRunner.query("ALTER TABLE \"app_user\" DROP CONSTRAINT \"FK_6fa42e978fa7d7adc32736e26fd\"");
    await queryRunner.query("ALTER TABLE \"power_feed\" DROP CONSTRAINT \"FK_dfc6b64eb40a2f404d235ecb157\"");
    await queryRunner.query("ALTER TABLE \"power_source\" DROP CONSTRAINT \"FK_cc3bb5762b8412225988720fb0d\"");
    await queryRunner.query("ALTER TABLE \"fiber_run\" DROP CONSTRAINT \"FK_d9327fe64d51cded8ba4c9883f1\"");
    await queryRunner.query("ALTER TABLE \"network_node\" DROP CONSTRAINT \"FK_7314d242c91f64b614d3bf270d9\"");
    await queryRunner.query("ALTER TABLE \"camera\" DROP CONSTRAINT \"FK_da9102a0a393ed4466186e004b0\"");
    await queryRunner.query("ALTER TABLE \"pole\" DROP CONSTRAINT \"FK_2f97da5bb8e43e40df2c0ee8eae\"");
    await queryRunner.query("ALTER TABLE \"power_feed\" DROP COLUMN \"assigned_organisation_id\"");
    await queryRunner.query("ALTER TABLE \"power_source\" DROP COLUMN \"assigned_organisation_id\"");
    await queryRunner.query("ALTER TABLE \"fiber_run\" DROP COLUMN \"assigned_organisation_id\"");
    await queryRunner.query("ALTER TABLE \"network_node\" DROP COLUMN \"assigned_organisation_id\"");
    await queryRunner.query("ALTER TABLE \"camera\" DROP COLUMN \"assigned_organisation_id\"");
    await queryRunner.query("ALTER TABLE \"pole\" DROP COLUMN \"assigned_organisation_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_cfbd3da3d6664af0dab55783b5\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_9145793cad0b4c9d2a33a3cc3f\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_9d18bd4a32fc0cd8ff82b12037\"");
    await queryRunner.query('DROP TRIGGER "audit_entry_no_truncate" ON "audit_entry"');
    await queryRunner.query('DROP TRIGGER "audit_entry_append_only" ON "audit_entry"');
    await queryRunner.query('DROP FUNCTION "vigie_audit_entry_append_only"()');
    await queryRunner.query("DROP TABLE \"audit_entry\"");
    await queryRunner.query("DROP TYPE \"public\".\"audit_action\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_d40158f50033c6f856c6a1f242\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_34dc7543d534f1158dee2e89dc\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_de7dbea37afe543a9abc33860b\"");
    await queryRunner.query("DROP TABLE \"login_attempt\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_6bbe63d2fe75e7f0ba1710351d\"");
    await queryRunner.query("DROP TABLE \"refresh_token\"");
    await queryRunner.query("DROP TABLE \"app_user\"");
    await queryRunner.query("DROP TYPE \"public\".\"user_role\"");
    await queryRunner.query("DROP TABLE \"organisation\"");
    await queryRunner.query("DROP TYPE \"public\".\"organisation_kind\"");
  }
}
