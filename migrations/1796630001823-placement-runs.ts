import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlacementRuns1796630001823 implements MigrationInterface {
  name = 'PlacementRuns1796630001823';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"placement_run\" (\"id\" uuid NOT NULL, \"state\" character varying(16) NOT NULL, \"phase\" character varying(16), \"progress_fraction\" double precision NOT NULL DEFAULT '0', \"proposal_count\" integer NOT NULL DEFAULT '0', \"budget_mad\" double precision, \"max_cameras\" integer, \"night\" boolean NOT NULL DEFAULT false, \"error\" text, \"input\" jsonb NOT NULL, \"result\" jsonb, \"accepted\" jsonb NOT NULL DEFAULT '{}', \"new_poles\" jsonb NOT NULL DEFAULT '{}', \"user_id\" uuid, \"cancel_requested\" boolean NOT NULL DEFAULT false, \"started_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"finished_at\" TIMESTAMP WITH TIME ZONE, \"heartbeat_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"placement_run_progress\" CHECK (\"progress_fraction\" >= 0 AND \"progress_fraction\" <= 1), CONSTRAINT \"placement_run_state\" CHECK (\"state\" IN ('loading', 'running', 'done', 'cancelled', 'failed')), CONSTRAINT \"PK_d7522c4be7c1c07ac78213894c5\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_cee04504c7ad529fe0905a9b45\" ON \"placement_run\"  (\"started_at\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"IDX_cee04504c7ad529fe0905a9b45\"");
    await queryRunner.query("DROP TABLE \"placement_run\"");
  }
}
