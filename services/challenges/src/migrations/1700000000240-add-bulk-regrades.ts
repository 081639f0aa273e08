import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bulk re-grades (README, Grading): who started one for which challenge and why, and the round each
 * of its submissions was queued for, which is how its progress is counted and why a submission is
 * never queued twice by one re-grade. A candidate's own re-grade is now remembered by itself, since
 * a bulk re-grade also moves a submission to its next round without using it up.
 */
export class AddBulkRegrades1700000000240 implements MigrationInterface {
  name = 'AddBulkRegrades1700000000240';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "submissions" ADD COLUMN "appeal_used" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`UPDATE "submissions" SET "appeal_used" = true WHERE "round" >= 2`);
    await queryRunner.query(`
      CREATE TABLE "regrades" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "challenge_id" uuid NOT NULL,
        "reason" text NOT NULL CHECK ("reason" IN ('rubric_changed', 'grader_version_changed', 'manual')),
        "requested_by" text NOT NULL,
        "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "total" integer NOT NULL,
        "kept" integer NOT NULL,
        CONSTRAINT "PK_regrades" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_regrades_challenge" ON "regrades" ("challenge_id")`);
    await queryRunner.query(`
      CREATE TABLE "regrade_submissions" (
        "regrade_id" uuid NOT NULL,
        "submission_id" uuid NOT NULL,
        "round" integer NOT NULL,
        CONSTRAINT "PK_regrade_submissions" PRIMARY KEY ("regrade_id", "submission_id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_regrade_submissions_submission" ON "regrade_submissions" ("submission_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "regrade_submissions"`);
    await queryRunner.query(`DROP TABLE "regrades"`);
    await queryRunner.query(`ALTER TABLE "submissions" DROP COLUMN "appeal_used"`);
  }
}
