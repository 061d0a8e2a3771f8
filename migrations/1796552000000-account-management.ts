import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts and tokens managed from the pages (issues 17 and 20): every API token expires (the
 * tokens that exist get a year from now) and may belong to a web account; accounts can be
 * disabled and remember their last login; password-reset and invitation links (hashed, single
 * use, expiring); a counter table for throttled requests ("wachtwoord vergeten").
 */
export class AccountManagement1796552000000 implements MigrationInterface {
  name = 'AccountManagement1796552000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_token" ADD "expires_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "api_token" SET "expires_at" = now() + interval '365 days'`);
    await queryRunner.query(`ALTER TABLE "api_token" ALTER COLUMN "expires_at" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "api_token" ADD "user_id" integer`);
    await queryRunner.query(`ALTER TABLE "api_token" ADD "created_by" character varying(300)`);
    await queryRunner.query(`CREATE INDEX "IDX_api_token_user" ON "api_token" ("user_id")`);
    await queryRunner.query(
      `ALTER TABLE "api_token" ADD CONSTRAINT "FK_api_token_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(`ALTER TABLE "app_user" ADD "disabled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "last_login_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "version" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(
      `CREATE TABLE "password_reset" ("id" SERIAL NOT NULL, "user_id" integer NOT NULL, "token_hash" character(64) NOT NULL, "purpose" character varying(12) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_password_reset_token_hash" UNIQUE ("token_hash"), CONSTRAINT "PK_password_reset" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_password_reset_user" ON "password_reset" ("user_id")`);
    await queryRunner.query(
      `ALTER TABLE "password_reset" ADD CONSTRAINT "FK_password_reset_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `CREATE TABLE "request_throttle" ("key" character varying(300) NOT NULL, "count" integer NOT NULL DEFAULT 0, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_request_throttle" PRIMARY KEY ("key"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "request_throttle"`);
    await queryRunner.query(`DROP TABLE "password_reset"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "last_login_at"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "disabled_at"`);
    await queryRunner.query(`ALTER TABLE "api_token" DROP CONSTRAINT "FK_api_token_user"`);
    await queryRunner.query(`DROP INDEX "IDX_api_token_user"`);
    await queryRunner.query(`ALTER TABLE "api_token" DROP COLUMN "created_by"`);
    await queryRunner.query(`ALTER TABLE "api_token" DROP COLUMN "user_id"`);
    await queryRunner.query(`ALTER TABLE "api_token" DROP COLUMN "expires_at"`);
  }
}
