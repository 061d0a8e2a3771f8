import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The order of the submitters as the griffie entered them (first signer first): the join table
 * `question_set_submitter` has no order, so the set keeps the person ids in order. Existing sets
 * keep the order of their join rows' person ids (creation order of the people).
 */
export class SubmitterOrder1796535138071 implements MigrationInterface {
  name = 'SubmitterOrder1796535138071';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "question_set" ADD "submitter_order" integer[] NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `UPDATE "question_set" s SET "submitter_order" = o.ids
         FROM (SELECT "question_set_id", array_agg("person_id" ORDER BY "person_id") AS ids
                 FROM "question_set_submitter" GROUP BY "question_set_id") o
        WHERE o."question_set_id" = s."id"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "question_set" DROP COLUMN "submitter_order"`);
  }
}
