import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Thesaurus entries an admin adds per installation (issue 18), next to the shipped Dutch
 * municipal thesaurus (src/search/thesaurus/thesaurus.nl.json): a group of terms that a search
 * treats as one concept. Owned by the search module.
 */
export class SearchThesaurus1796537981504 implements MigrationInterface {
  name = 'SearchThesaurus1796537981504';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "search_thesaurus_entry" (
      "id" SERIAL PRIMARY KEY,
      "terms" text[] NOT NULL CHECK (cardinality("terms") BETWEEN 2 AND 20),
      "created_by" text NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now()
    )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "search_thesaurus_entry"`);
  }
}
