import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The trust model (DESIGN.md, Trust): challenges gain approval, a cooldown and their issuer's name;
 * submissions record how their grade was earned and whom it counts for. Grades already stored are
 * classified by what graded them: the offline heuristic is practice, a model is ai, a person's
 * override is a company's own review unless it answers a platform challenge; a flagged grade waits
 * for review. Every classified grade is then announced again through the outbox, so the profiles
 * and jobs services (which drop what they held before) recompute verified scores from it.
 */
export class AddTrust1700000000210 implements MigrationInterface {
  name = 'AddTrust1700000000210';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "challenges"
        ADD COLUMN "company_name" text,
        ADD COLUMN "cooldown_days" integer NOT NULL DEFAULT 30,
        ADD COLUMN "approved_by" text,
        ADD COLUMN "approved_at" TIMESTAMP WITH TIME ZONE,
        ADD COLUMN "approval_reason" text`);
    await queryRunner.query(`
      ALTER TABLE "submissions"
        ADD COLUMN "verification" text CHECK ("verification" IN ('tested', 'ai', 'reviewed', 'practice')),
        ADD COLUMN "issuer" jsonb NOT NULL DEFAULT '{"kind": "platform", "name": "Skillproof"}',
        ADD COLUMN "reviewer" jsonb,
        ADD COLUMN "standing" text CHECK ("standing" IN ('public', 'company', 'practice', 'under_review'))`);
    await queryRunner.query(`
      UPDATE "submissions" s
         SET "issuer" = jsonb_build_object('kind', 'company', 'companyId', s."company_id", 'name', 'Company')
       WHERE s."company_id" IS NOT NULL`);
    await queryRunner.query(`
      UPDATE "submissions"
         SET "verification" = CASE "grader" WHEN 'openai' THEN 'ai' WHEN 'human' THEN 'reviewed' ELSE 'practice' END,
             "standing" = CASE
               WHEN "grader" = 'human' THEN CASE WHEN "company_id" IS NULL THEN 'public' ELSE 'company' END
               WHEN "flags" ? 'prompt_injection' THEN 'under_review'
               WHEN "grader" = 'heuristic' THEN 'practice'
               WHEN "company_id" IS NULL THEN 'public'
               ELSE 'company' END
       WHERE "status" = 'graded'`);
    await queryRunner.query(`
      UPDATE "submissions" s
         SET "reviewer" = jsonb_build_object(
               'userId', h."actor_id",
               'kind', CASE WHEN s."company_id" IS NULL THEN 'platform' ELSE 'company' END,
               'name', CASE WHEN s."company_id" IS NULL THEN 'Skillproof' ELSE 'Company' END)
        FROM (SELECT DISTINCT ON ("submission_id") "submission_id", "actor_id" FROM "grade_history"
               WHERE "kind" = 'overridden' ORDER BY "submission_id", "created_at" DESC) h
       WHERE h."submission_id" = s."id" AND s."grader" = 'human'`);
    await queryRunner.query(`
      INSERT INTO "outbox_events" ("id", "subject", "envelope", "created_at")
      SELECT e."id", 'evt.challenges.submission.grade_recorded', jsonb_build_object(
               'specversion', '1.0',
               'id', e."id"::text,
               'source', 'skillproof/challenges',
               'type', 'evt.challenges.submission.grade_recorded',
               'time', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
               'subject', s."id",
               'datacontenttype', 'application/json',
               'data', jsonb_build_object(
                 'decision', CASE WHEN s."grader" = 'human' THEN 'overridden' ELSE 'graded' END,
                 'submissionId', s."id",
                 'challengeId', c."id",
                 'candidateId', s."candidate_id",
                 'companyId', c."company_id",
                 'challengeTitle', c."title",
                 'skills', c."skills",
                 'round', s."round",
                 'score', s."score",
                 'criteria', s."criteria",
                 'feedback', s."feedback",
                 'grader', s."grader",
                 'model', s."model",
                 'rubricVersion', s."rubric_version",
                 'gradedAt', to_char(s."graded_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                 'verification', s."verification",
                 'issuer', s."issuer",
                 'reviewer', s."reviewer",
                 'standing', s."standing",
                 'attempts', (SELECT count(*) FROM "submissions" o
                               WHERE o."candidate_id" = s."candidate_id" AND o."challenge_id" = s."challenge_id"
                                 AND o."status" <> 'failed' AND o."submitted_at" <= s."submitted_at"),
                 'reason', NULL)),
             clock_timestamp()
        FROM "submissions" s
        JOIN "challenges" c ON c."id" = s."challenge_id"
       CROSS JOIN LATERAL (SELECT gen_random_uuid() AS "id") e
       WHERE s."status" = 'graded'`);
    await queryRunner.query(
      `CREATE INDEX "IDX_submissions_candidate_challenge" ON "submissions" ("candidate_id", "challenge_id", "submitted_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_attempts_candidate_challenge" ON "attempts" ("candidate_id", "challenge_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_attempts_candidate_challenge"`);
    await queryRunner.query(`DROP INDEX "IDX_submissions_candidate_challenge"`);
    await queryRunner.query(
      `ALTER TABLE "submissions" DROP COLUMN "standing", DROP COLUMN "reviewer", DROP COLUMN "issuer", DROP COLUMN "verification"`,
    );
    await queryRunner.query(`
      ALTER TABLE "challenges" DROP COLUMN "approval_reason", DROP COLUMN "approved_at", DROP COLUMN "approved_by",
        DROP COLUMN "cooldown_days", DROP COLUMN "company_name"`);
  }
}
