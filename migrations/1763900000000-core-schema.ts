import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The core schema: municipalities, parties, people, documents, question sets with questions,
 * answers, corrections and postponements, the audit trail, API tokens and the search outbox.
 * Generated from the entities (scripts/generate-migration.ts), then read and committed.
 */
export class CoreSchema1763900000000 implements MigrationInterface {
  name = 'CoreSchema1763900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor" character varying NOT NULL, "actor_role" character varying(12) NOT NULL, "municipality_id" integer, "question_set_id" integer, "entity_type" character varying(40) NOT NULL, "entity_id" text NOT NULL, "action" character varying(60) NOT NULL, "before" jsonb, "after" jsonb, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c0ea392536b5c4cba7012b6f7b" ON "audit_event" ("entity_type", "entity_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d59a95d287411668d9921b198e" ON "audit_event" ("question_set_id", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "api_token" ("id" SERIAL NOT NULL, "token_hash" character(64) NOT NULL, "label" character varying NOT NULL, "role" character varying(12) NOT NULL, "municipality_id" integer, "party_id" integer, "portfolio_holder_id" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_bafaa5aab5957cd193fb2da8f24" UNIQUE ("token_hash"), CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "municipality" ("id" SERIAL NOT NULL, "slug" character varying NOT NULL, "name" character varying NOT NULL, "answer_term_amount" integer NOT NULL DEFAULT '30', "answer_term_unit" character varying(5) NOT NULL DEFAULT 'days', "legal_basis" character varying NOT NULL DEFAULT 'artikel 40 RvO', "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_2668c2b065903fda9e3fc4f5430" UNIQUE ("slug"), CONSTRAINT "PK_281ad341f20df7c41b83a182e2a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "document" ("id" SERIAL NOT NULL, "municipality_id" integer NOT NULL, "kind" character varying(20) NOT NULL, "reference" text, "title" text, "title_key" text, "date" date, "url" text, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e57d3357f83f3cdc0acffc3d777" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_2c55f31eb409c80d29ef100282" ON "document" ("municipality_id", "url") WHERE reference IS NULL AND title_key IS NULL AND url IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_fff79d2727d1224df89c2052a3" ON "document" ("municipality_id", "kind", "title_key") WHERE reference IS NULL AND title_key IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_81f0a437f0e2ac27e3cbe56491" ON "document" ("municipality_id", "kind", "reference") WHERE reference IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "party" ("id" SERIAL NOT NULL, "municipality_id" integer NOT NULL, "name" character varying NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e6189b3d533e140bb33a6d2cec1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_31a6f68418c3f3a086095aa631" ON "party" ("municipality_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "person" ("id" SERIAL NOT NULL, "municipality_id" integer NOT NULL, "name" character varying NOT NULL, "role" character varying(12) NOT NULL, "party_id" integer, "portfolio" text, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_4283d60cd8eaa6ec7291bd85fb" ON "person" ("municipality_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "postponement" ("id" SERIAL NOT NULL, "question_set_id" integer NOT NULL, "reason" text NOT NULL, "sent_on" date NOT NULL, "new_due_on" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8a8cc3c976c2d1225d3d33e7354" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_91e0ff6f8721f7f5ea6019db88" ON "postponement" ("question_set_id") `);
    await queryRunner.query(
      `CREATE TABLE "question_set" ("id" SERIAL NOT NULL, "municipality_id" integer NOT NULL, "reference" text, "subject" character varying NOT NULL, "legal_basis" character varying NOT NULL, "party_id" integer, "portfolio_holder_id" integer, "explanation" text, "introduction" text, "status" character varying(12) NOT NULL, "received_on" date, "due_on" date, "answered_on" date, "published_on" date, "withdrawn_on" date, "closed_reason" text, "source_sha256" character(64), "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_384a616ea05ec06da55c844430b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_aa731f32d3f93ce4d7a826277c" ON "question_set" ("portfolio_holder_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_af4efc8f99d7abe400ba9906e5" ON "question_set" ("party_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_3272cacb4ebba3de7cd8a5dff4" ON "question_set" ("municipality_id", "status", "due_on") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f04931a79ddb20256bda55754f" ON "question_set" ("municipality_id", "source_sha256") WHERE source_sha256 IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_c2f20c1738f19915b385edd3b6" ON "question_set" ("municipality_id", "reference") WHERE reference IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "question" ("id" SERIAL NOT NULL, "question_set_id" integer NOT NULL, "number" character varying(12) NOT NULL, "text" text NOT NULL, "position" integer NOT NULL, "answer_id" integer, CONSTRAINT "PK_21e5786aa0ea704ae185a79b2d5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c1e064f8949efd78ad3c66059b" ON "question" ("answer_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_be835253b4e0c4852606ab194d" ON "question" ("question_set_id", "number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "answer" ("id" SERIAL NOT NULL, "question_set_id" integer NOT NULL, "text" text NOT NULL, "refers_to" text array NOT NULL DEFAULT '{}', "position" integer NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9232db17b63fb1e94f97e5c224f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7d6ac8f0fc8abea23476767972" ON "answer" ("question_set_id") `);
    await queryRunner.query(
      `CREATE TABLE "answer_correction" ("id" SERIAL NOT NULL, "answer_id" integer NOT NULL, "previous_text" text NOT NULL, "reason" text NOT NULL, "corrected_on" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0657dfc652549c54bb4ff46c26c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f28f6c12bacb7f53caf7e887ff" ON "answer_correction" ("answer_id") `);
    await queryRunner.query(
      `CREATE TABLE "search_outbox" ("id" BIGSERIAL NOT NULL, "question_set_id" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "processed_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, CONSTRAINT "PK_f0e10017d6287176243c2926453" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7da825231e41bef952c87880cb" ON "search_outbox" ("processed_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "question_set_submitter" ("question_set_id" integer NOT NULL, "person_id" integer NOT NULL, CONSTRAINT "PK_bc444b7454b08d7af8be6b24c0e" PRIMARY KEY ("question_set_id", "person_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_058fd425b293f8c52a396b6b82" ON "question_set_submitter" ("question_set_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4fdc2440d24175f5cfdbe339fe" ON "question_set_submitter" ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "question_set_document" ("question_set_id" integer NOT NULL, "document_id" integer NOT NULL, CONSTRAINT "PK_8217f952ef713bb10c4aad21813" PRIMARY KEY ("question_set_id", "document_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1bb5fa115569271f52a22f07fd" ON "question_set_document" ("question_set_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2babcb064cc335e8261f2ecbaa" ON "question_set_document" ("document_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "answer_document" ("answer_id" integer NOT NULL, "document_id" integer NOT NULL, CONSTRAINT "PK_45d43913cebb580676f34e3aef9" PRIMARY KEY ("answer_id", "document_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_bf7aec8cb131cb8f822e2c20c1" ON "answer_document" ("answer_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_89e65a2056ee7aee30f285a5c1" ON "answer_document" ("document_id") `);
    await queryRunner.query(
      `ALTER TABLE "document" ADD CONSTRAINT "FK_a329a6b5861f62a7cc5d6ca0833" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "party" ADD CONSTRAINT "FK_7b810f70b106b168250493b62d0" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "FK_4724b4139bddb77c5775fa82e73" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "FK_d6e0c3b69fa4f8a9a12637156c5" FOREIGN KEY ("party_id") REFERENCES "party"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "postponement" ADD CONSTRAINT "FK_91e0ff6f8721f7f5ea6019db88e" FOREIGN KEY ("question_set_id") REFERENCES "question_set"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_set" ADD CONSTRAINT "FK_fe3a4febfb9d98d2c8838a24a0e" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_set" ADD CONSTRAINT "FK_af4efc8f99d7abe400ba9906e52" FOREIGN KEY ("party_id") REFERENCES "party"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_set" ADD CONSTRAINT "FK_aa731f32d3f93ce4d7a826277c5" FOREIGN KEY ("portfolio_holder_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question" ADD CONSTRAINT "FK_0185ac9875eb0b14c697f0c88f8" FOREIGN KEY ("question_set_id") REFERENCES "question_set"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question" ADD CONSTRAINT "FK_c1e064f8949efd78ad3c66059ba" FOREIGN KEY ("answer_id") REFERENCES "answer"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "answer" ADD CONSTRAINT "FK_7d6ac8f0fc8abea234767679724" FOREIGN KEY ("question_set_id") REFERENCES "question_set"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "answer_correction" ADD CONSTRAINT "FK_f28f6c12bacb7f53caf7e887ff4" FOREIGN KEY ("answer_id") REFERENCES "answer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_set_submitter" ADD CONSTRAINT "FK_058fd425b293f8c52a396b6b827" FOREIGN KEY ("question_set_id") REFERENCES "question_set"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_set_submitter" ADD CONSTRAINT "FK_4fdc2440d24175f5cfdbe339fe8" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_set_document" ADD CONSTRAINT "FK_1bb5fa115569271f52a22f07fde" FOREIGN KEY ("question_set_id") REFERENCES "question_set"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_set_document" ADD CONSTRAINT "FK_2babcb064cc335e8261f2ecbaac" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "answer_document" ADD CONSTRAINT "FK_bf7aec8cb131cb8f822e2c20c15" FOREIGN KEY ("answer_id") REFERENCES "answer"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "answer_document" ADD CONSTRAINT "FK_89e65a2056ee7aee30f285a5c16" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "answer_document" DROP CONSTRAINT "FK_89e65a2056ee7aee30f285a5c16"`);
    await queryRunner.query(`ALTER TABLE "answer_document" DROP CONSTRAINT "FK_bf7aec8cb131cb8f822e2c20c15"`);
    await queryRunner.query(`ALTER TABLE "question_set_document" DROP CONSTRAINT "FK_2babcb064cc335e8261f2ecbaac"`);
    await queryRunner.query(`ALTER TABLE "question_set_document" DROP CONSTRAINT "FK_1bb5fa115569271f52a22f07fde"`);
    await queryRunner.query(`ALTER TABLE "question_set_submitter" DROP CONSTRAINT "FK_4fdc2440d24175f5cfdbe339fe8"`);
    await queryRunner.query(`ALTER TABLE "question_set_submitter" DROP CONSTRAINT "FK_058fd425b293f8c52a396b6b827"`);
    await queryRunner.query(`ALTER TABLE "answer_correction" DROP CONSTRAINT "FK_f28f6c12bacb7f53caf7e887ff4"`);
    await queryRunner.query(`ALTER TABLE "answer" DROP CONSTRAINT "FK_7d6ac8f0fc8abea234767679724"`);
    await queryRunner.query(`ALTER TABLE "question" DROP CONSTRAINT "FK_c1e064f8949efd78ad3c66059ba"`);
    await queryRunner.query(`ALTER TABLE "question" DROP CONSTRAINT "FK_0185ac9875eb0b14c697f0c88f8"`);
    await queryRunner.query(`ALTER TABLE "question_set" DROP CONSTRAINT "FK_aa731f32d3f93ce4d7a826277c5"`);
    await queryRunner.query(`ALTER TABLE "question_set" DROP CONSTRAINT "FK_af4efc8f99d7abe400ba9906e52"`);
    await queryRunner.query(`ALTER TABLE "question_set" DROP CONSTRAINT "FK_fe3a4febfb9d98d2c8838a24a0e"`);
    await queryRunner.query(`ALTER TABLE "postponement" DROP CONSTRAINT "FK_91e0ff6f8721f7f5ea6019db88e"`);
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "FK_d6e0c3b69fa4f8a9a12637156c5"`);
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "FK_4724b4139bddb77c5775fa82e73"`);
    await queryRunner.query(`ALTER TABLE "party" DROP CONSTRAINT "FK_7b810f70b106b168250493b62d0"`);
    await queryRunner.query(`ALTER TABLE "document" DROP CONSTRAINT "FK_a329a6b5861f62a7cc5d6ca0833"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_89e65a2056ee7aee30f285a5c1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bf7aec8cb131cb8f822e2c20c1"`);
    await queryRunner.query(`DROP TABLE "answer_document"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2babcb064cc335e8261f2ecbaa"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1bb5fa115569271f52a22f07fd"`);
    await queryRunner.query(`DROP TABLE "question_set_document"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4fdc2440d24175f5cfdbe339fe"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_058fd425b293f8c52a396b6b82"`);
    await queryRunner.query(`DROP TABLE "question_set_submitter"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7da825231e41bef952c87880cb"`);
    await queryRunner.query(`DROP TABLE "search_outbox"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f28f6c12bacb7f53caf7e887ff"`);
    await queryRunner.query(`DROP TABLE "answer_correction"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7d6ac8f0fc8abea23476767972"`);
    await queryRunner.query(`DROP TABLE "answer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_be835253b4e0c4852606ab194d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c1e064f8949efd78ad3c66059b"`);
    await queryRunner.query(`DROP TABLE "question"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c2f20c1738f19915b385edd3b6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f04931a79ddb20256bda55754f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3272cacb4ebba3de7cd8a5dff4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_af4efc8f99d7abe400ba9906e5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aa731f32d3f93ce4d7a826277c"`);
    await queryRunner.query(`DROP TABLE "question_set"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_91e0ff6f8721f7f5ea6019db88"`);
    await queryRunner.query(`DROP TABLE "postponement"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4283d60cd8eaa6ec7291bd85fb"`);
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_31a6f68418c3f3a086095aa631"`);
    await queryRunner.query(`DROP TABLE "party"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_81f0a437f0e2ac27e3cbe56491"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fff79d2727d1224df89c2052a3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2c55f31eb409c80d29ef100282"`);
    await queryRunner.query(`DROP TABLE "document"`);
    await queryRunner.query(`DROP TABLE "municipality"`);
    await queryRunner.query(`DROP TABLE "api_token"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d59a95d287411668d9921b198e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c0ea392536b5c4cba7012b6f7b"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
