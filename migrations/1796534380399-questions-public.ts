import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Questions public on registration (docs/api.md, "Who sees what"): a municipality's setting,
 * on by default as most Reglementen van Orde require. Registered and postponed sets are then
 * public with their questions and due date; answers stay under embargo until publication.
 */
export class QuestionsPublic1796534380399 implements MigrationInterface {
  name = 'QuestionsPublic1796534380399';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "municipality" ADD "questions_public" boolean NOT NULL DEFAULT true`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "municipality" DROP COLUMN "questions_public"`);
  }
}
