import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One GIN index for matching (docs/search.md, "month buckets"): the municipality, the month of
 * `rank_date` and the tsvector as three columns (`btree_gin` for the first two). A GIN scan
 * with several of them intersects their posting lists inside the index, so its cost follows
 * the rows that match all of them, not every row a broad word matches:
 * - `municipality_id = $1 AND tsv @@ q`: a word within one municipality;
 * - `search_month(rank_date) = ANY($1) AND tsv @@ q`: a word in the newest months only, which
 *   is where the newest candidates of a relevance search are found.
 * A plain `tsv @@ q` uses only the third column, as the single-column index it replaces did.
 *
 * Also a second sample, 1 row in 16 (`IDX_search_document_tsv_sample16`, with the municipality
 * as a column too), for estimated counts of mid-sized results, where the 1-in-256 sample holds
 * too few rows.
 */
export class SearchMatchIndex1763900700000 implements MigrationInterface {
  name = 'SearchMatchIndex1763900700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    // Months since year 0 (consecutive integers): 2026-11 → 24321.
    await queryRunner.query(`CREATE OR REPLACE FUNCTION search_month(d date) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT extract(year FROM d)::int * 12 + extract(month FROM d)::int - 1
      $$`);
    await queryRunner.query(`DROP INDEX "IDX_search_document_tsv"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_search_document_match" ON "search_document" USING gin ("municipality_id", search_month("rank_date"), "tsv") WITH (fastupdate = off)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_search_document_tsv_sample16" ON "search_document" USING gin ("municipality_id", "tsv") WITH (fastupdate = off) WHERE question_id % 16 = 0`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_search_document_tsv_sample16"`);
    await queryRunner.query(`DROP INDEX "IDX_search_document_match"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_search_document_tsv" ON "search_document" USING gin ("tsv") WITH (fastupdate = off)`,
    );
    await queryRunner.query(`DROP FUNCTION search_month(date)`);
  }
}
