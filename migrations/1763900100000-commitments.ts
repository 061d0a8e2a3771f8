import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Commitments (toezeggingen) proposed from answers and followed until kept, private iCal feeds,
 * digest subscriptions, follows of one question set and the notification queue.
 * Hand-written; column names follow the SnakeNamingStrategy of the entities.
 */
export class Commitments1763900100000 implements MigrationInterface {
  name = 'Commitments1763900100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "commitment" (
      "id" SERIAL NOT NULL,
      "municipality_id" integer NOT NULL,
      "question_set_id" integer NOT NULL,
      "answer_id" integer,
      "questions" text array NOT NULL DEFAULT '{}',
      "sentence" text NOT NULL,
      "source_hash" character(64),
      "phrase" text,
      "period_start" date,
      "period_end" date,
      "precision" character varying(8),
      "relation" character varying(8),
      "approximate" boolean NOT NULL DEFAULT false,
      "deadline" date,
      "reference_date" date NOT NULL,
      "portfolio_holder_id" integer,
      "party_id" integer,
      "status" character varying(20) NOT NULL,
      "status_changed_on" date,
      "fulfilled_by_document_id" integer,
      "notes" text,
      "source" character varying(10) NOT NULL,
      "version" integer NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_commitment" PRIMARY KEY ("id"))`);
    // Re-recording an answer must not propose a sentence again, also not after it was dismissed.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_commitment_source" ON "commitment" ("question_set_id", "source_hash") WHERE source_hash IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_commitment_municipality_status_deadline" ON "commitment" ("municipality_id", "status", "deadline")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_commitment_portfolio_holder" ON "commitment" ("portfolio_holder_id")`);
    await queryRunner.query(
      `ALTER TABLE "commitment" ADD CONSTRAINT "FK_commitment_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "commitment" ADD CONSTRAINT "FK_commitment_question_set" FOREIGN KEY ("question_set_id") REFERENCES "question_set"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "commitment" ADD CONSTRAINT "FK_commitment_answer" FOREIGN KEY ("answer_id") REFERENCES "answer"("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "commitment" ADD CONSTRAINT "FK_commitment_portfolio_holder" FOREIGN KEY ("portfolio_holder_id") REFERENCES "person"("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "commitment" ADD CONSTRAINT "FK_commitment_party" FOREIGN KEY ("party_id") REFERENCES "party"("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "commitment" ADD CONSTRAINT "FK_commitment_document" FOREIGN KEY ("fulfilled_by_document_id") REFERENCES "document"("id") ON DELETE SET NULL`,
    );

    await queryRunner.query(`CREATE TABLE "ical_feed" (
      "id" SERIAL NOT NULL,
      "token_hash" character(64) NOT NULL,
      "municipality_id" integer NOT NULL,
      "portfolio_holder_id" integer,
      "creator_label" character varying NOT NULL,
      "creator_role" character varying(12) NOT NULL,
      "creator_municipality_id" integer,
      "creator_party_id" integer,
      "creator_portfolio_holder_id" integer,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "revoked_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "UQ_ical_feed_token_hash" UNIQUE ("token_hash"),
      CONSTRAINT "PK_ical_feed" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `ALTER TABLE "ical_feed" ADD CONSTRAINT "FK_ical_feed_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "ical_feed" ADD CONSTRAINT "FK_ical_feed_portfolio_holder" FOREIGN KEY ("portfolio_holder_id") REFERENCES "person"("id") ON DELETE CASCADE`,
    );

    await queryRunner.query(`CREATE TABLE "notification_subscription" (
      "id" SERIAL NOT NULL,
      "email" character varying(320) NOT NULL,
      "municipality_id" integer NOT NULL,
      "role" character varying(12) NOT NULL,
      "portfolio_holder_id" integer,
      "party_id" integer,
      "confirmed_at" TIMESTAMP WITH TIME ZONE,
      "unsubscribe_token" character varying(64) NOT NULL,
      "last_digest_on" date,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "UQ_notification_subscription_unsubscribe" UNIQUE ("unsubscribe_token"),
      CONSTRAINT "PK_notification_subscription" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_notification_subscription_email" ON "notification_subscription" ("municipality_id", lower("email"), "role")`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_subscription" ADD CONSTRAINT "FK_notification_subscription_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_subscription" ADD CONSTRAINT "FK_notification_subscription_portfolio_holder" FOREIGN KEY ("portfolio_holder_id") REFERENCES "person"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_subscription" ADD CONSTRAINT "FK_notification_subscription_party" FOREIGN KEY ("party_id") REFERENCES "party"("id") ON DELETE CASCADE`,
    );

    await queryRunner.query(`CREATE TABLE "question_set_follow" (
      "id" SERIAL NOT NULL,
      "question_set_id" integer NOT NULL,
      "email" character varying(320) NOT NULL,
      "viewer_role" character varying(12) NOT NULL,
      "viewer_municipality_id" integer,
      "viewer_party_id" integer,
      "confirm_token_hash" character(64) NOT NULL,
      "unsubscribe_token" character varying(64) NOT NULL,
      "confirmed_at" TIMESTAMP WITH TIME ZONE,
      "confirm_sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "UQ_question_set_follow_unsubscribe" UNIQUE ("unsubscribe_token"),
      CONSTRAINT "UQ_question_set_follow_confirm" UNIQUE ("confirm_token_hash"),
      CONSTRAINT "PK_question_set_follow" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_question_set_follow_email" ON "question_set_follow" ("question_set_id", lower("email"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_set_follow" ADD CONSTRAINT "FK_question_set_follow_set" FOREIGN KEY ("question_set_id") REFERENCES "question_set"("id") ON DELETE CASCADE`,
    );

    await queryRunner.query(`CREATE TABLE "follow_notification" (
      "id" BIGSERIAL NOT NULL,
      "question_set_id" integer NOT NULL,
      "action" character varying(60) NOT NULL,
      "commitment_id" integer,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "processed_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_follow_notification" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `CREATE INDEX "IDX_follow_notification_pending" ON "follow_notification" ("processed_at", "id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_notification" ADD CONSTRAINT "FK_follow_notification_set" FOREIGN KEY ("question_set_id") REFERENCES "question_set"("id") ON DELETE CASCADE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "follow_notification"`);
    await queryRunner.query(`DROP TABLE "question_set_follow"`);
    await queryRunner.query(`DROP TABLE "notification_subscription"`);
    await queryRunner.query(`DROP TABLE "ical_feed"`);
    await queryRunner.query(`DROP TABLE "commitment"`);
  }
}
