import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateGradingJobs1700000000310 implements MigrationInterface {
  name = 'CreateGradingJobs1700000000310';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "grading_jobs" (
        "id" bigserial,
        "submission_id" uuid NOT NULL,
        "round" integer NOT NULL,
        "priority" smallint NOT NULL,
        "fair_key" text NOT NULL,
        "fair_seq" bigint NOT NULL,
        "event" jsonb NOT NULL,
        "inbox_consumer" text NOT NULL,
        "state" text NOT NULL CHECK ("state" IN ('queued', 'working')),
        "available_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "lease_until" TIMESTAMP WITH TIME ZONE,
        "failures" integer NOT NULL DEFAULT 0,
        "last_error" text,
        "enqueued_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "UQ_grading_jobs_submission_round" UNIQUE ("submission_id", "round"),
        CONSTRAINT "PK_grading_jobs" PRIMARY KEY ("id")
      )`);
    // The claim walks this index in order; only queued rows are in it, so done work costs nothing.
    await queryRunner.query(
      `CREATE INDEX "IDX_grading_jobs_next" ON "grading_jobs" ("priority", "fair_seq", "id") WHERE "state" = 'queued'`,
    );
    // Where each company's turn stands, read when its next job is queued.
    await queryRunner.query(
      `CREATE INDEX "IDX_grading_jobs_fair" ON "grading_jobs" ("fair_key", "priority", "fair_seq")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_grading_jobs_lease" ON "grading_jobs" ("lease_until") WHERE "state" = 'working'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "grading_jobs"`);
  }
}
