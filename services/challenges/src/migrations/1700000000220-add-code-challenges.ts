import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Code challenges (DESIGN.md, Code challenges): a challenge has a kind, and a code challenge keeps its
 * language, starter code, reference solution, tests and limits as one document, read and written whole;
 * a graded code submission keeps each test's outcome.
 */
export class AddCodeChallenges1700000000220 implements MigrationInterface {
  name = 'AddCodeChallenges1700000000220';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "challenges"
        ADD COLUMN "kind" text NOT NULL DEFAULT 'rubric' CHECK ("kind" IN ('rubric', 'code')),
        ADD COLUMN "code" jsonb,
        ADD CONSTRAINT "CHK_challenges_code_kind" CHECK (("kind" = 'code') = ("code" IS NOT NULL))`);
    await queryRunner.query(`ALTER TABLE "submissions" ADD COLUMN "test_results" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "submissions" DROP COLUMN "test_results"`);
    await queryRunner.query(
      `ALTER TABLE "challenges" DROP CONSTRAINT "CHK_challenges_code_kind", DROP COLUMN "code", DROP COLUMN "kind"`,
    );
  }
}
