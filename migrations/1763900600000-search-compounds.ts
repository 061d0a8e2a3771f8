import { MigrationInterface, QueryRunner } from 'typeorm';
import { COMPOUND_PARTS_SQL, KNOWN_COMPOUND_PARTS } from '../src/search/postgres/index-sql';

/**
 * Dutch compounds split at index time (docs/search.md): `search_compound_part` holds, once per
 * distinct lexicon word, the parts of a compound (`antidiscriminatievoorziening` → anti,
 * discriminatie, voorziening); the indexer adds the parts as extra lexemes at the weight of the
 * field they occur in. Queries then match exact stems, without the costly GIN prefix match.
 *
 * `tsv` stops being a generated column (it reads the part table, so it cannot be IMMUTABLE):
 * the indexer writes it with `search_vector_split`.
 */
export class SearchCompounds1763900600000 implements MigrationInterface {
  name = 'SearchCompounds1763900600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "search_compound_part" ("word" text NOT NULL PRIMARY KEY, "parts" text[] NOT NULL)`,
    );
    // The part words of a text's compounds, space-separated (looked up per distinct long word).
    await queryRunner.query(`CREATE OR REPLACE FUNCTION search_compound_parts(t text) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT coalesce(string_agg(array_to_string(c.parts, ' '), ' '), '')
        FROM (SELECT DISTINCT w FROM regexp_split_to_table(lower(public.search_unaccent(t)), '[^a-z]+') AS w WHERE length(w) >= 9) x
        JOIN public.search_compound_part c ON c.word = x.w
      $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION search_vector_split(subject text, meta text, question text, answer text, answer_meta text)
      RETURNS tsvector LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT public.search_vector(
          subject || ' ' || public.search_compound_parts(subject),
          meta,
          question || ' ' || public.search_compound_parts(question),
          answer || ' ' || public.search_compound_parts(answer),
          answer_meta)
      $$`);
    await queryRunner.query(`ALTER TABLE "search_document" ALTER COLUMN "tsv" DROP EXPRESSION`);
    // Existing archives: parts of every lexicon word, then the vectors again.
    await queryRunner.query(COMPOUND_PARTS_SQL, [null, KNOWN_COMPOUND_PARTS]);
    await queryRunner.query(
      `UPDATE search_document SET tsv = search_vector_split(subject, meta, question, answer, answer_meta)
       WHERE EXISTS (SELECT 1 FROM search_compound_part)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_search_document_tsv_sample"`);
    await queryRunner.query(`DROP INDEX "IDX_search_document_tsv"`);
    await queryRunner.query(`ALTER TABLE "search_document" DROP COLUMN "tsv"`);
    await queryRunner.query(
      `ALTER TABLE "search_document" ADD "tsv" tsvector GENERATED ALWAYS AS (search_vector("subject", "meta", "question", "answer", "answer_meta")) STORED`,
    );
    await queryRunner.query(`ALTER TABLE "search_document" ALTER COLUMN "tsv" SET STORAGE EXTERNAL`);
    await queryRunner.query(
      `CREATE INDEX "IDX_search_document_tsv" ON "search_document" USING gin ("tsv") WITH (fastupdate = off)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_search_document_tsv_sample" ON "search_document" USING gin ("tsv") WITH (fastupdate = off) WHERE question_id % 256 = 0`,
    );
    await queryRunner.query(`DROP FUNCTION search_vector_split(text, text, text, text, text)`);
    await queryRunner.query(`DROP FUNCTION search_compound_parts(text)`);
    await queryRunner.query(`DROP TABLE "search_compound_part"`);
  }
}
