import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search on PostgreSQL (docs/search.md): Dutch stemming with accents folded, weighted fields,
 * a denormalised `search_document` row per question (with its answer and its set's fields), a
 * GIN index, a word lexicon for typo tolerance (pg_trgm), and outbox columns for the worker
 * that feeds Meilisearch.
 */
export class Search1763900200000 implements MigrationInterface {
  name = 'Search1763900200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // unaccent() is only STABLE (it looks its dictionary up by name); with the dictionary named
    // explicitly the result never changes, so an IMMUTABLE wrapper is safe in indexes and generated columns.
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION search_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`,
    );
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION public.dutch_unaccent (COPY = pg_catalog.dutch)`);
    await queryRunner.query(
      `ALTER TEXT SEARCH CONFIGURATION public.dutch_unaccent ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, dutch_stem`,
    );
    // Subject weighs most (A), then the question with the names people search by (B), then the
    // answer with the documents it links (C).
    await queryRunner.query(`CREATE OR REPLACE FUNCTION search_vector(subject text, meta text, question text, answer text, answer_meta text)
      RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector('public.dutch_unaccent'::regconfig, coalesce(subject, '')), 'A')
            || setweight(to_tsvector('public.dutch_unaccent'::regconfig, coalesce(question, '') || ' ' || coalesce(meta, '')), 'B')
            || setweight(to_tsvector('public.dutch_unaccent'::regconfig, coalesce(answer, '') || ' ' || coalesce(answer_meta, '')), 'C')
      $$`);
    await queryRunner.query(`CREATE TABLE "search_document" (
      "question_id" integer NOT NULL PRIMARY KEY,
      "question_set_id" integer NOT NULL,
      "municipality_id" integer NOT NULL,
      "municipality_slug" text NOT NULL,
      "party_id" integer,
      "party_name" text,
      "portfolio_holder_id" integer,
      "portfolio_holder_name" text,
      "status" character varying(12) NOT NULL,
      "number" character varying(12) NOT NULL,
      "position" integer NOT NULL,
      "subject" text NOT NULL,
      "question" text NOT NULL,
      "answer" text,
      "meta" text NOT NULL DEFAULT '',
      "answer_meta" text NOT NULL DEFAULT '',
      "received_on" date,
      "answered_on" date,
      "published_on" date,
      "year" smallint NOT NULL,
      "rank_date" date NOT NULL,
      "document_ids" integer[] NOT NULL DEFAULT '{}',
      "answer_document_ids" integer[] NOT NULL DEFAULT '{}',
      "open_commitments" boolean NOT NULL DEFAULT false,
      "tsv" tsvector GENERATED ALWAYS AS (search_vector("subject", "meta", "question", "answer", "answer_meta")) STORED
    ) WITH (toast_tuple_target = 128)`);
    // Keep the heap narrow: texts and the tsvector live in TOAST, so counting and facet passes
    // over the GIN bitmap touch small rows only (docs/search.md, "Why it is fast").
    await queryRunner.query(`ALTER TABLE "search_document" ALTER COLUMN "tsv" SET STORAGE EXTERNAL`);
    await queryRunner.query(
      `CREATE INDEX "IDX_search_document_tsv" ON "search_document" USING gin ("tsv") WITH (fastupdate = off)`,
    );
    // A 1-in-256 sample of the same index: facet counts and totals of broad searches are estimated from it.
    await queryRunner.query(
      `CREATE INDEX "IDX_search_document_tsv_sample" ON "search_document" USING gin ("tsv") WITH (fastupdate = off) WHERE question_id % 256 = 0`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_search_document_set" ON "search_document" ("question_set_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_search_document_rank" ON "search_document" ("rank_date" DESC, "question_id" DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_search_document_municipality_rank" ON "search_document" ("municipality_id", "rank_date" DESC, "question_id" DESC)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_search_document_year" ON "search_document" ("year")`);
    await queryRunner.query(`CREATE TABLE "search_lexicon" ("word" text NOT NULL PRIMARY KEY)`);
    await queryRunner.query(
      `CREATE INDEX "IDX_search_lexicon_trgm" ON "search_lexicon" USING gin ("word" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `ALTER TABLE "search_outbox" ADD "action" character varying(60) NOT NULL DEFAULT 'changed'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_search_outbox_pending" ON "search_outbox" ("available_at", "id") WHERE processed_at IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_search_outbox_pending"`);
    await queryRunner.query(`ALTER TABLE "search_outbox" DROP COLUMN "action"`);
    await queryRunner.query(`DROP TABLE "search_lexicon"`);
    await queryRunner.query(`DROP TABLE "search_document"`);
    await queryRunner.query(`DROP FUNCTION search_vector(text, text, text, text, text)`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION public.dutch_unaccent`);
    await queryRunner.query(`DROP FUNCTION search_unaccent(text)`);
  }
}
