import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in throttling by counters instead of a log of attempts (issue 10): one row per (account,
 * address), account and address, updated under a row lock so that parallel attempts count one by
 * one; and the addresses each user signed in from lately. The old attempt log is dropped (it only
 * served throttling; a day of history at most).
 */
export class LoginCountersAndKnownClients1796595376395 implements MigrationInterface {
  name = 'LoginCountersAndKnownClients1796595376395';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"login_attempt\"");
    await queryRunner.query("CREATE TABLE \"login_counter\" (\"key\" character(64) NOT NULL, \"failures\" integer NOT NULL DEFAULT '0', \"window_started_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"next_attempt_at\" TIMESTAMP WITH TIME ZONE, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_78b9b639f391445489d7dbeb75d\" PRIMARY KEY (\"key\"))");
    await queryRunner.query("CREATE INDEX \"IDX_9dc2a478bd71f09e50ff95405e\" ON \"login_counter\"  (\"updated_at\") ");
    await queryRunner.query("CREATE TABLE \"known_login_client\" (\"user_id\" uuid NOT NULL, \"client_address\" character varying(64) NOT NULL, \"last_succeeded_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_4c922752a1cd25571744ece90e7\" PRIMARY KEY (\"user_id\", \"client_address\"))");
    await queryRunner.query("CREATE INDEX \"IDX_e1053300a2677728f49057f1a9\" ON \"known_login_client\"  (\"last_succeeded_at\") ");
    await queryRunner.query("ALTER TABLE \"known_login_client\" ADD CONSTRAINT \"FK_b3635868132c75d112cccaa1bd7\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"known_login_client\" DROP CONSTRAINT \"FK_b3635868132c75d112cccaa1bd7\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_e1053300a2677728f49057f1a9\"");
    await queryRunner.query("DROP TABLE \"known_login_client\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_9dc2a478bd71f09e50ff95405e\"");
    await queryRunner.query("DROP TABLE \"login_counter\"");
    await queryRunner.query("CREATE TABLE \"login_attempt\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" character varying(254) NOT NULL, \"client_address\" character varying(64) NOT NULL, \"succeeded\" boolean NOT NULL, \"attempted_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_72829cd4f7424e3cdfd46c476c0\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_de7dbea37afe543a9abc33860b\" ON \"login_attempt\"  (\"attempted_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_34dc7543d534f1158dee2e89dc\" ON \"login_attempt\"  (\"client_address\", \"attempted_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_d40158f50033c6f856c6a1f242\" ON \"login_attempt\"  (\"email\", \"attempted_at\") ");
  }
}
