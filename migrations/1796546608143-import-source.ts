import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 19: the original file of an imported set, kept with it and downloadable where the set is visible. */
export class ImportSource1796546608143 implements MigrationInterface {
  name = 'ImportSource1796546608143';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "import_source" (
      "id" SERIAL NOT NULL,
      "question_set_id" integer NOT NULL,
      "filename" character varying(255) NOT NULL,
      "content_type" character varying(127) NOT NULL,
      "sha256" character(64) NOT NULL,
      "size" integer NOT NULL,
      "contains_answers" boolean NOT NULL,
      "bytes" bytea NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_import_source" PRIMARY KEY ("id"),
      CONSTRAINT "FK_import_source_question_set" FOREIGN KEY ("question_set_id") REFERENCES "question_set"("id") ON DELETE CASCADE
    )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_import_source_question_set" ON "import_source" ("question_set_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "import_source"`);
  }
}
