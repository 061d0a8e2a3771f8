import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Commitments made in a council or committee meeting (docs/domain.md, "Commitments"): the griffie
 * registers them by hand with the meeting's name and date; they belong to no question set. The check
 * keeps the two origins apart: a meeting commitment has its meeting and no set, every other one a set.
 */
export class CommitmentMeeting1796551000000 implements MigrationInterface {
  name = 'CommitmentMeeting1796551000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "commitment" ALTER COLUMN "question_set_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "commitment" ADD "meeting_name" text`);
    await queryRunner.query(`ALTER TABLE "commitment" ADD "meeting_date" date`);
    await queryRunner.query(
      `ALTER TABLE "commitment" ADD CONSTRAINT "CHK_commitment_origin" CHECK (
         CASE WHEN "source" = 'meeting'
           THEN "question_set_id" IS NULL AND "meeting_name" IS NOT NULL AND "meeting_date" IS NOT NULL
           ELSE "question_set_id" IS NOT NULL END)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "commitment" DROP CONSTRAINT "CHK_commitment_origin"`);
    await queryRunner.query(`DELETE FROM "commitment" WHERE "question_set_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "commitment" DROP COLUMN "meeting_date"`);
    await queryRunner.query(`ALTER TABLE "commitment" DROP COLUMN "meeting_name"`);
    await queryRunner.query(`ALTER TABLE "commitment" ALTER COLUMN "question_set_id" SET NOT NULL`);
  }
}
