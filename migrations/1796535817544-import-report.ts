import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 19: the import's warnings stored with the set (shown until dismissed) and the parsed text's hash (near-duplicates). */
export class ImportReport1796535817544 implements MigrationInterface {
  name = 'ImportReport1796535817544';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "import_report" (
      "id" SERIAL NOT NULL,
      "question_set_id" integer NOT NULL,
      "municipality_id" integer NOT NULL,
      "text_sha256" character(64) NOT NULL,
      "warnings" jsonb NOT NULL DEFAULT '[]'::jsonb,
      "dismissed_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_import_report" PRIMARY KEY ("id"),
      CONSTRAINT "FK_import_report_question_set" FOREIGN KEY ("question_set_id") REFERENCES "question_set"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_import_report_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE
    )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_import_report_question_set" ON "import_report" ("question_set_id")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_import_report_municipality" ON "import_report" ("municipality_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_import_report_text" ON "import_report" ("text_sha256")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "import_report"`);
  }
}
