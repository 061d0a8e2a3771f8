import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The short columns of `search_document` that every search reads per matching row (facets group
 * by the names, status and slug; filters test them) stay in the row. The table is created with
 * `toast_tuple_target = 128` so that texts and tsvectors go to TOAST; with the default storage
 * (`extended`) PostgreSQL then also moved names of 20+ bytes out of line when a row stayed over
 * 128 bytes (a portfolio holder's name, mostly), and grouping 1,300 rows by them read 20,000
 * TOAST buffers instead of 40 heap pages (docs/search.md, "Latency"). `main` keeps them inline
 * (compressed at most). Applies to rows written from now on; `npm run -s cli -- reindex`
 * rewrites the existing ones.
 */
export class SearchInlineNames1796553000000 implements MigrationInterface {
  name = 'SearchInlineNames1796553000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "search_document"
      ALTER COLUMN "municipality_slug" SET STORAGE MAIN,
      ALTER COLUMN "party_name" SET STORAGE MAIN,
      ALTER COLUMN "portfolio_holder_name" SET STORAGE MAIN,
      ALTER COLUMN "status" SET STORAGE MAIN,
      ALTER COLUMN "number" SET STORAGE MAIN,
      ALTER COLUMN "document_ids" SET STORAGE MAIN,
      ALTER COLUMN "answer_document_ids" SET STORAGE MAIN`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "search_document"
      ALTER COLUMN "municipality_slug" SET STORAGE EXTENDED,
      ALTER COLUMN "party_name" SET STORAGE EXTENDED,
      ALTER COLUMN "portfolio_holder_name" SET STORAGE EXTENDED,
      ALTER COLUMN "status" SET STORAGE EXTENDED,
      ALTER COLUMN "number" SET STORAGE EXTENDED,
      ALTER COLUMN "document_ids" SET STORAGE EXTENDED,
      ALTER COLUMN "answer_document_ids" SET STORAGE EXTENDED`);
  }
}
