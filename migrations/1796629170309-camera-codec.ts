import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A camera may be set to another codec than its model's (null: the model's), for the bandwidth sizing. */
export class CameraCodec1796629170309 implements MigrationInterface {
  name = 'CameraCodec1796629170309';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"camera\" ADD \"codec\" \"public\".\"video_codec\"");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"camera\" DROP COLUMN \"codec\"");
  }
}
