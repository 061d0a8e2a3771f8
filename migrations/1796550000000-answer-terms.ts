import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Answer terms as councils write them: werkdagen beside days and weeks (the unit's column grows),
 * recesses per municipality that pause the term, and the due date's explanation kept with the set
 * ("30 dagen na ontvangst op 3 juni 2025, plus 42 dagen zomerreces …").
 */
export class AnswerTerms1796550000000 implements MigrationInterface {
  name = 'AnswerTerms1796550000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "municipality" ALTER COLUMN "answer_term_unit" TYPE varchar(12)`);
    await queryRunner.query(
      `ALTER TABLE "municipality" ADD CONSTRAINT "CHK_municipality_answer_term_unit" CHECK ("answer_term_unit" IN ('days', 'weeks', 'workingDays'))`,
    );
    await queryRunner.query(
      `CREATE TABLE "recess" (
        "id" SERIAL NOT NULL,
        "municipality_id" integer NOT NULL,
        "name" character varying NOT NULL,
        "starts_on" date NOT NULL,
        "ends_on" date NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_recess_dates" CHECK ("ends_on" >= "starts_on"),
        CONSTRAINT "PK_recess" PRIMARY KEY ("id"),
        CONSTRAINT "FK_recess_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_recess_municipality_starts_on" ON "recess" ("municipality_id", "starts_on")`,
    );
    await queryRunner.query(`ALTER TABLE "question_set" ADD "due_explanation" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "question_set" DROP COLUMN "due_explanation"`);
    await queryRunner.query(`DROP TABLE "recess"`);
    await queryRunner.query(
      `UPDATE "municipality" SET "answer_term_unit" = 'days' WHERE "answer_term_unit" = 'workingDays'`,
    );
    await queryRunner.query(`ALTER TABLE "municipality" DROP CONSTRAINT "CHK_municipality_answer_term_unit"`);
    await queryRunner.query(`ALTER TABLE "municipality" ALTER COLUMN "answer_term_unit" TYPE varchar(5)`);
  }
}
