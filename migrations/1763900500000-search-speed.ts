import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search speed (docs/search.md, "How the PostgreSQL engine keeps its cost bounded"): a compact
 * match vector kept inside the heap row.
 *
 * Matching only needs the lexemes, not positions or weights. `tsv` (weighted, with positions,
 * ~1.6 kB per row) lives in TOAST, so every row a search had to test cost a TOAST fetch and a
 * decompression; `tsv_match = strip(tsv)` (~1.2 kB, compressed inline with STORAGE MAIN) is read
 * with the row itself. The GIN indexes move to `tsv_match` (a GIN index stores lexemes only, so it
 * is the same index). `tsv` stays for ranking a bounded set of candidates, for headline-free
 * phrase checks and for the similar-questions rank.
 *
 * `tsv` stops being a generated column (a generated column may not refer to another one); the
 * indexer (src/search/postgres/index-sql.ts) fills it with `search_vector(…)`.
 */
export class SearchSpeed1763900500000 implements MigrationInterface {
  name = 'SearchSpeed1763900500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "IDX_search_document_tsv"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "IDX_search_document_tsv_sample"`);
    await queryRunner.query(`ALTER TABLE "search_document" ALTER COLUMN "tsv" DROP EXPRESSION`);
    // One statement, so the rewrite that fills the new column already stores it inline (MAIN).
    await queryRunner.query(
      `ALTER TABLE "search_document" ADD COLUMN "tsv_match" tsvector GENERATED ALWAYS AS (strip("tsv")) STORED, ALTER COLUMN "tsv_match" SET STORAGE MAIN`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_search_document_tsv_match" ON "search_document" USING gin ("tsv_match") WITH (fastupdate = off)`,
    );
    // The 1-in-256 sample for estimated totals and facets of broad searches.
    await queryRunner.query(
      `CREATE INDEX "IDX_search_document_tsv_match_sample" ON "search_document" USING gin ("tsv_match") WITH (fastupdate = off) WHERE question_id % 256 = 0`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_search_document_tsv_match_sample"`);
    await queryRunner.query(`DROP INDEX "IDX_search_document_tsv_match"`);
    await queryRunner.query(`ALTER TABLE "search_document" DROP COLUMN "tsv_match"`);
    // Back to the generated column of Search1763900200000 (the values are computed again).
    await queryRunner.query(`ALTER TABLE "search_document" DROP COLUMN "tsv"`);
    await queryRunner.query(
      `ALTER TABLE "search_document" ADD COLUMN "tsv" tsvector GENERATED ALWAYS AS (search_vector("subject", "meta", "question", "answer", "answer_meta")) STORED`,
    );
    await queryRunner.query(`ALTER TABLE "search_document" ALTER COLUMN "tsv" SET STORAGE EXTERNAL`);
    await queryRunner.query(`CREATE INDEX "IDX_search_document_tsv" ON "search_document" USING gin ("tsv") WITH (fastupdate = off)`);
    await queryRunner.query(
      `CREATE INDEX "IDX_search_document_tsv_sample" ON "search_document" USING gin ("tsv") WITH (fastupdate = off) WHERE question_id % 256 = 0`,
    );
  }
}
