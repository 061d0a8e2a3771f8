import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where a harvested set came from (the OParl Paper's id): a second harvest of the same source
 * finds it and adds nothing. One set per source URL per municipality.
 */
export class QuestionSetSourceUrl1796538644823 implements MigrationInterface {
  name = 'QuestionSetSourceUrl1796538644823';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "question_set" ADD "source_url" text`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_question_set_source_url" ON "question_set" ("municipality_id", "source_url") WHERE source_url IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_question_set_source_url"`);
    await queryRunner.query(`ALTER TABLE "question_set" DROP COLUMN "source_url"`);
  }
}
