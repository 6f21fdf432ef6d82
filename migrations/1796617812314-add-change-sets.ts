import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddChangeSets1796617812314 implements MigrationInterface {
  name = 'AddChangeSets1796617812314';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"change_set\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"kind\" character varying(32) NOT NULL, \"label\" character varying(200) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"actor_user_id\" uuid, \"actor_email\" character varying(254), \"undone_at\" TIMESTAMP WITH TIME ZONE, \"undone_by_email\" character varying(254), \"undone_by_change_set_id\" uuid, CONSTRAINT \"PK_d5a247956d947b633a6303a7a61\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_14a05bdcf82ed8fa1d6781025e\" ON \"change_set\"  (\"created_at\") ");
    await queryRunner.query("ALTER TABLE \"audit_entry\" ADD \"change_set_id\" uuid");
    await queryRunner.query("CREATE INDEX \"IDX_16d72c46f85dba8ebb15581978\" ON \"audit_entry\"  (\"change_set_id\") ");
    await queryRunner.query("ALTER TABLE \"audit_entry\" ADD CONSTRAINT \"FK_16d72c46f85dba8ebb15581978b\" FOREIGN KEY (\"change_set_id\") REFERENCES \"change_set\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"audit_entry\" DROP CONSTRAINT \"FK_16d72c46f85dba8ebb15581978b\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_16d72c46f85dba8ebb15581978\"");
    await queryRunner.query("ALTER TABLE \"audit_entry\" DROP COLUMN \"change_set_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_14a05bdcf82ed8fa1d6781025e\"");
    await queryRunner.query("DROP TABLE \"change_set\"");
  }
}
