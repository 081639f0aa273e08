import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * AI review of code (DESIGN.md, Code challenges): a graded code submission keeps how its score was
 * made from the tests and the review, and the review itself (or why it did not count). A challenge's
 * stated split lives in its code document, which is read and written whole.
 */
export class AddCodeReview1700000000230 implements MigrationInterface {
  name = 'AddCodeReview1700000000230';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "submissions" ADD COLUMN "code_scoring" jsonb, ADD COLUMN "ai_review" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "submissions" DROP COLUMN "ai_review", DROP COLUMN "code_scoring"`);
  }
}
