import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * This service's copy of verified scores gains each company's own view (DESIGN.md, Trust), and the
 * copy made before the trust model is dropped: it cannot tell practice or a company's override from
 * earned evidence. Applications in progress lose the match they had from it; the profiles service
 * announces every score again as the challenges service re-announces the classified grades, and
 * each announcement rescores the candidate's applications.
 */
export class AddCompanyScores1700000000540 implements MigrationInterface {
  name = 'AddCompanyScores1700000000540';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "verified_skills"`);
    await queryRunner.query(`
      ALTER TABLE "verified_skills"
        ALTER COLUMN "score" DROP NOT NULL,
        ALTER COLUMN "verified_at" DROP NOT NULL,
        ADD COLUMN "company_scores" jsonb NOT NULL DEFAULT '{}',
        ADD COLUMN "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`
      UPDATE "applications" a
         SET "match_score" = 0,
             "evidence" = (SELECT coalesce(jsonb_agg(e || '{"verifiedScore": null, "met": false, "evidence": []}'), '[]')
                             FROM jsonb_array_elements(a."evidence") e)
       WHERE a."status" NOT IN ('hired', 'rejected')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "verified_skills" WHERE "score" IS NULL`);
    await queryRunner.query(`
      ALTER TABLE "verified_skills"
        DROP COLUMN "computed_at",
        DROP COLUMN "company_scores",
        ALTER COLUMN "verified_at" SET NOT NULL,
        ALTER COLUMN "score" SET NOT NULL`);
  }
}
