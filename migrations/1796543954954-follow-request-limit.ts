import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Follow requests per IP address in a fixed window (issue 17): one row per address, counted in
 * one statement, so every instance sees the same count.
 */
export class FollowRequestLimit1796543954954 implements MigrationInterface {
  name = 'FollowRequestLimit1796543954954';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "follow_request_limit" ("ip" character varying(64) NOT NULL, "requests" integer NOT NULL DEFAULT 0, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_follow_request_limit" PRIMARY KEY ("ip"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "follow_request_limit"`);
  }
}
