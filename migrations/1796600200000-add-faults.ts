import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Maintenance (issue 12): faults on an asset (asset_type + asset_id, checked by the service: the type
 * varies, so no foreign key) or at a point, with a typed point location (GiST) for the map, zones and
 * "nearest first"; fault_event, the append-only history the SLA clocks and availability are measured
 * from; fault_camera, the cameras a fault darkens and the status each goes back to. Generated from the
 * entities, reviewed: fault_state is shared by fault and fault_event and created once.
 */

export class AddFaults1796600200000 implements MigrationInterface {
  name = 'AddFaults1796600200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"fault_asset_type\" AS ENUM('camera', 'pole', 'network_node', 'fiber_run', 'power_feed', 'power_source')");
    await queryRunner.query("CREATE TYPE \"public\".\"fault_category\" AS ENUM('no_image', 'image_degraded', 'camera_moved_or_obstructed', 'vandalism', 'power', 'fiber_cut', 'network_equipment', 'other')");
    await queryRunner.query("CREATE TYPE \"public\".\"fault_channel\" AS ENUM('control_centre', 'field_team', 'automatic')");
    await queryRunner.query("CREATE TYPE \"public\".\"fault_state\" AS ENUM('open', 'acknowledged', 'in_progress', 'resolved', 'closed')");
    await queryRunner.query("CREATE TYPE \"public\".\"fault_resolution\" AS ENUM('repaired', 'replaced_part', 'replaced_asset', 'no_fault_found')");
    await queryRunner.query("CREATE TABLE \"fault\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"version\" integer NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"asset_type\" \"public\".\"fault_asset_type\", \"asset_id\" uuid, \"location\" geometry(Point,4326) NOT NULL, \"category\" \"public\".\"fault_category\" NOT NULL, \"description\" text NOT NULL, \"channel\" \"public\".\"fault_channel\" NOT NULL, \"reported_by_user_id\" uuid, \"reporter_name\" character varying(200), \"reported_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"state\" \"public\".\"fault_state\" NOT NULL DEFAULT 'open', \"darkens\" boolean NOT NULL, \"priority\" smallint NOT NULL, \"suggested_priority\" smallint NOT NULL, \"impact\" jsonb NOT NULL, \"assigned_organisation_id\" uuid, \"assigned_user_id\" uuid, \"resolution\" \"public\".\"fault_resolution\", \"new_serial\" character varying(128), \"resolved_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"fault_location_valid\" CHECK (ST_IsValid(location)), CONSTRAINT \"fault_new_serial_when_replaced\" CHECK (resolution IS DISTINCT FROM 'replaced_asset' OR new_serial IS NOT NULL), CONSTRAINT \"fault_resolution_when_resolved\" CHECK ((state IN ('resolved', 'closed')) = (resolution IS NOT NULL)), CONSTRAINT \"fault_priority_range\" CHECK (priority BETWEEN 1 AND 4 AND suggested_priority BETWEEN 1 AND 4), CONSTRAINT \"fault_description_length\" CHECK (char_length(description) BETWEEN 1 AND 4000), CONSTRAINT \"fault_asset_both_or_none\" CHECK ((asset_type IS NULL) = (asset_id IS NULL)), CONSTRAINT \"PK_491064e4de7cedcebff7206547b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_54aa0a85cfbe63f0a474540462\" ON \"fault\" USING gist (\"location\") ");
    await queryRunner.query("CREATE INDEX \"IDX_053ef1c6be66fe54b02dbde635\" ON \"fault\"  (\"assigned_organisation_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_58112fbf6da815aea46c7e5253\" ON \"fault\"  (\"assigned_user_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_c02030bf2b1ef4f0d4722cf9f7\" ON \"fault\"  (\"asset_type\", \"asset_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_9e7ec336d913e9f3985eb3d46d\" ON \"fault\"  (\"state\", \"priority\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"fault_event_kind\" AS ENUM('logged', 'state_changed', 'assigned', 'priority_changed', 'edited', 'commented')");
    await queryRunner.query("CREATE TABLE \"fault_event\" (\"id\" BIGSERIAL NOT NULL, \"fault_id\" uuid NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"kind\" \"public\".\"fault_event_kind\" NOT NULL, \"from_state\" \"public\".\"fault_state\", \"to_state\" \"public\".\"fault_state\", \"actor_user_id\" uuid, \"actor_email\" character varying(254), \"comment\" text, CONSTRAINT \"fault_event_comment_length\" CHECK (comment IS NULL OR char_length(comment) BETWEEN 1 AND 4000), CONSTRAINT \"fault_event_state_change\" CHECK ((kind IN ('logged', 'state_changed')) = (to_state IS NOT NULL)), CONSTRAINT \"PK_3cefd7a351612783889bfc36809\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_c75f31984c0440c6a9549a0da1\" ON \"fault_event\"  (\"fault_id\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"fault_camera\" (\"fault_id\" uuid NOT NULL, \"camera_id\" uuid NOT NULL, \"restore_status\" \"public\".\"asset_status\", CONSTRAINT \"PK_1a7aee1fc314dc741e19a67da10\" PRIMARY KEY (\"fault_id\", \"camera_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_dd78a966433a62b67077064580\" ON \"fault_camera\"  (\"camera_id\") ");
    await queryRunner.query("ALTER TABLE \"fault\" ADD CONSTRAINT \"FK_2d129b87cbf7972c2d41b8472ff\" FOREIGN KEY (\"reported_by_user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"fault\" ADD CONSTRAINT \"FK_053ef1c6be66fe54b02dbde6352\" FOREIGN KEY (\"assigned_organisation_id\") REFERENCES \"organisation\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"fault\" ADD CONSTRAINT \"FK_58112fbf6da815aea46c7e52530\" FOREIGN KEY (\"assigned_user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"fault_event\" ADD CONSTRAINT \"FK_4ab50916f98c23d25c9721691b1\" FOREIGN KEY (\"fault_id\") REFERENCES \"fault\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"fault_camera\" ADD CONSTRAINT \"FK_395412cf73ff3a2af0797fe0305\" FOREIGN KEY (\"fault_id\") REFERENCES \"fault\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"fault_camera\" ADD CONSTRAINT \"FK_dd78a966433a62b670770645807\" FOREIGN KEY (\"camera_id\") REFERENCES \"camera\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"fault_camera\" DROP CONSTRAINT \"FK_dd78a966433a62b670770645807\"");
    await queryRunner.query("ALTER TABLE \"fault_camera\" DROP CONSTRAINT \"FK_395412cf73ff3a2af0797fe0305\"");
    await queryRunner.query("ALTER TABLE \"fault_event\" DROP CONSTRAINT \"FK_4ab50916f98c23d25c9721691b1\"");
    await queryRunner.query("ALTER TABLE \"fault\" DROP CONSTRAINT \"FK_58112fbf6da815aea46c7e52530\"");
    await queryRunner.query("ALTER TABLE \"fault\" DROP CONSTRAINT \"FK_053ef1c6be66fe54b02dbde6352\"");
    await queryRunner.query("ALTER TABLE \"fault\" DROP CONSTRAINT \"FK_2d129b87cbf7972c2d41b8472ff\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_dd78a966433a62b67077064580\"");
    await queryRunner.query("DROP TABLE \"fault_camera\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c75f31984c0440c6a9549a0da1\"");
    await queryRunner.query("DROP TABLE \"fault_event\"");
    await queryRunner.query("DROP TYPE \"public\".\"fault_event_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_9e7ec336d913e9f3985eb3d46d\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_c02030bf2b1ef4f0d4722cf9f7\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_58112fbf6da815aea46c7e5253\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_053ef1c6be66fe54b02dbde635\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_54aa0a85cfbe63f0a474540462\"");
    await queryRunner.query("DROP TABLE \"fault\"");
    await queryRunner.query("DROP TYPE \"public\".\"fault_resolution\"");
    await queryRunner.query("DROP TYPE \"public\".\"fault_state\"");
    await queryRunner.query("DROP TYPE \"public\".\"fault_channel\"");
    await queryRunner.query("DROP TYPE \"public\".\"fault_category\"");
    await queryRunner.query("DROP TYPE \"public\".\"fault_asset_type\"");
  }
}
