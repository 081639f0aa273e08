import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateGrading1700000000300 implements MigrationInterface {
  name = 'CreateGrading1700000000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "grading_results" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "submission_id" uuid NOT NULL,
        "round" integer NOT NULL,
        "outcome" text NOT NULL CHECK ("outcome" IN ('graded', 'failed')),
        "score" integer,
        "criteria" jsonb NOT NULL,
        "feedback" text,
        "grader" text NOT NULL,
        "grader_version" text NOT NULL,
        "model" text,
        "rubric_version" integer NOT NULL,
        "tokens" jsonb NOT NULL,
        "cost_usd" numeric(12, 6) NOT NULL,
        "flags" jsonb NOT NULL,
        "cached" boolean NOT NULL,
        "failure_reason" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_grading_results_submission_round" UNIQUE ("submission_id", "round"),
        CONSTRAINT "PK_grading_results" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "grade_cache" (
        "key" text NOT NULL,
        "grade" jsonb NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_grade_cache" PRIMARY KEY ("key")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "grade_cache"`);
    await queryRunner.query(`DROP TABLE "grading_results"`);
  }
}
