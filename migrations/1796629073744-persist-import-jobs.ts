import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PersistImportJobs1796629073744 implements MigrationInterface {
  name = 'PersistImportJobs1796629073744';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"import_job\" (\"id\" uuid NOT NULL, \"created_by_user_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"finished_at\" TIMESTAMP WITH TIME ZONE, \"file_name\" character varying(200) NOT NULL, \"format\" character varying(16) NOT NULL, \"source\" character varying(80) NOT NULL, \"target_type\" character varying(32) NOT NULL, \"status\" character varying(16) NOT NULL, \"id_field\" character varying(200), \"layer\" character varying(200), \"mapping\" jsonb NOT NULL DEFAULT '[]', \"source_fields\" jsonb NOT NULL DEFAULT '[]', \"progress\" jsonb NOT NULL, \"counts\" jsonb NOT NULL, \"problems_by_code\" jsonb NOT NULL DEFAULT '{}', \"problems\" jsonb NOT NULL DEFAULT '[]', \"preview\" jsonb NOT NULL, \"failure\" jsonb, \"result\" jsonb, \"change_set_id\" uuid, \"upload_path\" text NOT NULL, \"read_source\" jsonb, \"staged_path\" text, \"csv\" jsonb, \"owner_host\" character varying(255), \"owner_pid\" integer, \"owner_instance\" uuid, \"heartbeat_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_65b4c7eccb8120972a7b8da7682\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_3d9683b5e02c06497d0d9f48c3\" ON \"import_job\"  (\"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_9e56dfa23cbf4d5388fc6199e3\" ON \"import_job\"  (\"created_at\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_9e56dfa23cbf4d5388fc6199e3\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_3d9683b5e02c06497d0d9f48c3\"");
    await queryRunner.query("DROP TABLE \"import_job\"");
  }
}
