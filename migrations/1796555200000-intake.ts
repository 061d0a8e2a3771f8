import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The griffie's intake of fractie submissions: a fractie's "indienen" registers its draft (the
 * term starts on receipt) and marks it `pending`; the griffie registers it in its own books
 * (reference, portfolio holder: `accepted`) or sends it back to the fractie as a draft with a note.
 */
export class Intake1796555200000 implements MigrationInterface {
  name = 'Intake1796555200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "question_set" ADD "intake_status" character varying(10)`);
    await queryRunner.query(
      `ALTER TABLE "question_set" ADD CONSTRAINT "CHK_question_set_intake_status" CHECK ("intake_status" IN ('pending', 'accepted'))`,
    );
    await queryRunner.query(`ALTER TABLE "question_set" ADD "intake_note" text`);
    await queryRunner.query(
      `CREATE INDEX "IDX_question_set_intake_pending" ON "question_set" ("municipality_id") WHERE intake_status = 'pending'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_question_set_intake_pending"`);
    await queryRunner.query(`ALTER TABLE "question_set" DROP COLUMN "intake_note"`);
    await queryRunner.query(`ALTER TABLE "question_set" DROP CONSTRAINT "CHK_question_set_intake_status"`);
    await queryRunner.query(`ALTER TABLE "question_set" DROP COLUMN "intake_status"`);
  }
}
