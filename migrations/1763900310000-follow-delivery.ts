import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Follow notices are mailed per follower and recorded per follower right after each mail, so an
 * SMTP failure halfway re-sends only the failed mail (not the whole batch).
 */
export class FollowDelivery1763900310000 implements MigrationInterface {
  name = 'FollowDelivery1763900310000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "question_set_follow" ADD "notified_through_id" bigint`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "question_set_follow" DROP COLUMN "notified_through_id"`);
  }
}
