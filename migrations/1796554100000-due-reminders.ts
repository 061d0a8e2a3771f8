import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders to the college office before a due date and on the day it passes: per municipality
 * how many days before (default 5) and optionally one address for them; `set_notice` claims each
 * mail once (unique per set, kind and date) so no reminder goes out twice.
 */
export class DueReminders1796554100000 implements MigrationInterface {
  name = 'DueReminders1796554100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "municipality" ADD "reminder_days_before" integer NOT NULL DEFAULT 5`);
    await queryRunner.query(
      `ALTER TABLE "municipality" ADD CONSTRAINT "CHK_municipality_reminder_days" CHECK ("reminder_days_before" BETWEEN 0 AND 60)`,
    );
    await queryRunner.query(`ALTER TABLE "municipality" ADD "reminder_email" character varying(254)`);
    await queryRunner.query(
      `CREATE TABLE "set_notice" (
        "id" SERIAL NOT NULL,
        "question_set_id" integer NOT NULL,
        "kind" character varying(12) NOT NULL,
        "key_on" date NOT NULL,
        "sent_to" text array NOT NULL DEFAULT '{}',
        "sent_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_set_notice" PRIMARY KEY ("id"),
        CONSTRAINT "FK_set_notice_question_set" FOREIGN KEY ("question_set_id") REFERENCES "question_set"("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_set_notice_key" ON "set_notice" ("question_set_id", "kind", "key_on")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_set_notice_pending" ON "set_notice" ("id") WHERE sent_at IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "set_notice"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP COLUMN "reminder_email"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP CONSTRAINT "CHK_municipality_reminder_days"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP COLUMN "reminder_days_before"`);
  }
}
