import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Web accounts: users (bcrypt password hashes), browser sessions and login counters in
 * PostgreSQL (so several instances share them), and uploads staged between import preview
 * and confirmation.
 */
export class WebAccounts1763900300000 implements MigrationInterface {
  name = 'WebAccounts1763900300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" SERIAL NOT NULL, "email" character varying(254) NOT NULL, "password_hash" character varying(100) NOT NULL, "role" character varying(12) NOT NULL, "municipality_id" integer, "party_id" integer, "portfolio_holder_id" integer, "display_name" character varying NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_app_user_email" UNIQUE ("email"), CONSTRAINT "PK_app_user" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_app_user_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_app_user_party" FOREIGN KEY ("party_id") REFERENCES "party"("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_app_user_portfolio_holder" FOREIGN KEY ("portfolio_holder_id") REFERENCES "person"("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "web_session" ("id" character(64) NOT NULL, "user_id" integer, "csrf_token" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_web_session" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_web_session_user" ON "web_session" ("user_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_web_session_expires" ON "web_session" ("expires_at")`);
    await queryRunner.query(
      `ALTER TABLE "web_session" ADD CONSTRAINT "FK_web_session_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `CREATE TABLE "login_attempt" ("account_key" character varying(254) NOT NULL, "ip" character varying(64) NOT NULL, "failures" integer NOT NULL DEFAULT 0, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_login_attempt" PRIMARY KEY ("account_key", "ip"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "web_upload" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" character(64) NOT NULL, "filename" character varying(255) NOT NULL, "bytes" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_web_upload" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_web_upload_session" ON "web_upload" ("session_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "web_upload"`);
    await queryRunner.query(`DROP TABLE "login_attempt"`);
    await queryRunner.query(`DROP TABLE "web_session"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
  }
}
