import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateChallenges1700000000200 implements MigrationInterface {
  name = 'CreateChallenges1700000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "challenges" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "seed_key" text,
        "title" text NOT NULL,
        "brief" text NOT NULL,
        "skills" jsonb NOT NULL,
        "difficulty" text NOT NULL,
        "time_limit_minutes" integer NOT NULL,
        "status" text NOT NULL CHECK ("status" IN ('draft', 'published', 'archived')),
        "rubric_version" integer NOT NULL,
        "criteria" jsonb NOT NULL,
        "company_id" text,
        "created_by" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "published_at" TIMESTAMP WITH TIME ZONE,
        "archived_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "UQ_challenges_seed_key" UNIQUE ("seed_key"),
        CONSTRAINT "PK_challenges" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_challenges_published" ON "challenges" ("published_at" DESC, "id" DESC) WHERE "status" = 'published'`,
    );
    await queryRunner.query(`
      CREATE TABLE "reference_submissions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "challenge_id" uuid NOT NULL REFERENCES "challenges" ("id") ON DELETE CASCADE,
        "content" text NOT NULL,
        "human_scores" jsonb NOT NULL,
        CONSTRAINT "PK_reference_submissions" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "attempts" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "challenge_id" uuid NOT NULL REFERENCES "challenges" ("id"),
        "candidate_id" text NOT NULL,
        "started_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "deadline" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_attempts" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "submissions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "attempt_id" uuid NOT NULL REFERENCES "attempts" ("id"),
        "challenge_id" uuid NOT NULL REFERENCES "challenges" ("id"),
        "candidate_id" text NOT NULL,
        "company_id" text,
        "content" text NOT NULL,
        "status" text NOT NULL CHECK ("status" IN ('queued', 'grading', 'graded', 'failed')),
        "round" integer NOT NULL DEFAULT 1,
        "rubric_version" integer NOT NULL,
        "score" integer,
        "criteria" jsonb NOT NULL DEFAULT '[]',
        "feedback" text,
        "grader" text,
        "grader_version" text,
        "model" text,
        "tokens" jsonb,
        "cost_usd" numeric(12, 6),
        "flags" jsonb NOT NULL DEFAULT '[]',
        "failure_reason" text,
        "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "graded_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "UQ_submissions_attempt" UNIQUE ("attempt_id"),
        CONSTRAINT "PK_submissions" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "grade_history" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "submission_id" uuid NOT NULL REFERENCES "submissions" ("id"),
        "kind" text NOT NULL,
        "round" integer NOT NULL,
        "score" integer,
        "grader" text,
        "grader_version" text,
        "rubric_version" integer NOT NULL,
        "actor_id" text,
        "reason" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT "PK_grade_history" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_grade_history_submission" ON "grade_history" ("submission_id", "created_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "quizzes" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "skill" text NOT NULL,
        "level" text NOT NULL,
        "source" text NOT NULL,
        "model" text,
        "questions" jsonb NOT NULL,
        "owner_id" text,
        "score" integer,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "answered_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_quizzes" PRIMARY KEY ("id")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'quizzes',
      'grade_history',
      'submissions',
      'attempts',
      'reference_submissions',
      'challenges',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
