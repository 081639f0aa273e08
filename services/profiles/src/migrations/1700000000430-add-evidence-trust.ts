import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence says how it was earned and whom it counts for (DESIGN.md, Trust). Evidence stored before
 * carries no grader, so none of it can be shown to count: it is dropped with every verified score.
 * The challenges service announces each stored grade again, classified (its migration
 * 1700000000210), and the scores that were earned are computed again from those; no forged score
 * survives the upgrade.
 */
export class AddEvidenceTrust1700000000430 implements MigrationInterface {
  name = 'AddEvidenceTrust1700000000430';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "skill_evidence"
        ADD COLUMN "source" text NOT NULL DEFAULT 'grade' CHECK ("source" IN ('grade', 'company_review')),
        ADD COLUMN "verification" text NOT NULL DEFAULT 'practice'
          CHECK ("verification" IN ('tested', 'ai', 'reviewed', 'practice')),
        ADD COLUMN "issuer" jsonb NOT NULL DEFAULT '{"kind": "platform", "name": "Skillproof"}',
        ADD COLUMN "reviewer" jsonb,
        ADD COLUMN "standing" text NOT NULL DEFAULT 'practice'
          CHECK ("standing" IN ('public', 'company', 'practice', 'under_review')),
        ADD COLUMN "attempts" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`DELETE FROM "skill_evidence"`);
    await queryRunner.query(`ALTER TABLE "skill_evidence" DROP CONSTRAINT "PK_skill_evidence"`);
    await queryRunner.query(
      `ALTER TABLE "skill_evidence" ADD CONSTRAINT "PK_skill_evidence" PRIMARY KEY ("candidate_id", "skill", "submission_id", "source")`,
    );
    await queryRunner.query(`
      ALTER TABLE "verified_skills"
        ALTER COLUMN "score" DROP NOT NULL,
        ALTER COLUMN "level" DROP NOT NULL,
        ALTER COLUMN "verified_at" DROP NOT NULL,
        ADD COLUMN "company_scores" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`DELETE FROM "verified_skills"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "verified_skills" WHERE "score" IS NULL`);
    await queryRunner.query(`
      ALTER TABLE "verified_skills"
        DROP COLUMN "company_scores",
        ALTER COLUMN "score" SET NOT NULL,
        ALTER COLUMN "level" SET NOT NULL,
        ALTER COLUMN "verified_at" SET NOT NULL`);
    await queryRunner.query(`DELETE FROM "skill_evidence" WHERE "source" <> 'grade'`);
    await queryRunner.query(`ALTER TABLE "skill_evidence" DROP CONSTRAINT "PK_skill_evidence"`);
    await queryRunner.query(
      `ALTER TABLE "skill_evidence" ADD CONSTRAINT "PK_skill_evidence" PRIMARY KEY ("candidate_id", "skill", "submission_id")`,
    );
    await queryRunner.query(`
      ALTER TABLE "skill_evidence" DROP COLUMN "attempts", DROP COLUMN "standing", DROP COLUMN "reviewer",
        DROP COLUMN "issuer", DROP COLUMN "verification", DROP COLUMN "source"`);
  }
}
